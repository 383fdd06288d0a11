/*
 * paths.c - the public path API: checks the query, builds its view of the graph, runs the search
 * its mode asks for, and hands the sorted paths to the caller in one block it frees at once.
 */
#include "paths_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct mg_path_set {
    mg_arena arena;
    mg_path *paths;
    size_t count;
    mg_evidence_filter filter;
    char truncated[200];
    size_t steps;        /* the search's, for effects' shared budget */
    bool out_of_budget;
};

static mg_want want_of(int sign) { return sign > 0 ? WANT_POS : sign < 0 ? WANT_NEG : WANT_ANY; }

/* Copies the collector's candidates into the set's arena, as mg_path records. */
static mg_error_t materialize(mg_path_set *set, mg_collector *c)
{
    set->paths = mg_arena_alloc(&set->arena, (c->count ? c->count : 1) * sizeof *set->paths);
    if (!set->paths) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t i = 0; i < c->count; i++) {
        mg_error_t err = mg__candidate_to_path(&set->arena, c, &c->cands[i], &set->paths[set->count]);
        if (err) return err;
        set->count++;
    }
    return MG_OK;
}

/* Every simple path within the length bounds, level by level: paths of one length all come
 * before longer ones in the order users see, so once `limit` are found the longer levels are
 * only probed for one more path, to say honestly whether the answer was cut. */
static mg_error_t search_all(mg_collector *c, mg_dfs *d, const mg_path_options *o, const mg_id *from, size_t nf)
{
    if (c->sort_by_cost) return mg__dfs_run(d, from, nf, o->min_len, o->max_len, false, false, NULL);
    for (int len = o->min_len; len <= o->max_len; len++) {
        mg_error_t err = mg__dfs_run(d, from, nf, len, len, true, false, NULL);
        if (err || c->out_of_budget) return err;
        /* coherent paths rank before shorter mixed ones: only `keep` coherent ones settle it */
        if (c->keep && mg__collector_coherent(c) >= c->keep && len < o->max_len) {
            for (int more = len + 1; more <= o->max_len && !c->cut_by_limit && !c->out_of_budget; more++) {
                bool found;
                if ((err = mg__dfs_run(d, from, nf, more, more, true, true, &found))) return err;
                c->cut_by_limit = found;
            }
            return MG_OK;
        }
    }
    return MG_OK;
}

/* All shortest paths by hops: from the lower bound up, the first length that has any. */
static mg_error_t search_shortest(mg_collector *c, mg_dfs *d, const mg_path_options *o, const mg_id *from, size_t nf,
                                  size_t n)
{
    int lb = mg__dfs_lower_bound(d, from, nf);
    if (lb < 0) return MG_OK;
    int hi = o->max_len ? o->max_len : (int)(n < 1000000 ? n : 1000000);
    for (int len = lb > o->min_len ? lb : o->min_len; len <= hi; len++) {
        mg_error_t err = mg__dfs_run(d, from, nf, len, len, true, false, NULL);
        if (err || c->out_of_budget || c->count) return err;
    }
    return MG_OK;
}

static void describe_truncation(mg_path_set *set, const mg_collector *c, const mg_path_options *o)
{
    if (c->out_of_budget)
        snprintf(set->truncated, sizeof set->truncated,
                 "the search stopped after %zu steps (the budget); the paths shown are those found by then", o->budget);
    else if (c->cut_by_limit && c->keep == o->limit)
        snprintf(set->truncated, sizeof set->truncated, "more paths exist than the limit of %zu", o->limit);
    else if (c->cut_by_limit)
        snprintf(set->truncated, sizeof set->truncated, "more paths exist than %d, the most one answer holds",
                 MG_PATHS_MAX);
}

/* Adds to the sources every subtype of one (a node with a chain of is_a edges into it), unless
 * avoided; marks the added ones in *is_subtype (NULL when none was added). O(V + E). */
mg_error_t mg__add_subtypes(mg_id **sources, size_t *count, bool **is_subtype, const mg_graph *g,
                           const mg_path_options *o)
{
    size_t n = (size_t)mg_graph_node_count(g), cap = *count, have = *count;
    bool *seen = calloc(n ? n : 1, sizeof *seen);
    if (!seen) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t i = 0; i < o->avoid_count; i++) seen[o->avoid[i]] = true;
    for (size_t i = 0; i < *count; i++) seen[(*sources)[i]] = true;
    mg_error_t err = MG_OK;
    for (size_t i = 0; i < *count && !err; i++) { /* the list grows as it is read: a BFS */
        size_t m;
        const mg_id *in = mg_graph_incident(g, (*sources)[i], 0, &m);
        for (size_t k = 0; k < m && !err; k++) {
            const mg_edge *e = mg_graph_edge(g, in[k]);
            if (e->relation != MG_REL_IS_A || seen[e->source]) continue;
            seen[e->source] = true;
            if (!(err = mg__reserve((void **)sources, &cap, *count + 1, sizeof **sources))) (*sources)[(*count)++] = e->source;
        }
    }
    free(seen);
    if (err || *count == have) return err;
    if (!(*is_subtype = calloc(n, sizeof **is_subtype))) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t i = have; i < *count; i++) (*is_subtype)[(*sources)[i]] = true;
    return MG_OK;
}

