/*
 * hubs_local.c - cytoHubba's local metrics on the undirected simple graph: MCC from the maximal
 * cliques (igraph, within a budget), MNC and DMNC from each node's neighbourhood, and EPC from
 * random edge percolations (union-find, a seeded generator so runs repeat).
 */
#include "hubs_internal.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    double *score;
    size_t seen, budget;
} mcc_state;

static igraph_error_t add_clique(const igraph_vector_int_t *clique, void *arg)
{
    mcc_state *st = arg;
    if (++st->seen > st->budget) return IGRAPH_STOP;
    igraph_integer_t size = igraph_vector_int_size(clique);
    /* (|C| - 1)!, saturated at DBL_MAX: from cliques of 172 nodes on, scores tie at the top
     * rather than overflowing to infinity */
    double f = 1;
    for (igraph_integer_t i = 2; i < size && f < DBL_MAX; i++) f = f * (double)i > DBL_MAX ? DBL_MAX : f * (double)i;
    for (igraph_integer_t i = 0; i < size; i++) {
        double *x = &st->score[VECTOR(*clique)[i]];
        *x = *x > DBL_MAX - f ? DBL_MAX : *x + f;
    }
    return IGRAPH_SUCCESS;
}

static mg_error_t mcc(double *score, mg_hub_report *report, const mg_hub_graph *hg, const mg_hub_options *o)
{
    mcc_state st = {score, 0, o->clique_budget ? o->clique_budget : (size_t)-1};
    for (size_t v = 0; v < hg->n; v++) score[v] = 0;
    /* min_size 1: an isolated node is a clique of one, worth 0! = 1 */
    igraph_error_t e = igraph_maximal_cliques_callback(&hg->ig, add_clique, &st, 1, 0);
    if (e && e != IGRAPH_STOP) return mg__from_igraph(e);
    report->cliques_cut = st.seen > st.budget;
    report->cliques = st.seen > st.budget ? st.budget : st.seen;
    return MG_OK;
}

/* MNC and DMNC: the largest connected component of the subgraph induced by v's neighbours (v
 * itself left out). Ties between components of the same size go to the one with more edges. */
static mg_error_t neighbourhood(double *score, const mg_hub_graph *hg, mg_hub_metric m, double epsilon)
{
    size_t n = hg->n;
    size_t *mark = calloc(n + 1, sizeof *mark), *comp = calloc(n + 1, sizeof *comp);
    size_t *queue = malloc((n + 1) * sizeof *queue);
    if (!mark || !comp || !queue) {
        free(mark);
        free(comp);
        free(queue);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    size_t stamp = 0;
    for (size_t v = 0; v < n; v++) {
        stamp++;
        for (size_t i = hg->out_start[v]; i < hg->out_start[v + 1]; i++) mark[hg->out_adj[i]] = stamp;
        size_t best_nodes = 0, best_edges = 0, label = 0;
        for (size_t i = hg->out_start[v]; i < hg->out_start[v + 1]; i++) {
            size_t r = hg->out_adj[i];
            if (comp[r] > stamp * (n + 1)) continue; /* already in a component of this neighbourhood */
            label++;
            size_t id = stamp * (n + 1) + label, head = 0, tail = 0, nodes = 0, ends = 0;
            comp[r] = id;
            queue[tail++] = r;
            while (head < tail) {
                size_t u = queue[head++];
                nodes++;
                for (size_t j = hg->out_start[u]; j < hg->out_start[u + 1]; j++) {
                    size_t w = hg->out_adj[j];
                    if (mark[w] != stamp) continue;
                    ends++;
                    if (comp[w] != id) comp[w] = id, queue[tail++] = w;
                }
            }
            size_t edges = ends / 2;
            if (nodes > best_nodes || (nodes == best_nodes && edges > best_edges)) best_nodes = nodes, best_edges = edges;
        }
        if (m == MG_HUB_MNC) score[v] = (double)best_nodes;
        else score[v] = best_nodes ? (double)best_edges / pow((double)best_nodes, epsilon) : 0;
    }
    free(mark);
    free(comp);
    free(queue);
    return MG_OK;
}

static size_t find(size_t *parent, size_t x)
{
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

/* EPC (the paper's formula): over `reductions` percolations (an edge is removed when its random
 * number in [0, 1) is below the threshold), the sum of the nodes connected to v, v included,
 * divided by |V|. With 1000 reductions, a node always connected to every node scores 1000.
 * A reduction costs V + E steps; when the budget allows fewer, those run (the first ones of the
 * full run, the generator being seeded) and the sum is scaled to `reductions`. */
static mg_error_t epc(double *score, mg_hub_report *report, const mg_hub_graph *hg, const mg_hub_options *o)
{
    size_t n = hg->n;
    size_t *parent = malloc((n + 1) * sizeof *parent), *size = malloc((n + 1) * sizeof *size);
    size_t *tail = malloc((hg->m + 1) * sizeof *tail), *head = malloc((hg->m + 1) * sizeof *head);
    if (!parent || !size || !tail || !head) {
        free(parent);
        free(size);
        free(tail);
        free(head);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    size_t m = 0;
    for (size_t v = 0; v < n; v++) /* each undirected edge once */
        for (size_t i = hg->out_start[v]; i < hg->out_start[v + 1]; i++)
            if (hg->out_adj[i] > v) tail[m] = v, head[m] = hg->out_adj[i], m++;
    for (size_t v = 0; v < n; v++) score[v] = 0;
    uint64_t state = o->seed;
    size_t runs = o->epc_reductions, cost = n + m ? n + m : 1;
    if (o->epc_budget && runs > o->epc_budget / cost) {
        runs = o->epc_budget / cost ? o->epc_budget / cost : 1;
        report->epc_cut = true;
    }
    report->epc_reductions = runs;
    for (size_t k = 0; k < runs; k++) {
        for (size_t v = 0; v < n; v++) parent[v] = v, size[v] = 1;
        for (size_t e = 0; e < m; e++) {
            if (mg__rand_unit(&state) < o->epc_threshold) continue;
            size_t a = find(parent, tail[e]), b = find(parent, head[e]);
            if (a == b) continue;
            if (size[a] < size[b]) {
                size_t t = a;
                a = b;
                b = t;
            }
            parent[b] = a;
            size[a] += size[b];
        }
        for (size_t v = 0; v < n; v++) score[v] += (double)size[find(parent, v)];
    }
    double scale = (double)o->epc_reductions / (double)runs;
    for (size_t v = 0; v < n; v++) score[v] = score[v] * scale / (double)(n ? n : 1);
    free(parent);
    free(size);
    free(tail);
    free(head);
    return MG_OK;
}

mg_error_t mg__hub_local_metric(double *score, mg_hub_report *report, const mg_hub_graph *hg, mg_hub_metric metric,
                                const mg_hub_options *o)
{
    switch (metric) {
    case MG_HUB_MCC: return mcc(score, report, hg, o);
    case MG_HUB_MNC:
    case MG_HUB_DMNC: return neighbourhood(score, hg, metric, o->dmnc_epsilon);
    case MG_HUB_EPC: return epc(score, report, hg, o);
    default: return mg__fail(MG_EINTERNAL, "metric %d is not a local metric", (int)metric);
    }
}
