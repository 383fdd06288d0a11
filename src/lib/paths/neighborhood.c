/*
 * neighborhood.c - the nodes within a few hops of a set of nodes, breadth-first over the graph's
 * own incidence lists, optionally through some relations or one sign only: what `mechgraph
 * neighbors` lists.
 */
#include "core/core.h"

#include <stdlib.h>
#include <string.h>

static _Thread_local const mg_graph *sorting;
static _Thread_local const int *sorting_depth;

static int compare_nodes(const void *a, const void *b)
{
    mg_id u = *(const mg_id *)a, v = *(const mg_id *)b;
    if (sorting_depth[u] != sorting_depth[v]) return sorting_depth[u] < sorting_depth[v] ? -1 : 1;
    return strcmp(mg_graph_node(sorting, u)->id, mg_graph_node(sorting, v)->id);
}

/* Whether the search may follow edge e under the filters. */
static bool passes(const mg_edge *e, const bool *relations, int sign)
{
    if (relations && !relations[e->relation]) return false;
    if (!sign) return true;
    mg_sign s = mg_relation_sign(e->relation);
    return sign > 0 ? s == MG_SIGN_POSITIVE : s == MG_SIGN_NEGATIVE;
}

mg_error_t mg_graph_neighborhood_of(mg_neighborhood *out, const mg_graph *graph, const mg_id *starts, size_t start_count,
                                    int depth, mg_direction direction, const bool *relations, int sign)
{
    mg_init();
    memset(out, 0, sizeof *out);
    size_t n = (size_t)mg_graph_node_count(graph);
    if (!start_count) return mg__fail(MG_EINVAL, "no start node");
    for (size_t i = 0; i < start_count; i++)
        if (starts[i] < 0 || (size_t)starts[i] >= n)
            return mg__fail(MG_EINVAL, "node %lld is out of range", (long long)starts[i]);
    if (depth < 0) return mg__fail(MG_EINVAL, "depth must be 0 or more, got %d", depth);
    if (direction < MG_DIRECTION_OUT || direction > MG_DIRECTION_BOTH)
        return mg__fail(MG_EINVAL, "invalid direction %d", (int)direction);
    if (sign < -1 || sign > 1) return mg__fail(MG_EINVAL, "invalid sign %d (expected -1, 0 or 1)", sign);
    int *dist = malloc(n * sizeof *dist);
    mg_id *queue = malloc(n * sizeof *queue);
    if (!dist || !queue) {
        free(dist);
        free(queue);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    for (size_t v = 0; v < n; v++) dist[v] = -1;
    size_t head = 0, tail = 0, firsts = 0;
    for (size_t i = 0; i < start_count; i++)
        if (dist[starts[i]] < 0) dist[starts[i]] = 0, queue[tail++] = starts[i]; /* a repeated start counts once */
    firsts = tail;
    while (head < tail) {
        mg_id v = queue[head++];
        if (dist[v] >= depth) continue;
        for (int out_dir = 1; out_dir >= 0; out_dir--) {
            if (!(direction & (out_dir ? MG_DIRECTION_OUT : MG_DIRECTION_IN))) continue;
            size_t count;
            const mg_id *edges = mg_graph_incident(graph, v, out_dir, &count);
            for (size_t i = 0; i < count; i++) {
                const mg_edge *e = mg_graph_edge(graph, edges[i]);
                if (!passes(e, relations, sign)) continue;
                mg_id w = out_dir ? e->target : e->source;
                if (dist[w] < 0) dist[w] = dist[v] + 1, queue[tail++] = w;
            }
        }
    }
    out->nodes = malloc(tail * sizeof *out->nodes);
    out->depth = malloc(tail * sizeof *out->depth);
    out->via_edge = malloc(tail * sizeof *out->via_edge);
    if (!out->nodes || !out->depth || !out->via_edge) {
        free(dist);
        free(queue);
        mg_neighborhood_clear(out);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    memcpy(out->nodes, queue, tail * sizeof *queue);
    sorting = graph;
    sorting_depth = dist;
    qsort(out->nodes + firsts, tail - firsts, sizeof *out->nodes, compare_nodes);
    out->count = tail;
    for (size_t i = 0; i < tail; i++) {
        mg_id v = out->nodes[i];
        out->depth[i] = dist[v];
        out->via_edge[i] = -1;
        /* the lowest-numbered edge that links v to a node one hop closer, in the direction asked */
        for (int out_dir = 1; out_dir >= 0 && i >= firsts; out_dir--) {
            if (!(direction & (out_dir ? MG_DIRECTION_OUT : MG_DIRECTION_IN))) continue;
            size_t count;
            const mg_id *edges = mg_graph_incident(graph, v, !out_dir, &count);
            for (size_t k = 0; k < count; k++) {
                const mg_edge *e = mg_graph_edge(graph, edges[k]);
                mg_id u = out_dir ? e->source : e->target;
                if (passes(e, relations, sign) && dist[u] == dist[v] - 1 &&
                    (out->via_edge[i] < 0 || edges[k] < out->via_edge[i]))
                    out->via_edge[i] = edges[k];
            }
        }
    }
    sorting = NULL;
    sorting_depth = NULL;
    free(dist);
    free(queue);
    return MG_OK;
}

mg_error_t mg_graph_neighborhood(mg_neighborhood *out, const mg_graph *graph, mg_id start, int depth,
                                 mg_direction direction)
{
    return mg_graph_neighborhood_of(out, graph, &start, 1, depth, direction, NULL, 0);
}

void mg_neighborhood_clear(mg_neighborhood *nb)
{
    free(nb->nodes);
    free(nb->depth);
    free(nb->via_edge);
    memset(nb, 0, sizeof *nb);
}
