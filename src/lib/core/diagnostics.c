/*
 * diagnostics.c - the list of problems a reader finds, each located by line and column or by
 * JSON path, kept in order so that a run reports all of them.
 */
#include "core/core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A file with thousands of problems is reported by its first ones, and a last line saying so. */
#define DIAG_KEEP 1000

struct mg_diagnostics {
    mg_diagnostic *items;
    size_t count, capacity, dropped;
};

mg_error_t mg_diagnostics_new(mg_diagnostics **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? MG_OK : mg__fail(MG_ENOMEM, "out of memory");
}

void mg_diagnostics_free(mg_diagnostics *diags)
{
    if (!diags) return;
    for (size_t i = 0; i < diags->count; i++) {
        free((char *)diags->items[i].file);
        free((char *)diags->items[i].path);
        free((char *)diags->items[i].message);
    }
    free(diags->items);
    free(diags);
}

size_t mg_diagnostics_count(const mg_diagnostics *diags) { return diags ? diags->count : 0; }

size_t mg_diagnostics_dropped(const mg_diagnostics *diags) { return diags ? diags->dropped : 0; }

const mg_diagnostic *mg_diagnostics_get(const mg_diagnostics *diags, size_t i)
{
    return diags && i < diags->count ? &diags->items[i] : NULL;
}

static char *dup_or_null(const char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p) memcpy(p, s, n);
    return p;
}

static void add(mg_diagnostics *diags, const char *file, int line, int column, const char *path,
                const char *fmt, va_list ap)
{
    if (!diags) return;
    if (diags->count >= DIAG_KEEP) {
        diags->dropped++;
        return;
    }
    if (mg__reserve((void **)&diags->items, &diags->capacity, diags->count + 1, sizeof *diags->items))
        return; /* out of memory: the problem is still counted */
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    mg_diagnostic *d = &diags->items[diags->count];
    d->file = dup_or_null(file ? file : "(input)");
    d->line = line;
    d->column = column;
    d->path = dup_or_null(path);
    d->message = dup_or_null(msg);
    if (!d->file || !d->message || (path && !d->path)) {
        free((char *)d->file);
        free((char *)d->path);
        free((char *)d->message);
        return;
    }
    diags->count++;
}

void mg__diag_at(mg_diagnostics *diags, const char *file, int line, int column, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add(diags, file, line, column, NULL, fmt, ap);
    va_end(ap);
}

void mg__diag_path(mg_diagnostics *diags, const char *file, const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add(diags, file, 0, 0, path, fmt, ap);
    va_end(ap);
}

void mg__diag_pathv(mg_diagnostics *diags, const char *file, const char *path, const char *fmt, va_list ap)
{
    add(diags, file, 0, 0, path, fmt, ap);
}

void mg__diag_dropped(mg_diagnostics *diags, size_t n)
{
    if (diags) diags->dropped += n;
}

int mg_diagnostic_format(const mg_diagnostic *d, char *buf, size_t size)
{
    if (d->line > 0)
        return snprintf(buf, size, "%s:%d:%d: %s", d->file, d->line, d->column, d->message);
    if (d->path && *d->path) return snprintf(buf, size, "%s: %s: %s", d->file, d->path, d->message);
    return snprintf(buf, size, "%s: %s", d->file, d->message);
}

void mg__locate_advance(const char *data, size_t from, size_t to, int *line, int *column)
{
    int l = *line, c = *column;
    for (size_t i = from; i < to; i++) {
        unsigned char ch = (unsigned char)data[i];
        /* LF, CRLF and a lone CR each end a line: files edited on several systems mix them */
        if (ch == '\r' || (ch == '\n' && !(i > 0 && data[i - 1] == '\r'))) {
            l++;
            c = 1;
        } else if (ch != '\n' && (ch & 0xC0) != 0x80) {
            c++; /* count characters, not UTF-8 continuation bytes */
        }
    }
    *line = l;
    *column = c;
}

void mg__locate_advance_form(mg_text_form form, const char *data, size_t from, size_t to, int *line, int *column)
{
    if (form == MG_TEXT_UTF8) {
        mg__locate_advance(data, from, to, line, column);
        return;
    }
    const unsigned char *d = (const unsigned char *)data;
    size_t w = form == MG_TEXT_LATIN1 ? 1 : 2;
    int l = *line, c = *column;
    unsigned prev = 0;
    for (size_t i = from >= w ? from - w : from; i + w <= to; i += w) {
        unsigned u = w == 1 ? d[i] : form == MG_TEXT_UTF16LE ? d[i] | (unsigned)d[i + 1] << 8 : (unsigned)d[i] << 8 | d[i + 1];
        if (i < from) { /* the unit before: a CR there makes an LF here no new line */
            prev = u;
            continue;
        }
        if (u == '\r' || (u == '\n' && prev != '\r')) {
            l++;
            c = 1;
        } else if (u != '\n' && !(u >= 0xDC00 && u <= 0xDFFF)) {
            c++; /* the second half of a surrogate pair is not a column */
        }
        prev = u;
    }
    *line = l;
    *column = c;
}

void mg__locate(const char *data, size_t offset, int *line, int *column)
{
    *line = *column = 1;
    /* a byte order mark is not a column */
    size_t start = offset >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    mg__locate_advance(data, start, offset, line, column);
}
