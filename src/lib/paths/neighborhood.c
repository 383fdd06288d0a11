/*
 * neighborhood.c - the nodes within a few hops of a node, breadth-first over the graph's own
 * incidence lists (every edge, no filters): what `mechgraph neighbors` lists.
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

mg_error_t mg_graph_neighborhood(mg_neighborhood *out, const mg_graph *graph, mg_id start, int depth,
                                 mg_direction direction)
{
    mg_init();
    memset(out, 0, sizeof *out);
    size_t n = (size_t)mg_graph_node_count(graph);
    if (start < 0 || (size_t)start >= n) return mg__fail(MG_EINVAL, "node %lld is out of range", (long long)start);
    if (depth < 0) return mg__fail(MG_EINVAL, "depth must be 0 or more, got %d", depth);
    if (direction < MG_DIRECTION_OUT || direction > MG_DIRECTION_BOTH)
        return mg__fail(MG_EINVAL, "invalid direction %d", (int)direction);
    int *dist = malloc(n * sizeof *dist);
    mg_id *queue = malloc(n * sizeof *queue);
    if (!dist || !queue) {
        free(dist);
        free(queue);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    for (size_t v = 0; v < n; v++) dist[v] = -1;
    size_t head = 0, tail = 0;
    dist[start] = 0;
    queue[tail++] = start;
    while (head < tail) {
        mg_id v = queue[head++];
        if (dist[v] >= depth) continue;
        for (int out_dir = 1; out_dir >= 0; out_dir--) {
            if (!(direction & (out_dir ? MG_DIRECTION_OUT : MG_DIRECTION_IN))) continue;
            size_t count;
            const mg_id *edges = mg_graph_incident(graph, v, out_dir, &count);
            for (size_t i = 0; i < count; i++) {
                const mg_edge *e = mg_graph_edge(graph, edges[i]);
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
    qsort(out->nodes + 1, tail - 1, sizeof *out->nodes, compare_nodes);
    out->count = tail;
    for (size_t i = 0; i < tail; i++) {
        mg_id v = out->nodes[i];
        out->depth[i] = dist[v];
        out->via_edge[i] = -1;
        /* the lowest-numbered edge that links v to a node one hop closer, in the direction asked */
        for (int out_dir = 1; out_dir >= 0 && i > 0; out_dir--) {
            if (!(direction & (out_dir ? MG_DIRECTION_OUT : MG_DIRECTION_IN))) continue;
            size_t count;
            const mg_id *edges = mg_graph_incident(graph, v, !out_dir, &count);
            for (size_t k = 0; k < count; k++) {
                const mg_edge *e = mg_graph_edge(graph, edges[k]);
                mg_id u = out_dir ? e->source : e->target;
                if (dist[u] == dist[v] - 1 && (out->via_edge[i] < 0 || edges[k] < out->via_edge[i]))
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

void mg_neighborhood_clear(mg_neighborhood *nb)
{
    free(nb->nodes);
    free(nb->depth);
    free(nb->via_edge);
    memset(nb, 0, sizeof *nb);
}
