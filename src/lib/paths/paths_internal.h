/*
 * paths_internal.h - what the path files share: the collector of candidate paths (with their
 * sign variants, sorting and the limit), and the two searches that feed it.
 */
#ifndef MG_PATHS_INTERNAL_H
#define MG_PATHS_INTERNAL_H

#include "hopgraph.h"

/* The net sign a search asks for. WANT_UNSIGNED (paths through an unsigned hop) serves effects. */
typedef enum { WANT_ANY, WANT_POS, WANT_NEG, WANT_UNSIGNED } mg_want;

/* A path's sign state: the net signs it can have (ST_POS, ST_NEG: both when a hop conflicts),
 * or ST_UNSIGNED once a hop is unsigned. ST_POS and ST_NEG equal HOP_POS and HOP_NEG. */
enum { ST_POS = 1, ST_NEG = 2, ST_UNSIGNED = 4 };

/** The state after following a hop with sign mask `mask`. */
static inline unsigned char mg__sign_step(unsigned char state, unsigned char mask)
{
    if ((state & ST_UNSIGNED) || (mask & HOP_UNSIGNED)) return ST_UNSIGNED;
    unsigned char r = 0;
    if (state & ST_POS) r |= mask & (HOP_POS | HOP_NEG);
    if (state & ST_NEG) r |= (unsigned char)(((mask & HOP_POS) ? ST_NEG : 0) | ((mask & HOP_NEG) ? ST_POS : 0));
    return r;
}

/* ---- context coherence (coherence.c) ---- */

/** What each piece of evidence's disease names (a node id when the graph's lookup resolves it,
 * else the wording), remembered per wording; NULL filter: all evidence passes. */
/** The mark a resolver gives evidence its filter leaves out. */
extern const char *const mg__ctx_filtered;
mg_error_t mg__ctx_resolver_new(mg_ctx_resolver **out, const mg_graph *g, const mg_evidence_filter *filter);
/** Resolves the whole graph's evidence at once, for many paths: O(evidence). */
mg_error_t mg__ctx_resolver_table(mg_ctx_resolver *r);
void mg__ctx_resolver_free(mg_ctx_resolver *r);
/** Whether one context fits every hop of `p` (cheaper than the record). */
mg_error_t mg__path_coherent(mg_ctx_resolver *r, const mg_graph *g, const mg_path *p, bool *coherent);
/** The full record of `p`'s context, allocated in `arena`. */
mg_error_t mg__path_context_build(mg_ctx_resolver *r, mg_arena *arena, const mg_path *p, const mg_path_context **out);
/** The evidence filter a path set applied (paths.c). */
const mg_evidence_filter *mg__path_set_filter(const mg_path_set *set);

typedef struct {
    mg_id *hops; /* malloc'd */
    size_t length;
    int sign; /* +1, -1, 0 */
    bool conflicting;
    bool coherent;    /* one disease context fits every hop (ranks first) */
    size_t studies;
    double cost;
} mg_candidate;

typedef struct {
    const mg_hopgraph *hg;
    mg_want want;
    bool expand;        /* a conflicting path once per net sign */
    bool sort_by_cost;  /* cost before length */
    size_t keep;        /* the limit: the best `keep` candidates are kept */
    bool cut_by_limit;  /* candidates were dropped for the limit */
    mg_candidate *cands;
    size_t count, cap;
    /* the search's step count and budget */
    size_t steps, budget;
    bool out_of_budget;
    /* scratch for edge selection and study counting */
    mg_id *edges;
    size_t edges_cap;
    const mg_reference **refs;
    size_t refs_cap;
    bool coherent_only;     /* drop mixed paths */
} mg_collector;

void mg__collector_init(mg_collector *c, const mg_hopgraph *hg, mg_want want, bool expand, bool sort_by_cost,
                        size_t keep, size_t budget);
