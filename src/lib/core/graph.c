/*
 * graph.c - the graph record: building it (readers append nodes, edges and references, then
 * index them), reading it (accessors), its summary statistics, and freeing it.
 */
#include "core/core.h"

#include <stdlib.h>
#include <string.h>

mg_error_t mg__graph_new(mg_graph **out, const char *source)
{
    mg_init();
    mg_graph *g = calloc(1, sizeof *g);
    if (!g) return mg__fail(MG_ENOMEM, "out of memory");
    g->name = g->description = "";
    g->source = mg_arena_strdup(&g->arena, source ? source : "");
    if (!g->source) {
        mg_graph_free(g);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    *out = g;
    return MG_OK;
}

void mg_graph_free(mg_graph *graph)
{
    if (!graph) return;
    free(graph->nodes);
    free(graph->edges);
    free(graph->refs);
    free(graph->cmps);
    free(graph->names);
    free(graph->out_edges);
    free(graph->in_edges);
    free(graph->out_start);
    free(graph->in_start);
    mg_hashmap_destroy(&graph->id_map);
    mg_arena_free(&graph->arena);
    free(graph);
}

mg_error_t mg__graph_add_node(mg_graph *g, mg_node **node)
{
    mg_error_t err = mg__reserve((void **)&g->nodes, &g->node_capacity, g->node_count + 1, sizeof *g->nodes);
    if (err) return err;
    *node = &g->nodes[g->node_count++];
    memset(*node, 0, sizeof **node);
    return MG_OK;
}

mg_error_t mg__graph_add_edge(mg_graph *g, mg_edge **edge)
{
    mg_error_t err = mg__reserve((void **)&g->edges, &g->edge_capacity, g->edge_count + 1, sizeof *g->edges);
    if (err) return err;
    *edge = &g->edges[g->edge_count++];
    memset(*edge, 0, sizeof **edge);
    return MG_OK;
}

mg_error_t mg__graph_add_reference(mg_graph *g, mg_reference **ref)
{
    mg_error_t err = mg__reserve((void **)&g->refs, &g->ref_capacity, g->ref_count + 1, sizeof *g->refs);
    if (err) return err;
    *ref = &g->refs[g->ref_count++];
    memset(*ref, 0, sizeof **ref);
    return MG_OK;
}

/* One direction's lists (piece 0: out, 1: in), each written by its own piece. */
typedef struct {
    mg_graph *g;
    size_t *fill[2];
} incidence_job;

static void build_direction(void *context, size_t piece)
{
    incidence_job *job = context;
    mg_graph *g = job->g;
    size_t n = g->node_count, m = g->edge_count, *start = piece ? g->in_start : g->out_start, *fill = job->fill[piece];
    mg_id *list = piece ? g->in_edges : g->out_edges;
    const mg_edge *edges = g->edges;
    if (piece) {
        for (size_t e = 0; e < m; e++) start[edges[e].target + 1]++;
    } else {
        for (size_t e = 0; e < m; e++) start[edges[e].source + 1]++;
    }
    for (size_t v = 0; v < n; v++) start[v + 1] += start[v];
    memcpy(fill, start, n * sizeof *fill);
    if (piece) {
        for (size_t e = 0; e < m; e++) list[fill[edges[e].target]++] = (mg_id)e;
    } else {
        for (size_t e = 0; e < m; e++) list[fill[edges[e].source]++] = (mg_id)e;
    }
}

/* Counting sort of edge ids by endpoint: CSR lists in edge order, O(V + E). igraph's incidence
 * lists (igraph_inclist_t) order a node's edges by the other end, and vectors per node cost more;
 * `show` lists edges in file order, as the curator wrote them. The two directions are built at
 * once on two threads (each writes its own arrays: the same lists for any thread count); a
 * small graph is not worth a thread. */
static mg_error_t build_incidence(mg_graph *g)
{
    size_t n = g->node_count, m = g->edge_count;
    g->out_start = calloc(n + 1, sizeof *g->out_start);
    g->in_start = calloc(n + 1, sizeof *g->in_start);
    g->out_edges = malloc((m ? m : 1) * sizeof *g->out_edges);
    g->in_edges = malloc((m ? m : 1) * sizeof *g->in_edges);
    incidence_job job = {g, {malloc((n ? n : 1) * sizeof(size_t)), malloc((n ? n : 1) * sizeof(size_t))}};
    mg_error_t err = MG_OK;
    if (!g->out_start || !g->in_start || !g->out_edges || !g->in_edges || !job.fill[0] || !job.fill[1]) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    mg__huge_pages(g->out_edges, m * sizeof *g->out_edges);
    mg__huge_pages(g->in_edges, m * sizeof *g->in_edges);
    if (m >= 65536) {
        mg__parallel_for(2, build_direction, &job);
    } else {
        build_direction(&job, 0);
        build_direction(&job, 1);
    }
done:
    free(job.fill[0]);
    free(job.fill[1]);
    return err;
}

mg_error_t mg__graph_index_edges(mg_graph *g) { return build_incidence(g); }

const char *mg_graph_name(const mg_graph *graph) { return graph->name; }
const char *mg_graph_description(const mg_graph *graph) { return graph->description; }
const char *mg_graph_source(const mg_graph *graph) { return graph->source; }
mg_id mg_graph_node_count(const mg_graph *graph) { return (mg_id)graph->node_count; }
mg_id mg_graph_edge_count(const mg_graph *graph) { return (mg_id)graph->edge_count; }
size_t mg_graph_reference_count(const mg_graph *graph) { return graph->ref_count; }

const mg_node *mg_graph_node(const mg_graph *graph, mg_id i)
{
    return i >= 0 && (size_t)i < graph->node_count ? &graph->nodes[i] : NULL;
}

const mg_edge *mg_graph_edge(const mg_graph *graph, mg_id i)
{
    return i >= 0 && (size_t)i < graph->edge_count ? &graph->edges[i] : NULL;
}

const mg_reference *mg_graph_reference(const mg_graph *graph, size_t i)
{
    return i < graph->ref_count ? &graph->refs[i] : NULL;
}

const mg_id *mg_graph_incident(const mg_graph *graph, mg_id node, int out, size_t *count)
{
    if (node < 0 || (size_t)node >= graph->node_count) {
        *count = 0;
        return NULL;
    }
    const size_t *start = out ? graph->out_start : graph->in_start;
    *count = start[node + 1] - start[node];
    return (out ? graph->out_edges : graph->in_edges) + start[node];
}

/* Root of v's set, halving the path on the way (union-find). */
static size_t find_root(size_t *parent, size_t v)
{
    while (parent[v] != v) v = parent[v] = parent[parent[v]];
    return v;
}

/* Weakly connected components by union-find over the edges: O(E α(V)). No igraph copy of the
 * graph is kept for this one count: building one sorts every edge, on every load. */
static mg_error_t weak_components(const mg_graph *graph, mg_id *count, mg_id *largest)
{
    size_t n = graph->node_count;
    size_t *parent = malloc((n ? n : 1) * sizeof *parent), *size = calloc(n ? n : 1, sizeof *size);
    mg_error_t err = MG_OK;
    if (!parent || !size) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t v = 0; v < n; v++) parent[v] = v;
    for (size_t e = 0; e < graph->edge_count; e++) {
        size_t a = find_root(parent, (size_t)graph->edges[e].source), b = find_root(parent, (size_t)graph->edges[e].target);
        if (a < b) parent[b] = a;
        else if (b < a) parent[a] = b;
    }
    *count = *largest = 0;
    for (size_t v = 0; v < n; v++) {
        size_t r = find_root(parent, v);
        if (r == v) ++*count;
        if ((mg_id)++size[r] > *largest) *largest = (mg_id)size[r];
    }
done:
    free(parent);
    free(size);
    return err;
}

mg_error_t mg_graph_get_stats(const mg_graph *graph, mg_graph_stats *stats)
{
    mg_init();
    memset(stats, 0, sizeof *stats);
    stats->nodes = (mg_id)graph->node_count;
    stats->edges = (mg_id)graph->edge_count;
    stats->references = graph->ref_count;
    for (size_t i = 0; i < graph->node_count; i++) stats->node_types[graph->nodes[i].type]++;
    for (size_t e = 0; e < graph->edge_count; e++) {
        const mg_edge *edge = &graph->edges[e];
        stats->relations[edge->relation]++;
        if (!edge->evidence_count) stats->edges_without_evidence++;
        if (edge->source == edge->target) stats->self_loops++;
    }
    size_t n = graph->node_count;
    /* igraph_density counts self-loops as edges of a loop-free graph; they are left out here */
    if (n >= 2) stats->density = (double)(graph->edge_count - (size_t)stats->self_loops) / ((double)n * (double)(n - 1));

    return weak_components(graph, &stats->components, &stats->largest_component);
}