/* Sorts and removes repeated nodes from a node list (a user may name a node twice). */
static mg_error_t unique_nodes(mg_id **out, size_t *count, const mg_id *in, size_t n, mg_id node_count)
{
    *out = malloc((n ? n : 1) * sizeof **out);
    bool *seen = calloc((size_t)node_count + 1, sizeof *seen);
    if (!*out || !seen) {
        free(seen);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    *count = 0;
    for (size_t i = 0; i < n; i++) {
        if (in[i] < 0 || in[i] >= node_count) {
            free(seen);
            return mg__fail(MG_EINVAL, "node %lld is out of range", (long long)in[i]);
        }
        if (!seen[in[i]]) (*out)[(*count)++] = in[i];
        seen[in[i]] = true;
    }
    free(seen);
    return MG_OK;
}

/* One query's search on a hop graph built for it (its ends marked): the paths into `set`. */
static mg_error_t search_on(mg_path_set *set, mg_hopgraph *hg, const mg_path_options *options, const mg_id *sources,
                            size_t nf, mg_want want)
{
    const mg_path_options *o = options;
    mg_collector c;
    mg_dfs *d = NULL;
    bool by_cost = o->mode != MG_PATHS_ALL || o->cost != MG_COST_HOPS;
    /* "no limit" still has one: the candidates kept (twice the limit before each cut) and the
     * answer are memory */
    size_t keep = o->limit && o->limit < MG_PATHS_MAX ? o->limit : MG_PATHS_MAX;
    mg__collector_init(&c, hg, want, o->expand_signs, by_cost, keep, o->budget);
    c.coherent_only = o->coherent_only;
    mg_error_t err;
    if (o->mode == MG_PATHS_K) {
        err = mg__yen(&c, o, sources, nf, o->k, false);
    } else if (o->mode == MG_PATHS_SHORTEST && o->cost != MG_COST_HOPS) {
        err = mg__yen(&c, o, sources, nf, 0, true);
    } else if (!(err = mg__dfs_new(&d, &c, o))) {
        err = o->mode == MG_PATHS_ALL ? search_all(&c, d, o, sources, nf) : search_shortest(&c, d, o, sources, nf, hg->n);
    }
    if (!err) {
        /* the k shortest are chosen by cost alone, then ordered coherent first */
        if (o->mode == MG_PATHS_K && !o->expand_signs) {
            if (c.count > keep) c.cut_by_limit = true;
            mg__collector_keep_shortest(&c, o->k < keep ? o->k : keep);
        } else {
            mg__collector_finish(&c);
        }
        err = materialize(set, &c);
    }
    if (!err) {
        describe_truncation(set, &c, o);
        set->steps = c.steps < o->budget ? c.steps : o->budget;
        set->out_of_budget = c.out_of_budget;
    }
    mg__dfs_free(d);
    mg__collector_destroy(&c);
    return err;
}

mg_error_t mg_paths_find(mg_path_set **out, const mg_graph *graph, const mg_id *from, size_t from_count,
                         const mg_id *to, size_t to_count, const mg_path_options *options)
{
    mg_path_options o = options ? *options : (mg_path_options)MG_PATH_OPTIONS_INIT;
    return mg__paths_find_want(out, graph, from, from_count, to, to_count, &o, want_of(o.sign));
}

mg_error_t mg__paths_find_want(mg_path_set **out, const mg_graph *graph, const mg_id *from, size_t from_count,
                               const mg_id *to, size_t to_count, const mg_path_options *options, mg_want want)
{
    mg_init();
    *out = NULL;
    mg_path_options o = *options;
    if (o.mode == MG_PATHS_ALL && o.max_len == 0) return mg__fail(MG_EINVAL, "listing every path needs a maximum length");
    if (o.mode == MG_PATHS_K && o.k == 0) return mg__fail(MG_EINVAL, "k must be at least 1");
    mg_hopgraph hg;
    mg_id *sources = NULL;
    size_t nf = 0;
    mg_path_set *set = calloc(1, sizeof *set);
    if (!set) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t i = 0; i < o.avoid_count + o.via_count; i++) {
        mg_id v = i < o.avoid_count ? o.avoid[i] : o.via[i - o.avoid_count];
        if (v < 0 || v >= mg_graph_node_count(graph)) {
            free(set);
            return mg__fail(MG_EINVAL, "node %lld is out of range", (long long)v);
        }
    }
    bool *is_subtype = NULL;
    mg_error_t err = unique_nodes(&sources, &nf, from, from_count, mg_graph_node_count(graph));
    if (!err && o.subtypes && !o.pathlinker) err = mg__add_subtypes(&sources, &nf, &is_subtype, graph, &o);
    if (!err) {
        mg_id *targets = NULL;
        size_t nt;
        err = unique_nodes(&targets, &nt, to, to_count, mg_graph_node_count(graph));
        if (!err) err = mg__hopgraph_build(&hg, graph, &o, sources, nf, targets, nt);
        free(targets);
    }
    if (err) {
        free(is_subtype);
        free(sources);
        free(set);
        return err;
    }
    hg.is_subtype = is_subtype; /* the hop graph frees it */
    err = search_on(set, &hg, &o, sources, nf, want);
    if (!err) {
        set->filter = hg.filter; /* the set keeps the evidence filter; the rest goes */
        memset(&hg.filter, 0, sizeof hg.filter);
    }
    mg__hopgraph_destroy(&hg);
    free(sources);
    if (err) {
        mg_path_set_free(set);
        return err;
    }
    *out = set;
    return MG_OK;
}

