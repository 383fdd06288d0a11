/*
 * hopgraph.h - the view of a graph that one path query searches: the edges that pass its
 * filters, with parallel edges between two nodes merged into one "hop" that carries the signs
 * and the cost of its edges. Private to the path, effects and neighbourhood code.
 */
#ifndef MG_HOPGRAPH_H
#define MG_HOPGRAPH_H

#include "select/select.h"

/* What a hop's edges say, as a mask. A hop is one of: POS, NEG, POS|NEG (conflicting) or UNSIGNED. */
enum { HOP_POS = 1, HOP_NEG = 2, HOP_UNSIGNED = 4 };

typedef struct {
    mg_id source, target;
    unsigned char mask; /* HOP_POS, HOP_NEG, both (conflicting), or HOP_UNSIGNED */
    double cost;
    size_t edge_start, edge_count; /* its edges: hg->edges[edge_start .. + edge_count), by id */
} mg_hop;

/* What each piece of evidence's disease names, as coherence.c resolves it (paths_internal.h). */
typedef struct mg_ctx_resolver mg_ctx_resolver;

typedef struct {
    const mg_graph *g;
    const mg_path_options *opts;
    size_t n;
    mg_hop *hops; /* sorted by source, then first edge id */
    size_t hop_count;
    mg_id *edges;
    size_t *out_start;          /* out hops of v: hops[out_start[v] .. out_start[v + 1]) */
    size_t *in_start;           /* in hops of v: in_hops[in_start[v] .. in_start[v + 1]) */
    mg_id *in_hops;
    bool *is_source, *is_target;
    bool *is_subtype;  /* sources added as subtypes of the queried ones (opts->subtypes), or NULL */
    mg_evidence_filter filter;
    mg_ctx_resolver *ctx; /* the evidence's contexts, resolved for the whole graph */
} mg_hopgraph;

/**
 * Builds the query view: edges whose relation is allowed, that are not structural when
 * excluded, whose ends are not avoided, that have evidence in the context/organism when given,
 * and that do not make a disallowed node type an intermediate (an edge out of a node that is
 * neither a source nor of an allowed type, or into one that is neither a target nor allowed,
 * is dropped). With opts->pathlinker, edges into sources and out of targets are dropped too.
 * Sources and targets may be NULL (effects, neighbourhoods). O(V + E).
 */
mg_error_t mg__hopgraph_build(mg_hopgraph *hg, const mg_graph *g, const mg_path_options *opts, const mg_id *from,
                              size_t from_count, const mg_id *to, size_t to_count);
void mg__hopgraph_destroy(mg_hopgraph *hg);
/** The sign (+1, -1, 0 unsigned, or 2 conflicting) of a single edge for hop purposes. */
int mg__edge_hop_sign(const mg_edge *e);

#endif
