/*
 * studies.c - the studies a graph cites, each with what rests on it: the edges it supports, the
 * reviews its evidence was read from, its diseases and organisms, the cautions on its findings;
 * and finding one study by id, DOI, or first author and year.
 */
#include "select/select.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct mg_studies {
    mg_arena arena;
    mg_study *studies; /* sorted by reference id */
    size_t count;
};

/* What a study gathers while the evidence is read, before it is copied into the arena. */
typedef struct {
    mg_id *edges;
    size_t edge_count, edge_cap;
    const void **reviews, **contexts, **organisms, **codes;
    size_t review_count, review_cap, context_count, context_cap, organism_count, organism_cap, code_count, code_cap;
} gathering;

/* Adds `item` to a set kept as an array (sets here are a few items: a linear search). */
static mg_error_t set_add(const void ***items, size_t *count, size_t *cap, const void *item)
{
    for (size_t i = 0; i < *count; i++)
        if ((*items)[i] == item || strcmp((*items)[i], item) == 0) return MG_OK;
    mg_error_t err = mg__reserve((void **)items, cap, *count + 1, sizeof **items);
    if (!err) (*items)[(*count)++] = item;
    return err;
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A set's strings, sorted, copied into the arena (the strings themselves stay the graph's). */
static const char *const *arena_set(mg_arena *arena, const void **items, size_t count)
{
    if (!count) return NULL;
    const char **copy = mg_arena_alloc(arena, count * sizeof *copy);
    if (!copy) return NULL;
    memcpy(copy, items, count * sizeof *copy);
    qsort(copy, count, sizeof *copy, compare_strings);
    return copy;
}

/* "Nong 2016": the citation's first word (its first author's surname) and its first year; the id
 * when the citation gives neither. */
