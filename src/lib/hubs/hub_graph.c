/*
 * hub_graph.c - the simple graph hub metrics run on: the graph's edges between kept nodes,
 * self-loops dropped, parallel edges (and, undirected, the two directions) merged into one edge
 * weighted by the number of distinct studies behind them (at least 1).
 */
#include "hubs_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t a, b;
    mg_id edge;
} pair;

static int compare_pairs(const void *x, const void *y)
{
    const pair *p = x, *q = y;
    if (p->a != q->a) return p->a < q->a ? -1 : 1;
    if (p->b != q->b) return p->b < q->b ? -1 : 1;
    return p->edge < q->edge ? -1 : p->edge > q->edge;
}

static int compare_refs(const void *x, const void *y)
{
    const void *p = *(const void *const *)x, *q = *(const void *const *)y;
    return p < q ? -1 : p > q;
}

/* CSR from an edge list of (tail, head) vertex pairs; `both` adds each edge in both directions. */
static mg_error_t csr(size_t n, const uint32_t *tail, const uint32_t *head, size_t m, bool both, size_t **start,
                      uint32_t **adj)
{
    size_t total = both ? 2 * m : m;
    *start = calloc(n + 1, sizeof **start);
    *adj = malloc((total ? total : 1) * sizeof **adj);
    size_t *fill = malloc((n + 1) * sizeof *fill);
    if (!*start || !*adj || !fill) {
        free(fill);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    for (size_t e = 0; e < m; e++) {
        (*start)[tail[e] + 1]++;
        if (both) (*start)[head[e] + 1]++;
    }
    for (size_t v = 0; v < n; v++) (*start)[v + 1] += (*start)[v];
    memcpy(fill, *start, n * sizeof *fill);
    for (size_t e = 0; e < m; e++) {
        (*adj)[fill[tail[e]]++] = head[e];
        if (both) (*adj)[fill[head[e]]++] = tail[e];
    }
    free(fill);
    return MG_OK;
}

/* The simple graph's edges without weights, in O(V + E): each kept node's neighbours from the
 * incidence lists, repeated ones skipped with a stamp per node (sorting 766,000 edge pairs was
 * half the time of a PageRank on Hetionet). Undirected, an edge is taken at its smaller end. */
static mg_error_t unweighted_pairs(const mg_graph *g, const mg_id *vertex, const mg_id *node, size_t n, bool directed,
                                   uint32_t *tail, uint32_t *head, size_t *m)
{
    size_t *stamp = malloc((n + 1) * sizeof *stamp);
    if (!stamp) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t v = 0; v < n; v++) stamp[v] = (size_t)-1;
    *m = 0;
    for (size_t a = 0; a < n; a++) {
        for (int out = 1; out >= 0; out--) {
            if (!out && directed) break;
            /* the graph's own arrays: through the public accessors, a call per edge was a tenth
             * of a PageRank on Hetionet */
            const mg_id *edges = out ? g->out_edges : g->in_edges;
            size_t from = out ? g->out_start[node[a]] : g->in_start[node[a]];
            size_t to = out ? g->out_start[node[a] + 1] : g->in_start[node[a] + 1];
            for (size_t i = from; i < to; i++) {
                const mg_edge *e = &g->edges[edges[i]];
                mg_id b = vertex[out ? e->target : e->source];
                if (b < 0 || (size_t)b == a || (!directed && (size_t)b < a) || stamp[b] == a) continue;
                stamp[b] = a;
                tail[*m] = (uint32_t)a;
                head[*m] = (uint32_t)b;
                (*m)++;
            }
        }
    }
    free(stamp);
    return MG_OK;
}

