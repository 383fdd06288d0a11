/*
 * hubs_native.c - degree and PageRank computed on the hub graph's edge list, without igraph:
 * building an igraph copy of a million-edge graph costs more than either metric (igraph_create
 * sorts every edge twice), and these two are what a background network is most often ranked by.
 * Both agree with igraph and networkx (tests/hubs/oracle.py, tests/hubs/test_hubs.c).
 */
#include "hubs_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* PageRank stops when an iteration changes the scores by less than this in L1 (they sum to 1),
 * as igraph's PRPACK does; the scores are then within d / (1 - d) times this of the limit, far
 * below the six digits printed (networkx's default stops at 1e-6 per node). */
#define PAGERANK_TOLERANCE 1e-10
/* With damping d < 1 the error shrinks by d per iteration: 0.85^1000 is far below the tolerance,
 * so this bound only stops damping values near 1, which converge too slowly to be useful. */
#define PAGERANK_MAX_ITERATIONS 10000

/* Strength: the number of edges (or their total weight) at each vertex, by direction. */
static void strength(double *score, const mg_hub_graph *hg, bool out, bool in, bool weighted)
{
    for (size_t v = 0; v < hg->n; v++) score[v] = 0;
    for (size_t e = 0; e < hg->m; e++) {
        double w = weighted && hg->weight ? hg->weight[e] : 1.0;
        /* undirected: an edge counts at both ends whatever the direction asked */
        if (out || !hg->directed) score[hg->tail[e]] += w;
        if (in || !hg->directed) score[hg->head[e]] += w;
    }
}

/* One step of the power iteration on a directed graph: each vertex pushes its share along its
 * out-edges. The edges are sorted by tail, so a vertex's edges are a run: its share is read once
 * and the run's heads are the only bytes streamed. */
static void push_directed(double *next, const double *share, const mg_hub_graph *hg, const uint32_t *start,
                          bool weighted)
{
    for (size_t v = 0; v < hg->n; v++) {
        double s = share[v];
        if (s == 0) continue;
        if (weighted)
            for (uint32_t i = start[v]; i < start[v + 1]; i++) next[hg->head[i]] += s * hg->weight[i];
        else
            for (uint32_t i = start[v]; i < start[v + 1]; i++) next[hg->head[i]] += s;
    }
}

static void push_undirected(double *next, const double *share, const mg_hub_graph *hg, bool weighted)
{
    for (size_t e = 0; e < hg->m; e++) {
        double w = weighted ? hg->weight[e] : 1.0;
        next[hg->head[e]] += share[hg->tail[e]] * w;
        next[hg->tail[e]] += share[hg->head[e]] * w;
    }
}

/*
 * PageRank by power iteration, pushing each vertex's score along its edges (both ways when
 * undirected) in edge-list order, which reads the edges sequentially. A vertex without outgoing
 * edges (a dangling one) spreads its score over all vertices, as igraph and networkx do.
 * Time O(E) per iteration; at most log(tolerance) / log(damping) iterations.
 */
static mg_error_t pagerank(double *score, const mg_hub_graph *hg, double damping, bool weighted, bool *converged)
{
    size_t n = hg->n;
    *converged = true;
    if (n == 0) return MG_OK;
    weighted = weighted && hg->weight;
    double *out = malloc(n * sizeof *out), *share = malloc(n * sizeof *share), *next = malloc(n * sizeof *next);
    uint32_t *start = hg->directed ? calloc(n + 1, sizeof *start) : NULL;
    mg_error_t err = MG_OK;
    if (!out || !share || !next || (hg->directed && !start)) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    if (start) {
        for (size_t e = 0; e < hg->m; e++) start[hg->tail[e] + 1]++;
        for (size_t v = 0; v < n; v++) start[v + 1] += start[v];
    }
    if (start && !weighted)
        for (size_t v = 0; v < n; v++) out[v] = (double)(start[v + 1] - start[v]);
    else
        strength(out, hg, true, false, weighted);
    for (size_t v = 0; v < n; v++) score[v] = 1.0 / (double)n;
    *converged = false;
    for (int it = 0; it < PAGERANK_MAX_ITERATIONS && !*converged; it++) {
        double dangling = 0;
        for (size_t v = 0; v < n; v++) {
            if (out[v] > 0) share[v] = damping * score[v] / out[v];
            else dangling += score[v], share[v] = 0;
        }
        double base = (1.0 - damping * (1.0 - dangling)) / (double)n; /* teleport + dangling mass */
        for (size_t v = 0; v < n; v++) next[v] = base;
        if (start) push_directed(next, share, hg, start, weighted);
        else push_undirected(next, share, hg, weighted);
        double change = 0, total = 0;
        for (size_t v = 0; v < n; v++) change += fabs(next[v] - score[v]), total += next[v];
        /* renormalise so that rounding cannot drift the sum away from 1 over many iterations */
        for (size_t v = 0; v < n; v++) score[v] = next[v] / total;
        *converged = change < PAGERANK_TOLERANCE;
    }
done:
    free(out);
    free(share);
    free(next);
    free(start);
    return err;
}

mg_error_t mg__hub_native_metric(double *score, const mg_hub_graph *hg, mg_hub_metric metric, const mg_hub_options *o)
{
    switch (metric) {
    case MG_HUB_DEGREE: strength(score, hg, true, true, o->weighted); return MG_OK;
    case MG_HUB_IN_DEGREE: strength(score, hg, false, true, o->weighted); return MG_OK;
    case MG_HUB_OUT_DEGREE: strength(score, hg, true, false, o->weighted); return MG_OK;
    case MG_HUB_PAGERANK: {
        bool converged;
        mg_error_t err = pagerank(score, hg, o->damping, o->weighted, &converged);
        if (!err && !converged)
            err = mg__fail(MG_EINVAL, "PageRank did not converge in %d iterations (damping %g is too close to 1)",
                           PAGERANK_MAX_ITERATIONS, o->damping);
        return err;
    }
    default: return mg__fail(MG_EINTERNAL, "metric %d is not computed here", (int)metric);
    }
}