static const char *short_label(mg_arena *arena, const mg_reference *r)
{
    const char *c = r->citation;
    if (!c) return r->id;
    size_t alen = 0;
    while (c[alen] && c[alen] != ',' && c[alen] != ' ' && c[alen] != '.' && c[alen] != '(') alen++;
    const char *year = NULL;
    for (const char *p = c; *p && !year; p++)
        if ((p[0] == '1' || p[0] == '2') && (p[1] == '9' || p[1] == '0') && p[2] >= '0' && p[2] <= '9' &&
            p[3] >= '0' && p[3] <= '9' && !(p > c && p[-1] >= '0' && p[-1] <= '9') && !(p[4] >= '0' && p[4] <= '9'))
            year = p;
    if (!alen || !year) return r->id;
    char buf[256];
    int n = snprintf(buf, sizeof buf, "%.*s %.4s", (int)(alen < 200 ? alen : 200), c, year);
    return mg_arena_strndup(arena, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

static int compare_studies(const void *a, const void *b)
{
    return strcmp(((const mg_study *)a)->ref->id, ((const mg_study *)b)->ref->id);
}

static void gathering_free(gathering *w, size_t n)
{
    for (size_t i = 0; w && i < n; i++) {
        free(w[i].edges);
        free(w[i].reviews);
        free(w[i].contexts);
        free(w[i].organisms);
        free(w[i].codes);
    }
    free(w);
}

mg_error_t mg_studies_new(mg_studies **out, const mg_graph *graph)
{
    mg_init();
    *out = NULL;
    size_t n = mg_graph_reference_count(graph);
    mg_studies *s = calloc(1, sizeof *s);
    gathering *w = calloc(n ? n : 1, sizeof *w);
    mg_hashmap index = {0};
    mg_error_t err = MG_OK;
    if (!s || !w || !(s->studies = calloc(n ? n : 1, sizeof *s->studies))) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    s->count = n;
    if ((err = mg_hashmap_init(&index, n))) goto done;
    for (size_t i = 0; i < n && !err; i++) {
        s->studies[i].ref = mg_graph_reference(graph, i);
        err = mg_hashmap_put(&index, s->studies[i].ref->id, (mg_id)i);
    }
    for (mg_id e = 0; e < mg_graph_edge_count(graph) && !err; e++) {
        const mg_edge *edge = mg_graph_edge(graph, e);
        for (size_t k = 0; k < edge->evidence_count && !err; k++) {
            const mg_evidence *x = &edge->evidence[k];
            mg_id i = mg_hashmap_get(&index, x->ref->id, strlen(x->ref->id));
            if (x->review) {
                mg_id r = mg_hashmap_get(&index, x->review->id, strlen(x->review->id));
                if (r >= 0) s->studies[r].read_from_count++;
            }
            if (i < 0) continue;
            mg_study *st = &s->studies[i];
            gathering *g = &w[i];
            st->evidence_count++;
            if (!g->edge_count || g->edges[g->edge_count - 1] != e) {
                if ((err = mg__reserve((void **)&g->edges, &g->edge_cap, g->edge_count + 1, sizeof *g->edges))) break;
                g->edges[g->edge_count++] = e;
            }
            if (x->review) err = set_add(&g->reviews, &g->review_count, &g->review_cap, x->review->id);
            if (!err && x->disease) err = set_add(&g->contexts, &g->context_count, &g->context_cap, x->disease);
            if (!err && x->organism) err = set_add(&g->organisms, &g->organism_count, &g->organism_cap, x->organism);
            if (x->caution_count) st->cautioned_count++;
            for (size_t c = 0; c < x->caution_count && !err; c++)
                err = set_add(&g->codes, &g->code_count, &g->code_cap, x->cautions[c].code);
        }
    }
    for (size_t i = 0; i < n && !err; i++) {
        mg_study *st = &s->studies[i];
        gathering *g = &w[i];
        st->label = short_label(&s->arena, st->ref);
        st->edge_count = g->edge_count;
        if (g->edge_count && (st->edges = mg_arena_alloc(&s->arena, g->edge_count * sizeof *st->edges)))
            memcpy((mg_id *)st->edges, g->edges, g->edge_count * sizeof *g->edges);
        /* reviews are kept by id, sorted, then turned back into their references */
        const char *const *review_ids = arena_set(&s->arena, g->reviews, g->review_count);
        if (g->review_count && review_ids &&
            (st->reviews = mg_arena_alloc(&s->arena, g->review_count * sizeof *st->reviews))) {
            for (size_t r = 0; r < g->review_count; r++)
                ((const mg_reference **)st->reviews)[r] =
                    mg_graph_reference(graph, (size_t)mg_hashmap_get(&index, review_ids[r], strlen(review_ids[r])));
        }
        st->review_count = g->review_count;
        st->contexts = arena_set(&s->arena, g->contexts, st->context_count = g->context_count);
        st->organisms = arena_set(&s->arena, g->organisms, st->organism_count = g->organism_count);
        st->caution_codes = arena_set(&s->arena, g->codes, st->caution_code_count = g->code_count);
        if (!st->label || (st->edge_count && !st->edges) || (st->review_count && !st->reviews) ||
            (st->context_count && !st->contexts) || (st->organism_count && !st->organisms) ||
            (st->caution_code_count && !st->caution_codes))
            err = mg__fail(MG_ENOMEM, "out of memory");
    }
    if (!err) qsort(s->studies, n, sizeof *s->studies, compare_studies);
done:
    gathering_free(w, n);
    mg_hashmap_destroy(&index);
    if (err) mg_studies_free(s);
    else *out = s;
    return err;
}

size_t mg_studies_count(const mg_studies *studies) { return studies ? studies->count : 0; }

const mg_study *mg_studies_get(const mg_studies *studies, size_t i)
{
    return studies && i < studies->count ? &studies->studies[i] : NULL;
}

void mg_studies_free(mg_studies *studies)
{
    if (!studies) return;
    mg_arena_free(&studies->arena);
    free(studies->studies);
    free(studies);
}

void mg_study_match_clear(mg_study_match *match)
{
    free(match->candidates);
    *match = (mg_study_match)MG_STUDY_MATCH_INIT;
}

static mg_error_t set_candidates(mg_study_match *m, const size_t *v, size_t n)
{
    if (!n) return MG_OK;
    if (!(m->candidates = malloc(n * sizeof *m->candidates))) return mg__fail(MG_ENOMEM, "out of memory");
    memcpy(m->candidates, v, n * sizeof *v);
    m->candidate_count = n;
    return MG_OK;
}

/* The studies whose field (by `which`) matches: 0 id (case ignored), 1 DOI, 2 "Author Year" as
 * a normalised key, 3 the citation's beginning as a normalised key. */
static size_t matching(const mg_studies *s, int which, const char *text, const char *key, size_t *found)
{
    size_t n = 0, klen = strlen(key);
    char buf[MG_KEY_MAX];
    for (size_t i = 0; i < s->count; i++) {
        const mg_study *st = &s->studies[i];
        bool ok = false;
        if (which == 0) ok = strcasecmp(st->ref->id, text) == 0;
        else if (which == 1) ok = st->ref->doi && strcasecmp(st->ref->doi, text) == 0;
        else if (which == 2) ok = mg_name_normalize(st->label, buf, sizeof buf) < sizeof buf && strcmp(buf, key) == 0;
        else if (st->ref->citation && klen >= 3) {
            mg_name_normalize(st->ref->citation, buf, sizeof buf);
            ok = strncmp(buf, key, klen) == 0;
        }
        if (ok) found[n++] = i;
    }
    return n;
}

typedef struct {
    size_t study, distance;
} near;

static int compare_near(const void *pa, const void *pb)
{
    const near *a = pa, *b = pb;
    if (a->distance != b->distance) return a->distance < b->distance ? -1 : 1;
    return (a->study > b->study) - (a->study < b->study); /* studies are sorted by id */
}

mg_error_t mg_studies_find(mg_study_match *match, const mg_studies *studies, const char *text)
{
    mg_init();
    mg_study_match_clear(match);
    size_t n = studies->count;
    size_t *found = malloc((n ? n : 1) * sizeof *found);
    char *key = malloc(MG_KEY_MAX);
    mg_error_t err = MG_OK;
    if (!found || !key) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    const char *doi = text;
    if (strncasecmp(doi, "https://doi.org/", 16) == 0) doi += 16;
    else if (strncasecmp(doi, "http://dx.doi.org/", 18) == 0) doi += 18;
    else if (strncasecmp(doi, "doi:", 4) == 0) doi += 4;
    size_t klen = mg_name_normalize(text, key, MG_KEY_MAX);
    if (klen >= MG_KEY_MAX) key[0] = '\0';
    for (int which = 0; which < 4; which++) {
        size_t count = matching(studies, which, which == 1 ? doi : text, key, found);
        if (count == 1) {
            match->study = found[0];
            goto done;
        }
        if (count > 1) {
            err = set_candidates(match, found, count);
            if (!err) err = mg__fail(MG_EAMBIGUOUS, "'%s' names %zu studies", text, count);
            goto done;
        }
    }
    /* not found: the closest ids (and first-author-year labels) by edit distance */
    near *v = malloc((n ? n : 1) * sizeof *v);
    if (!v) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    size_t cap = klen / 3 > 2 ? klen / 3 : 2, kept = 0;
    char buf[MG_KEY_MAX];
    for (size_t i = 0; i < n && key[0]; i++) {
        size_t best = SIZE_MAX;
        const char *names[2] = {studies->studies[i].ref->id, studies->studies[i].label};
        for (int k = 0; k < 2; k++) {
            size_t blen = mg_name_normalize(names[k], buf, sizeof buf);
            if (blen >= sizeof buf) continue;
            size_t d = mg__edit_distance(key, klen, buf, blen, cap);
            if (d <= cap && d < klen && d < best) best = d;
        }
        if (best != SIZE_MAX) v[kept++] = (near){i, best};
    }
    qsort(v, kept, sizeof *v, compare_near);
    for (size_t i = 0; i < kept && i < 5; i++) found[i] = v[i].study;
    free(v);
    err = set_candidates(match, found, kept < 5 ? kept : 5);
    if (!err) err = mg__fail(MG_ENOTFOUND, "no study '%s'", text);
done:
    free(found);
    free(key);
    if (err && err != MG_ENOTFOUND && err != MG_EAMBIGUOUS) mg_study_match_clear(match);
    return err;
}
