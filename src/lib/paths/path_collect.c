/*
 * path_collect.c - the candidates a path search finds: each path's sign variants, the edges
 * behind each hop, the number of studies, the order users see, and the limit (the best `keep`
 * are kept as the search goes, so memory stays bounded however many paths exist).
 */
#include "paths_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void mg__collector_init(mg_collector *c, const mg_hopgraph *hg, mg_want want, bool expand, bool sort_by_cost,
                        size_t keep, size_t budget)
{
    memset(c, 0, sizeof *c);
    c->hg = hg;
    c->want = want;
    c->expand = expand;
    c->sort_by_cost = sort_by_cost;
    c->keep = keep;
    c->budget = budget;
}

void mg__collector_destroy(mg_collector *c)
{
    for (size_t i = 0; i < c->count; i++) free(c->cands[i].hops);
    free(c->cands);
    free(c->edges);
    free(c->refs);
    memset(c, 0, sizeof *c);
}

static int hop_sign(unsigned char mask)
{
    return mask == HOP_POS ? 1 : mask == HOP_NEG ? -1 : 0;
}

size_t mg__candidate_edges(mg_collector *c, const mg_candidate *cand, size_t *hop_start)
{
    const mg_hopgraph *hg = c->hg;
    /* With exactly one conflicting hop and a definite net sign, that hop's sign is forced: keep
     * only its edges of that sign. With two or more, every choice can give either net sign. */
    size_t conflicts = 0, which = 0;
    int others = 1;
    for (size_t i = 0; i < cand->length; i++) {
        unsigned char m = hg->hops[cand->hops[i]].mask;
        if (m == (HOP_POS | HOP_NEG)) conflicts++, which = i;
        else others *= hop_sign(m);
    }
    int forced = conflicts == 1 && cand->sign != 0 ? cand->sign * others : 0;
    size_t total = 0;
    for (size_t i = 0; i < cand->length; i++) total += hg->hops[cand->hops[i]].edge_count;
    if (mg__reserve((void **)&c->edges, &c->edges_cap, total ? total : 1, sizeof *c->edges)) return (size_t)-1;
    size_t n = 0;
    for (size_t i = 0; i < cand->length; i++) {
        const mg_hop *h = &hg->hops[cand->hops[i]];
        hop_start[i] = n;
        for (size_t j = 0; j < h->edge_count; j++) {
            mg_id e = hg->edges[h->edge_start + j];
            if (forced && i == which && mg__edge_hop_sign(mg_graph_edge(hg->g, e)) != forced) continue;
            c->edges[n++] = e;
        }
    }
    hop_start[cand->length] = n;
    return n;
}

static int compare_pointers(const void *a, const void *b)
{
    const void *x = *(const void *const *)a, *y = *(const void *const *)b;
    return x < y ? -1 : x > y;
}

/* Distinct primary studies among the evidence (passing the filters) of a candidate's edges, and
 * whether one disease context fits all its hops. */
static mg_error_t assess(mg_collector *c, mg_candidate *cand)
{
    size_t *hop_start = malloc((cand->length + 1) * sizeof *hop_start);
    if (!hop_start) return mg__fail(MG_ENOMEM, "out of memory");
    size_t n = mg__candidate_edges(c, cand, hop_start);
    mg_error_t err = MG_OK;
    if (n == (size_t)-1) {
        err = mg__fail(MG_ENOMEM, "out of memory");
    } else {
        mg_path view = {.length = cand->length, .edges = c->edges, .hop_start = hop_start};
        err = mg__path_coherent(c->hg->ctx, c->hg->g, &view, &cand->coherent);
    }
    free(hop_start);
    if (err) return err;
    size_t refs = 0;
    for (size_t i = 0; i < n; i++) {
        const mg_edge *e = mg_graph_edge(c->hg->g, c->edges[i]);
        for (size_t k = 0; k < e->evidence_count; k++) {
            if (!mg__evidence_filter_ok(&c->hg->filter, &e->evidence[k])) continue;
            if (mg__reserve((void **)&c->refs, &c->refs_cap, refs + 1, sizeof *c->refs))
                return mg__fail(MG_ENOMEM, "out of memory");
            c->refs[refs++] = e->evidence[k].ref;
        }
    }
    if (refs > 1) qsort(c->refs, refs, sizeof *c->refs, compare_pointers);
    cand->studies = 0;
    for (size_t i = 0; i < refs; i++)
        if (i == 0 || c->refs[i] != c->refs[i - 1]) cand->studies++;
    return MG_OK;
}

/* qsort has no context argument in C11; the sort runs on one thread at a time per collector. */
static _Thread_local const mg_collector *sorting;
static _Thread_local bool sorting_by_cost_only; /* coherence set aside (the k shortest) */

static mg_id node_at(const mg_hopgraph *hg, const mg_candidate *p, size_t i)
{
    return i == 0 ? hg->hops[p->hops[0]].source : hg->hops[p->hops[i - 1]].target;
}

static int compare_candidates(const void *a, const void *b)
{
    const mg_candidate *p = a, *q = b;
    const mg_hopgraph *hg = sorting->hg;
    if (!sorting_by_cost_only && p->coherent != q->coherent) return p->coherent ? -1 : 1;
    if (sorting->sort_by_cost) {
        double tol = 1e-9 * (fabs(p->cost) + fabs(q->cost) + 1);
        if (p->cost < q->cost - tol) return -1;
        if (p->cost > q->cost + tol) return 1;
    }
    if (p->length != q->length) return p->length < q->length ? -1 : 1;
    if (p->studies != q->studies) return p->studies > q->studies ? -1 : 1;
    for (size_t i = 0; i <= p->length; i++) {
        mg_id u = node_at(hg, p, i), v = node_at(hg, q, i);
        if (u == v) continue;
        int d = strcmp(mg_graph_node(hg->g, u)->id, mg_graph_node(hg->g, v)->id);
        if (d) return d;
    }
    /* the same nodes: by sign (+ first), then by the hops' first edges */
    if (p->sign != q->sign) return p->sign > q->sign ? -1 : 1;
    return 0;
}