mg_error_t mg__hub_graph_build(mg_hub_graph *hg, const mg_graph *g, bool directed, bool weighted, const mg_id *exclude,
                               size_t exclude_count)
{
    memset(hg, 0, sizeof *hg);
    hg->directed = directed;
    size_t nodes = (size_t)mg_graph_node_count(g), edges = (size_t)mg_graph_edge_count(g);
    mg_id *vertex = malloc((nodes + 1) * sizeof *vertex);
    pair *pairs = weighted ? malloc((edges + 1) * sizeof *pairs) : NULL; /* weighted edges are grouped by sorting */
    const mg_reference **refs = NULL;
    size_t refs_cap = 0;
    mg_error_t err = MG_OK;
    hg->node = malloc((nodes + 1) * sizeof *hg->node);
    hg->tail = malloc((edges + 1) * sizeof *hg->tail);
    hg->head = malloc((edges + 1) * sizeof *hg->head);
    hg->weight = weighted ? malloc((edges + 1) * sizeof *hg->weight) : NULL;
    if (!vertex || (weighted && (!pairs || !hg->weight)) || !hg->node || !hg->tail || !hg->head) goto oom;
    if (nodes >= UINT32_MAX || edges >= UINT32_MAX) {
        err = mg__fail(MG_EINVAL, "hub metrics take fewer than 2^32 nodes and edges");
        goto done;
    }
    for (size_t v = 0; v < nodes; v++) vertex[v] = 0;
    for (size_t i = 0; i < exclude_count; i++) {
        if (exclude[i] < 0 || (size_t)exclude[i] >= nodes) {
            err = mg__fail(MG_EINVAL, "node %lld is out of range", (long long)exclude[i]);
            goto done;
        }
        vertex[exclude[i]] = -1;
    }
    for (size_t v = 0; v < nodes; v++)
        if (vertex[v] == 0) vertex[v] = (mg_id)hg->n, hg->node[hg->n++] = (mg_id)v;
    if (!weighted) {
        err = unweighted_pairs(g, vertex, hg->node, hg->n, directed, hg->tail, hg->head, &hg->m);
        goto done;
    }
    size_t np = 0;
    for (size_t e = 0; e < edges; e++) {
        const mg_edge *x = mg_graph_edge(g, (mg_id)e);
        mg_id a = vertex[x->source], b = vertex[x->target];
        if (a < 0 || b < 0 || a == b) continue;
        if (!directed && a > b) {
            mg_id t = a;
            a = b;
            b = t;
        }
        pairs[np++] = (pair){(size_t)a, (size_t)b, (mg_id)e};
    }
    qsort(pairs, np, sizeof *pairs, compare_pairs);
    for (size_t i = 0; i < np;) {
        size_t j = i, nrefs = 0;
        for (; j < np && pairs[j].a == pairs[i].a && pairs[j].b == pairs[i].b; j++) {
            const mg_edge *x = mg_graph_edge(g, pairs[j].edge);
            for (size_t k = 0; k < x->evidence_count; k++) {
                if (mg__reserve((void **)&refs, &refs_cap, nrefs + 1, sizeof *refs)) goto oom;
                refs[nrefs++] = x->evidence[k].ref;
            }
        }
        if (nrefs > 1) qsort(refs, nrefs, sizeof *refs, compare_refs);
        size_t studies = 0;
        for (size_t k = 0; k < nrefs; k++) studies += k == 0 || refs[k] != refs[k - 1];
        hg->tail[hg->m] = (uint32_t)pairs[i].a;
        hg->head[hg->m] = (uint32_t)pairs[i].b;
        hg->weight[hg->m] = studies ? (double)studies : 1.0;
        hg->m++;
        i = j;
    }
    goto done;
oom:
    err = mg__fail(MG_ENOMEM, "out of memory");
done:
    free(vertex);
    free(pairs);
    free(refs);
    if (err) mg__hub_graph_destroy(hg);
    return err;
}

mg_error_t mg__hub_graph_adjacency(mg_hub_graph *hg)
{
    if (hg->out_start) return MG_OK;
    return csr(hg->n, hg->tail, hg->head, hg->m, !hg->directed, &hg->out_start, &hg->out_adj);
}

mg_error_t mg__hub_graph_igraph(mg_hub_graph *hg)
{
    /* every igraph metric comes through here: igraph is loaded, and its handlers installed in
     * this thread, before the first call */
    mg_error_t err = mg__igraph_use();
    if (err || hg->has_ig) return err;
    igraph_vector_int_t ev;
    igraph_error_t e = igraph_vector_int_init(&ev, (igraph_integer_t)(2 * hg->m));
    if (e) return mg__from_igraph(e);
    for (size_t i = 0; i < hg->m; i++) {
        VECTOR(ev)[2 * i] = (igraph_integer_t)hg->tail[i];
        VECTOR(ev)[2 * i + 1] = (igraph_integer_t)hg->head[i];
    }
    e = igraph_create(&hg->ig, &ev, (igraph_integer_t)hg->n, hg->directed);
    igraph_vector_int_destroy(&ev);
    if (e) return mg__from_igraph(e);
    hg->has_ig = true;
    return MG_OK;
}

void mg__hub_graph_destroy(mg_hub_graph *hg)
{
    if (hg->has_ig) igraph_destroy(&hg->ig);
    free(hg->node);
    free(hg->tail);
    free(hg->head);
    free(hg->weight);
    free(hg->out_start);
    free(hg->out_adj);
    memset(hg, 0, sizeof *hg);
}
