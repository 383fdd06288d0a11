/*
 * import_problems.c - the problems an import finds, kept until the end and reported in file order
 * (the readers of other tools' formats meet them out of order: an edge's end is found missing only
 * once every node is known). At most 2 x KEEP are held at a time, so a file with millions of
 * problems needs no more memory than one with a thousand.
 */
#include "import.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Problems are kept at most twice this many at a time: the diagnostics keep the first 1000 in
 * file order, and a problem past the 1000 first in file order cannot become one of them. */
#define KEEP 1000

struct mg_pending_problem {
    size_t order, seq;
    char *path, *message;
};

static int compare_problems(const void *pa, const void *pb)
{
    const mg_pending_problem *a = pa, *b = pb;
    if (a->order != b->order) return a->order < b->order ? -1 : 1;
    return (a->seq > b->seq) - (a->seq < b->seq);
}

static void drop_past_keep(mg_importer *im)
{
    qsort(im->problems, im->problem_count, sizeof *im->problems, compare_problems);
    for (size_t i = KEEP; i < im->problem_count; i++) {
        free(im->problems[i].path);
        free(im->problems[i].message);
    }
    im->problems_dropped += im->problem_count - KEEP;
    im->problem_count = KEEP;
}

char *mg__import_full_path(mg_loc loc, mg_arena *arena)
{
    size_t n = strlen(loc.path), k = loc.key ? strlen(loc.key) : 0;
    char *s = arena ? mg_arena_alloc(arena, n + k + 2) : malloc(n + k + 2);
    if (!s) return NULL;
    memcpy(s, loc.path, n);
    if (loc.key) {
        s[n] = '.';
        memcpy(s + n + 1, loc.key, k);
        n += k + 1;
    }
    s[n] = '\0';
    return s;
}

void mg__import_problem(mg_importer *im, mg_loc loc, const char *fmt, ...)
{
    im->problems_total++;
    if (im->problem_count == 2 * KEEP) drop_past_keep(im);
    if (mg__reserve((void **)&im->problems, &im->problem_cap, im->problem_count + 1, sizeof *im->problems)) {
        im->problems_dropped++; /* out of memory: still counted */
        return;
    }
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    mg_pending_problem *p = &im->problems[im->problem_count];
    p->order = loc.order;
    p->seq = im->problems_total;
    p->message = strdup(msg);
    p->path = loc.path ? mg__import_full_path(loc, NULL) : NULL;
    if (!p->message || (loc.path && !p->path)) {
        free(p->message);
        free(p->path);
        im->problems_dropped++;
        return;
    }
    im->problem_count++;
}

void mg__import_flush_problems(mg_importer *im)
{
    if (im->problem_count)
        qsort(im->problems, im->problem_count, sizeof *im->problems, compare_problems);
    /* a byte order mark is not a column */
    size_t pos = im->size >= 3 && memcmp(im->data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (im->form >= MG_TEXT_UTF16LE && im->size >= 2 && (memcmp(im->data, "\xFF\xFE", 2) == 0 || memcmp(im->data, "\xFE\xFF", 2) == 0))
        pos = 2;
    int line = 1, col = 1;
    for (size_t i = 0; i < im->problem_count; i++) {
        const mg_pending_problem *p = &im->problems[i];
        if (p->path) {
            mg__diag_path(im->diags, im->file, p->path, "%s", p->message);
            continue;
        }
        size_t to = p->order < im->size ? p->order : im->size;
        if (to < pos) to = pos;
        mg__locate_advance_form(im->form, im->data, pos, to, &line, &col);
        pos = to;
        mg__diag_at(im->diags, im->file, line, col, "%s", p->message);
    }
    mg__diag_dropped(im->diags, im->problems_dropped);
}

void mg__import_problems_free(mg_importer *im)
{
    for (size_t i = 0; i < im->problem_count; i++) {
        free(im->problems[i].path);
        free(im->problems[i].message);
    }
    free(im->problems);
}
