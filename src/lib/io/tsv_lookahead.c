/*
 * tsv_lookahead.c - the tab-separated reader's lookahead: the names of the lines a few lines
 * ahead of the parser, prefetched in two steps (their hash slots, then the keys those slots point
 * to), so that a table of a million names is not waited on once per lookup. A hint only: what the
 * parser reads and reports is the same with it or without it.
 */
#include "tsv_internal.h"

#include <string.h>

/* Lines read ahead of the parser for their names' lookups: a slot takes about as long to arrive
 * as the parser takes for a few lines, and a key after it as long again. One lookup is a miss
 * in a table of a million names; waiting for each was half of loading such a graph. */
enum { SLOT_LEAD = 16, KEY_LEAD = 8 };
/* ... only once the table outgrows a core's cache: below, every slot is a hit, and reading ahead
 * cost Hetionet's 21,000 names a third of their parse (measured: 0.10 s -> 0.15 s) */
#define LOOKAHEAD_SLOTS ((size_t)1 << 16) /* 1 MiB of 16-byte slots */

/* The columns of a row that the current section looks up as node names (-1: none known). */
static void name_columns(const mg__tsv *r, int *a, int *b)
{
    *a = *b = -1;
    if (r->format == MG_INPUT_CSV || !r->started) return; /* a quoted CSV cell is no plain field */
    if (r->ids.capacity < LOOKAHEAD_SLOTS) return;
    if (r->section == SECTION_EDGES) {
        *a = r->col[ROLE_SOURCE];
        *b = r->col[ROLE_TARGET];
    } else if (r->section == SECTION_HEADLESS && r->format != MG_INPUT_NODES) {
        *a = 0;
        *b = r->format == MG_INPUT_SIF ? 2 : 1;
    }
}

/* Prefetches for the line at `line` (up to `end`) the slots (or, with `keys`, the keys) of the
 * names in columns a and b; returns where the next line starts. A hint: a line the parser will
 * read otherwise (a comment, a lone CR, a header) costs a useless prefetch, never an error. */
static const char *prefetch_line(const mg__tsv *r, const char *line, const char *end, int a, int b, bool keys)
{
    const char *nl = memchr(line, '\n', (size_t)(end - line));
    const char *stop = nl ? nl : end, *p = line;
    for (int col = 0; p <= stop && col <= (a > b ? a : b); col++) {
        const char *tab = memchr(p, '\t', (size_t)(stop - p));
        const char *cell_end = tab ? tab : stop;
        if (cell_end > p && cell_end[-1] == '\r') cell_end--;
        if (col == a || col == b) {
            if (keys) mg_hashmap_prefetch_key(&r->ids, p, (size_t)(cell_end - p));
            else mg_hashmap_prefetch(&r->ids, p, (size_t)(cell_end - p));
        }
        if (!tab) break;
        p = tab + 1;
    }
    return nl ? nl + 1 : end;
}

void mg__tsv_lookahead_start(mg__tsv_lookahead *la, const char *p)
{
    la->slot_at = la->key_at = p;
    la->slot_lead = la->key_lead = 0;
}

void mg__tsv_lookahead_run(mg__tsv_lookahead *la, const mg__tsv *r, const char *end)
{
    int a, b;
    name_columns(r, &a, &b);
    if (a < 0 && b < 0) return;
    for (; la->slot_lead < SLOT_LEAD && la->slot_at < end; la->slot_lead++)
        la->slot_at = prefetch_line(r, la->slot_at, end, a, b, false);
    for (; la->key_lead < KEY_LEAD && la->key_at < end; la->key_lead++)
        la->key_at = prefetch_line(r, la->key_at, end, a, b, true);
}

void mg__tsv_lookahead_advance(mg__tsv_lookahead *la, const char *p)
{
    la->slot_lead -= la->slot_lead > 0;
    la->key_lead -= la->key_lead > 0;
    /* lone CRs: the lookahead counts LFs, and may fall behind the parser */
    if (la->slot_at < p) la->slot_at = p, la->slot_lead = 0;
    if (la->key_at < p) la->key_at = p, la->key_lead = 0;
}