void mg__collector_finish(mg_collector *c)
{
    sorting = c;
    if (c->count > 1) qsort(c->cands, c->count, sizeof *c->cands, compare_candidates);
    sorting = NULL;
    if (c->keep && c->count > c->keep) {
        for (size_t i = c->keep; i < c->count; i++) free(c->cands[i].hops);
        c->count = c->keep;
        c->cut_by_limit = true;
    }
}

size_t mg__collector_coherent(const mg_collector *c)
{
    size_t n = 0;
    for (size_t i = 0; i < c->count; i++) n += c->cands[i].coherent;
    return n;
}

void mg__collector_keep_shortest(mg_collector *c, size_t n)
{
    sorting = c;
    sorting_by_cost_only = true;
    if (c->count > 1) qsort(c->cands, c->count, sizeof *c->cands, compare_candidates);
    sorting_by_cost_only = false;
    sorting = NULL;
    for (size_t i = n; i < c->count; i++) free(c->cands[i].hops);
    if (c->count > n) c->count = n;
    mg__collector_finish(c);
}

static mg_error_t push(mg_collector *c, const mg_id *hops, size_t length, int sign, bool conflicting)
{
    if (c->keep && c->count >= 2 * c->keep) mg__collector_finish(c);
    mg_candidate cand = {.length = length, .sign = sign, .conflicting = conflicting};
    cand.hops = malloc(length * sizeof *hops);
    if (!cand.hops) return mg__fail(MG_ENOMEM, "out of memory");
    memcpy(cand.hops, hops, length * sizeof *hops);
    for (size_t i = 0; i < length; i++) cand.cost += c->hg->hops[hops[i]].cost;
    mg_error_t err = assess(c, &cand);
    if (!err && c->coherent_only && !cand.coherent) {
        free(cand.hops);
        return MG_OK;
    }
    if (!err) err = mg__reserve((void **)&c->cands, &c->cap, c->count + 1, sizeof *c->cands);
    if (err) {
        free(cand.hops);
        return err;
    }
    c->cands[c->count++] = cand;
    return MG_OK;
}

mg_error_t mg__collector_add(mg_collector *c, const mg_id *hops, size_t length)
{
    const mg_hopgraph *hg = c->hg;
    /* a path from a subtype through another start repeats that start's own path */
    if (hg->is_subtype && length && hg->is_subtype[hg->hops[hops[0]].source])
        for (size_t i = 0; i < length; i++)
            if (hg->is_source[hg->hops[hops[i]].target]) return MG_OK;
    unsigned char state = ST_POS;
    bool conflicting = false;
    for (size_t i = 0; i < length; i++) {
        unsigned char m = c->hg->hops[hops[i]].mask;
        conflicting |= m == (HOP_POS | HOP_NEG);
        state = mg__sign_step(state, m);
    }
    if (state & ST_UNSIGNED) {
        if (c->want == WANT_POS || c->want == WANT_NEG) return MG_OK;
        return push(c, hops, length, 0, conflicting);
    }
    if (c->want == WANT_UNSIGNED) return MG_OK;
    if (c->want == WANT_POS || c->want == WANT_NEG) {
        unsigned char need = c->want == WANT_POS ? ST_POS : ST_NEG;
        return state & need ? push(c, hops, length, c->want == WANT_POS ? 1 : -1, conflicting) : MG_OK;
    }
    if (state == ST_POS || state == ST_NEG) return push(c, hops, length, state == ST_POS ? 1 : -1, false);
    if (!c->expand) return push(c, hops, length, 0, true);
    mg_error_t err = push(c, hops, length, 1, true);
    return err ? err : push(c, hops, length, -1, true);
}

mg_error_t mg__candidate_to_path(mg_arena *arena, mg_collector *c, const mg_candidate *cand, mg_path *out)
{
    const mg_hopgraph *hg = c->hg;
    size_t *hop_start = mg_arena_alloc(arena, (cand->length + 1) * sizeof *hop_start);
    mg_id *nodes = mg_arena_alloc(arena, (cand->length + 1) * sizeof *nodes);
    if (!hop_start || !nodes) return mg__fail(MG_ENOMEM, "out of memory");
    size_t m = mg__candidate_edges(c, cand, hop_start);
    mg_id *edges = m == (size_t)-1 ? NULL : mg_arena_alloc(arena, (m ? m : 1) * sizeof *edges);
    if (!edges) return mg__fail(MG_ENOMEM, "out of memory");
    memcpy(edges, c->edges, m * sizeof *edges);
    nodes[0] = hg->hops[cand->hops[0]].source;
    for (size_t j = 0; j < cand->length; j++) nodes[j + 1] = hg->hops[cand->hops[j]].target;
    *out = (mg_path){.nodes = nodes,
                     .length = cand->length,
                     .edges = edges,
                     .hop_start = hop_start,
                     .sign = cand->sign,
                     .conflicting = cand->conflicting,
                     .studies = cand->studies,
                     .cost = cand->cost,
                     .via_subtype = hg->is_subtype && hg->is_subtype[nodes[0]]};
    return mg__path_context_build(hg->ctx, arena, out, &out->context);
}