mg_error_t mg__paths_find_on(mg_path_set **out, mg_hopgraph *hg, mg_id from, mg_id to, const mg_path_options *options,
                             mg_want want)
{
    *out = NULL;
    mg_path_options o = *options;
    o.subtypes = false;
    mg_path_set *set = calloc(1, sizeof *set);
    if (!set) return mg__fail(MG_ENOMEM, "out of memory");
    /* the ends of this query, in place of the view's own: no filter of the view reads them
     * (mg__paths_find_on's contract), only the searches, which are over when they are put back */
    bool was_source = hg->is_source[from], was_target = hg->is_target[to];
    bool *subtype = hg->is_subtype;
    hg->is_source[from] = true;
    hg->is_target[to] = true;
    hg->is_subtype = NULL;
    mg_error_t err = search_on(set, hg, &o, &from, 1, want);
    hg->is_source[from] = was_source;
    hg->is_target[to] = was_target;
    hg->is_subtype = subtype;
    if (err) {
        mg_path_set_free(set);
        return err;
    }
    *out = set;
    return MG_OK;
}

void mg_path_set_free(mg_path_set *set)
{
    if (!set) return;
    mg__evidence_filter_destroy(&set->filter);
    mg_arena_free(&set->arena);
    free(set);
}

size_t mg_path_set_count(const mg_path_set *set) { return set ? set->count : 0; }

const mg_path *mg_path_set_get(const mg_path_set *set, size_t i) { return i < set->count ? &set->paths[i] : NULL; }

const char *mg_path_set_truncated(const mg_path_set *set) { return set->truncated[0] ? set->truncated : NULL; }

size_t mg__path_set_steps(const mg_path_set *set, bool *out_of_budget)
{
    *out_of_budget = set->out_of_budget;
    return set->steps;
}

const mg_evidence_filter *mg__path_set_filter(const mg_path_set *set) { return &set->filter; }

bool mg_path_set_evidence_ok(const mg_path_set *set, const mg_evidence *evidence)
{
    return mg__evidence_filter_ok(&set->filter, evidence);
}

const char *mg_path_effect(const mg_path *path)
{
    if (path->sign > 0) return "activates";
    if (path->sign < 0) return "inhibits";
    return path->conflicting ? "conflicting" : "unsigned";
}

/* ---- public: any path's context ---- */

typedef struct {
    mg_path_context context; /* first: the public pointer is the record's */
    mg_arena arena;
} owned_context;

mg_error_t mg_path_context_compute(mg_path_context **out, const mg_graph *graph, const mg_path *path,
                                   const mg_path_set *filter)
{
    mg_init();
    if (!out) return mg__fail(MG_EINVAL, "no place for the result");
    *out = NULL;
    if (!graph || !path) return mg__fail(MG_EINVAL, "a graph and a path are needed");
    for (size_t i = 0; i < path->hop_start[path->length]; i++)
        if (path->edges[i] < 0 || path->edges[i] >= mg_graph_edge_count(graph))
            return mg__fail(MG_EINVAL, "edge %lld is out of range", (long long)path->edges[i]);
    owned_context *o = calloc(1, sizeof *o);
    mg_ctx_resolver *r = NULL;
    if (!o) return mg__fail(MG_ENOMEM, "out of memory");
    const mg_path_context *ctx = NULL;
    mg_error_t err = mg__ctx_resolver_new(&r, graph, filter ? mg__path_set_filter(filter) : NULL);
    if (!err) err = mg__path_context_build(r, &o->arena, path, &ctx);
    mg__ctx_resolver_free(r);
    if (err) {
        mg_arena_free(&o->arena);
        free(o);
        return err;
    }
    o->context = *ctx;
    *out = &o->context;
    return MG_OK;
}

void mg_path_context_free(mg_path_context *context)
{
    if (!context) return;
    owned_context *o = (owned_context *)context;
    mg_arena_free(&o->arena);
    free(o);
}
