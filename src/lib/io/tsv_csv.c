/*
 * tsv_csv.c - comma-separated files (RFC 4180) for the tab-separated reader: where a record ends
 * (a line end outside double quotes: a quoted cell may hold commas, quotes doubled and line
 * breaks) and how it splits into cells, unquoted into the reader's buffer. Everything else (the
 * header's roles, rows, evidence) is io_tsv.c's and tsv_columns.c's, as for a TSV file: pandas'
 * to_csv and R's write.csv differ from a TSV only here (their index column is io_tsv.c's rule).
 */
#include "tsv_internal.h"

#include <stdlib.h>
#include <string.h>

bool mg__csv_record_end(const char *p, const char *end, bool at_end, const char **eol, const char **next, int *breaks)
{
    bool quoted = false;
    *breaks = 0;
    for (const char *q = p; q < end; q++) {
        if (*q == '"') {
            quoted = !quoted;
        } else if (*q == '\n' || *q == '\r') {
            bool crlf = *q == '\r' && q + 1 < end && q[1] == '\n';
            /* a CR last in the data may have its LF in the next chunk */
            if (*q == '\r' && q + 1 == end && !at_end) return false;
            if (quoted) {
                (*breaks)++;
                if (crlf) q++;
                continue;
            }
            *eol = q;
            *next = q + (crlf ? 2 : 1);
            return true;
        }
    }
    if (!at_end) return false;
    *eol = *next = end;
    return true;
}

static int column_at(const char *line, const char *at, bool ascii)
{
    if (ascii) return (int)(at - line) + 1;
    int col = 1;
    for (const char *p = line; p < at; p++)
        if (((unsigned char)*p & 0xC0) != 0x80) col++;
    return col;
}

bool mg__csv_split(mg__tsv *r, const char *line, size_t len, bool ascii, field *f, size_t *count)
{
    *count = 0;
    /* unquoted cells are never longer than the record */
    if (r->csv_cap < len + 1) {
        char *bigger = realloc(r->csv, len + 1);
        if (!bigger) {
            r->csv_oom = true;
            return false;
        }
        r->csv = bigger;
        r->csv_cap = len + 1;
    }
    char *out = r->csv;
    size_t n = 0;
    const char *p = line, *end = line + len;
    for (;;) {
        if (n == MAX_FIELDS) {
            mg__diag_at(r->diags, r->file, r->line, column_at(line, p, ascii), "more than %d columns", MAX_FIELDS);
            r->problems++;
            return false;
        }
        int col = column_at(line, p, ascii);
        if (p < end && *p == '"') {
            const char *open = p++;
            char *start = out;
            for (;;) {
                if (p == end) {
                    mg__diag_at(r->diags, r->file, r->line, column_at(line, open, ascii),
                                "unterminated quoted cell: the '\"' opened here is never closed");
                    r->problems++;
                    return false;
                }
                if (*p == '"') {
                    if (p + 1 < end && p[1] == '"') {
                        *out++ = '"';
                        p += 2;
                        continue;
                    }
                    p++;
                    break;
                }
                *out++ = *p++;
            }
            if (p < end && *p != ',') {
                mg__diag_at(r->diags, r->file, r->line, column_at(line, p, ascii),
                            "expected a comma after a quoted cell's closing '\"', found '%.*s'",
                            (int)mg__utf8_sequence(p, (size_t)(end - p)), p);
                r->problems++;
                return false;
            }
            f[n++] = (field){start, (size_t)(out - start), col};
        } else {
            const char *q = memchr(p, ',', (size_t)(end - p));
            if (!q) q = end;
            f[n++] = (field){p, (size_t)(q - p), col};
            p = q;
        }
        if (p == end) break;
        p++; /* the comma */
    }
    *count = n;
    return true;
}
