/*
 * hubs_internal.h - what the hub files share: the simple graph the metrics run on (parallel
 * edges merged, self-loops dropped, excluded nodes removed), as an edge list and CSR adjacency
 * for the metrics written here, and as an igraph graph built on first use by the metrics igraph
 * computes; and the metric families.
 */
#ifndef MG_HUBS_INTERNAL_H
#define MG_HUBS_INTERNAL_H

#include "core/lazy_igraph.h" /* igraph, loaded by mg__hub_graph_igraph */

typedef struct {
    size_t n, m;       /* vertices, edges (an undirected edge counted once) */
    bool directed;
    mg_id *node;       /* vertex -> graph node */
    /* the edges, tail < head when undirected, sorted by tail; igraph's edge ids are these indices.
     * 32 bits a vertex: the edge list is read once per PageRank iteration, and half the bytes
     * is half the memory traffic on a million-edge graph (the build refuses 2^32 or more). */
    uint32_t *tail, *head;
    double *weight;    /* per edge: supporting studies (at least 1); NULL unless built weighted */
    igraph_t ig;       /* built by mg__hub_graph_igraph, on first use */
    bool has_ig;
    /* adjacency, built by mg__hub_graph_adjacency: out-neighbours (all neighbours when undirected),
     * sorted; in 32 bits, like the edge list: a betweenness search reads them all once forward
     * and once backward from every source (the backward pass pulls from successors: no
     * in-neighbour lists) */
    size_t *out_start;
    uint32_t *out_adj;
} mg_hub_graph;

/** With `weighted`, each edge's weight is its number of distinct studies; without, 1. */
mg_error_t mg__hub_graph_build(mg_hub_graph *hg, const mg_graph *g, bool directed, bool weighted, const mg_id *exclude,
                               size_t exclude_count);
void mg__hub_graph_destroy(mg_hub_graph *hg);
/** Builds the adjacency lists unless they are built already (degree and PageRank do without). */
mg_error_t mg__hub_graph_adjacency(mg_hub_graph *hg);
/** Loads igraph (mg__igraph_use) and builds hg->ig from the edge list unless it is built already:
 * only the metrics igraph computes pay for it (igraph_create sorts every edge twice: 0.15 s on
 * Hetionet). Every path to an igraph call comes through here first. */
mg_error_t mg__hub_graph_igraph(mg_hub_graph *hg);

/* hubs_native.c: degree and PageRank on the edge list, without an igraph copy of the graph. */
mg_error_t mg__hub_native_metric(double *score, const mg_hub_graph *hg, mg_hub_metric metric, const mg_hub_options *o);

/* A small deterministic generator (splitmix64): the same seed gives the same scores everywhere. */
static inline uint64_t mg__rand_next(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
/** Uniform in [0, 1). */
static inline double mg__rand_unit(uint64_t *state) { return (double)(mg__rand_next(state) >> 11) * 0x1.0p-53; }

/* hubs_shortest.c: metrics from breadth-first searches (one per source, or per sampled source).
 * `score` has hg->n entries. */
mg_error_t mg__hub_shortest_metric(double *score, bool *approximate, const mg_hub_graph *hg, mg_hub_metric metric,
                                   const mg_hub_options *o);
/* hubs_local.c: MCC, MNC, DMNC, EPC on the undirected graph. */
mg_error_t mg__hub_local_metric(double *score, mg_hub_report *report, const mg_hub_graph *hg, mg_hub_metric metric,
                                const mg_hub_options *o);

#endif