void mg__collector_destroy(mg_collector *c);
/** Adds the path made of these hops (its variants per sign, as wanted). Copies `hops`. */
mg_error_t mg__collector_add(mg_collector *c, const mg_id *hops, size_t length);
/** Sorts the candidates (coherent ones first) and keeps the best `keep`. */
void mg__collector_finish(mg_collector *c);
/** The coherent candidates held. O(count). */
size_t mg__collector_coherent(const mg_collector *c);
/** Sorts by the order without coherence (cost, length, studies, nodes, sign) and keeps the first
 * `n`: the k shortest paths are chosen by cost alone, and ordered by coherence after. */
void mg__collector_keep_shortest(mg_collector *c, size_t n);
/**
 * The edges of a candidate, hop by hop, into c->edges; hop_start (length + 1 entries) receives
 * the offsets. Returns the number of edges, or (size_t)-1 when out of memory.
 */
size_t mg__candidate_edges(mg_collector *c, const mg_candidate *cand, size_t *hop_start);

/** Copies a candidate into `arena` as a path record (nodes, edges, hop offsets). */
mg_error_t mg__candidate_to_path(mg_arena *arena, mg_collector *c, const mg_candidate *cand, mg_path *out);

/** mg_paths_find with the wanted sign given directly (effects asks for unsigned paths too). */
mg_error_t mg__paths_find_want(mg_path_set **out, const mg_graph *graph, const mg_id *from, size_t from_count,
                               const mg_id *to, size_t to_count, const mg_path_options *options, mg_want want);

/** One query from `from` to `to` on a hop graph built already, for other ends: effects asks one
 * question per node it reaches and would otherwise rebuild the view (and its contexts) for
 * each. The view must not depend on its ends: built without node types, PathLinker's rule or
 * subtypes, with the same filters as `options` (relations, avoided nodes, context, organism).
 * The set's paths take their contexts from hg->ctx; the set holds no evidence filter. */
mg_error_t mg__paths_find_on(mg_path_set **out, mg_hopgraph *hg, mg_id from, mg_id to, const mg_path_options *options,
                             mg_want want);

/** Appends to `sources` (malloc'd, `count` long) every subtype of one: a node with a chain of is_a
 * edges into it, unless avoided; `*is_subtype` (n entries, malloc'd) marks the added ones, or stays
 * NULL when none was. O(V + E). */
mg_error_t mg__add_subtypes(mg_id **sources, size_t *count, bool **is_subtype, const mg_graph *g,
                           const mg_path_options *o);

/** The search steps a path set's search took, and whether the budget stopped it. */
size_t mg__path_set_steps(const mg_path_set *set, bool *out_of_budget);

/**
 * Depth-first enumeration of simple paths from `from` with `lo` <= length <= `hi` hops (paths
 * of exactly `hi` when `exact`), pruned by lower bounds on the distance left. Stops when the
 * budget runs out (c->out_of_budget), or at the first path found when `probe` (sets *found).
 */
typedef struct mg_dfs mg_dfs;
mg_error_t mg__dfs_new(mg_dfs **out, mg_collector *c, const mg_path_options *o);
void mg__dfs_free(mg_dfs *d);
/** The smallest number of hops any wanted path from `from` can have, or -1 when none exists. */
int mg__dfs_lower_bound(const mg_dfs *d, const mg_id *from, size_t from_count);
mg_error_t mg__dfs_run(mg_dfs *d, const mg_id *from, size_t from_count, int lo, int hi, bool exact, bool probe,
                       bool *found);

/**
 * The k shortest simple paths by cost (Yen, yen.c), on the hop graph with a super-source and a
 * super-sink, or on its sign-lifted version when a net sign is wanted. Paths that repeat a node
 * (possible on the lifted graph), break the length bounds or miss a `via` node are passed over,
 * and the search goes on until k remain, none are left, or the budget is spent.
 * With `shortest`, all paths of the smallest cost instead (at most c->keep).
 */
mg_error_t mg__yen(mg_collector *c, const mg_path_options *o, const mg_id *from, size_t from_count, size_t k,
                   bool shortest);

#endif
