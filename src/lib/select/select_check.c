/*
 * select_check.c - a selection's values are checked before anything is selected: a value that no
 * evidence of the graph matches is an error that lists the values the graph has, closest first
 * (edit distance on the normalised names), never a silent empty answer.
 */
#include "select/select.h"

#include <stdlib.h>
#include <string.h>

/* Values listed at most in a message (mg_last_error holds 1 KB); the rest are counted. */
#define LISTED 10

typedef struct {
    const char *value; /* as the graph writes it, owned by the graph */
    char *key;         /* normalised */
    size_t infix;      /* edit distance from what was given to the closest part of the value */
    size_t distance;   /* to the whole value */
} known;

typedef struct {
    known *v;
    size_t n, cap;
    mg_hashmap seen; /* key -> index: each value once, as first written */
} known_list;

static void known_free(known_list *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->v[i].key);
    free(l->v);
    mg_hashmap_destroy(&l->seen);
}

static mg_error_t known_add(known_list *l, const char *value)
{
    if (!value) return MG_OK;
    size_t need = mg_name_normalize(value, NULL, 0) + 1;
    char *key = malloc(need);
    if (!key) return mg__fail(MG_ENOMEM, "out of memory");
    mg_name_normalize(value, key, need);
    if (mg_hashmap_get(&l->seen, key, strlen(key)) >= 0) {
        free(key);
        return MG_OK;
    }
    mg_error_t err = mg__reserve((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v);
    if (!err) err = mg_hashmap_put(&l->seen, key, (mg_id)l->n);
    if (err) {
        free(key);
        return err;
    }
    l->v[l->n++] = (known){value, key, 0, 0};
    return MG_OK;
}

static int compare_known(const void *pa, const void *pb)
{
    const known *a = pa, *b = pb;
    if (a->infix != b->infix) return a->infix < b->infix ? -1 : 1;
    if (a->distance != b->distance) return a->distance < b->distance ? -1 : 1;
    return strcmp(a->value, b->value);
}

/* The message: what was not found, then the graph's values, closest first. */
static mg_error_t fail_listing(known_list *l, const char *given, bool organisms, const char *not_found,
                               const char *plural)
{
    size_t need = mg_name_normalize(given, NULL, 0) + 1;
    char *key = malloc(need);
    if (!key) return mg__fail(MG_ENOMEM, "out of memory");
    mg_name_normalize(given, key, need);
    size_t klen = strlen(key);
    for (size_t i = 0; i < l->n; i++) {
        size_t vlen = strlen(l->v[i].key), cap = klen > vlen ? klen : vlen;
        l->v[i].distance = mg__edit_distance(key, klen, l->v[i].key, vlen, cap);
        l->v[i].infix = mg__infix_distance(key, klen, l->v[i].key, vlen);
        /* an organism is as close as the closest of its names: "homo sapien" is near "human" */
        int cls = organisms ? mg__organism_class(l->v[i].key) : -1;
        if (cls >= 0) {
            size_t d = mg__organism_distance(cls, key, cap);
            if (d < l->v[i].distance) l->v[i].distance = d;
            if (d < l->v[i].infix) l->v[i].infix = d;
        }
    }
    free(key);
    if (l->n) qsort(l->v, l->n, sizeof *l->v, compare_known); /* qsort(NULL, 0 ...) is undefined */
    mg_buffer b = {0};
    mg__buffer_printf(&b, "no evidence in the graph %s '%s'", not_found, given);
    if (!l->n) mg__buffer_printf(&b, "; none states its %s", plural);
    /* values with commas of their own ("Th2, mast cells") are told apart by semicolons */
    const char *sep = ", ";
    for (size_t i = 0; i < l->n && i < LISTED; i++)
        if (strchr(l->v[i].value, ',')) sep = "; ";
    for (size_t i = 0; i < l->n && i < LISTED; i++)
        mg__buffer_printf(&b, "%s%s", i ? sep : "; known, closest first: ", l->v[i].value);
    if (l->n > LISTED) mg__buffer_printf(&b, " (and %zu more)", l->n - LISTED);
    mg_error_t err = b.failed ? mg__fail(MG_ENOMEM, "out of memory") : mg__fail(MG_ENOTFOUND, "%s", mg__buffer_cstr(&b));
    mg__buffer_free(&b);
    return err;
}

/* What one criterion reads of a piece of evidence, to list the graph's values. */
typedef const char *(*value_of)(const mg_evidence *x);
static const char *disease_of(const mg_evidence *x) { return x->disease; }
static const char *organism_of(const mg_evidence *x) { return x->organism; }
static const char *system_of(const mg_evidence *x) { return x->system; }
static const char *cell_of(const mg_evidence *x) { return x->cell; }
static const char *study_of(const mg_evidence *x) { return x->ref->id; }
static const char *review_of(const mg_evidence *x) { return x->review ? x->review->id : NULL; }

typedef struct {
    bool (*ok)(const mg_evidence_filter *f, const mg_evidence *x);
    value_of value;
    const char *not_found; /* "is in the disease" */
    const char *plural;    /* "diseases" */
} criterion;

/* The next piece of evidence of the graph from the cursor (record, k), the edges' then the
 * comparisons' (a value only a comparison cites is one the graph has); NULL at the end. */
static const mg_evidence *evidence_at(const mg_graph *g, size_t *record, size_t *k)
{
    while (*record < g->edge_count + g->cmp_count) {
        bool edge = *record < g->edge_count;
        const mg_evidence *ev = edge ? g->edges[*record].evidence : g->cmps[*record - g->edge_count].evidence;
        size_t n = edge ? g->edges[*record].evidence_count : g->cmps[*record - g->edge_count].evidence_count;
        if (*k < n) return &ev[(*k)++];
        ++*record;
        *k = 0;
    }
    return NULL;
}

/* One criterion: MG_OK when some evidence (of an edge or a comparison) passes it; else the error
 * with the graph's values. */
static mg_error_t check_one(const mg_graph *g, const mg_evidence_filter *f, const criterion *c, const char *given)
{
    size_t record = 0, k = 0;
    for (const mg_evidence *x; (x = evidence_at(g, &record, &k));)
        if (c->ok(f, x)) return MG_OK;
    known_list l = {0};
    mg_error_t err = MG_OK;
    record = k = 0;
    for (const mg_evidence *x; !err && (x = evidence_at(g, &record, &k));) err = known_add(&l, c->value(x));
    if (!err) err = fail_listing(&l, given, c->value == organism_of, c->not_found, c->plural);
    known_free(&l);
    return err;
}

mg_error_t mg__select_check(const mg_graph *g, const mg_select_options *o, const mg_evidence_filter *f)
{
    const struct {
        const char *given;
        criterion c;
    } all[] = {
        {o->context, {mg__filter_context_ok, disease_of, "is in the disease", "disease"}},
        {o->organism, {mg__filter_organism_ok, organism_of, "is in the organism", "organism"}},
        {o->system, {mg__filter_system_ok, system_of, "is in the system", "system"}},
        {o->cell, {mg__filter_cell_ok, cell_of, "is in the cells", "cells"}},
        {o->study, {mg__filter_study_ok, study_of, "cites the study", "study"}},
        {o->review, {mg__filter_review_ok, review_of, "was read in the review", "review"}},
    };
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
        if (!all[i].given) continue;
        mg_error_t err = check_one(g, f, &all[i].c, all[i].given);
        if (err) return err;
    }
    return MG_OK;
}
