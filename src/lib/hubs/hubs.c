/*
 * hubs.c - the hub API: the metric table, the metrics igraph computes (degree, PageRank, HITS,
 * eigenvector, closeness, harmonic, coreness, clustering), the dispatch to
 * the metrics written here, ranking, and the consensus of ranks.
 */
#include "hubs_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *name;
    const char *description;
} metrics[MG_HUB_METRIC_COUNT] = {
    [MG_HUB_DEGREE] = {"degree", "in + out degree on the simple graph (neighbours when undirected)"},
    [MG_HUB_IN_DEGREE] = {"in-degree", "edges in"},
    [MG_HUB_OUT_DEGREE] = {"out-degree", "edges out"},
    [MG_HUB_BETWEENNESS] = {"betweenness", "shortest paths through the node (Brandes)"},
    [MG_HUB_CLOSENESS] = {"closeness", "Wasserman-Faust closeness, from the nodes that reach it (networkx)"},
    [MG_HUB_HARMONIC] = {"harmonic", "sum of 1/distance from the nodes that reach it"},
    [MG_HUB_EIGENVECTOR] = {"eigenvector", "eigenvector centrality (in-edges), largest = 1"},
    [MG_HUB_PAGERANK] = {"pagerank", "PageRank (damping 0.85 by default)"},
    [MG_HUB_HUB] = {"hub", "HITS hub score: points to good authorities"},
    [MG_HUB_AUTHORITY] = {"authority", "HITS authority score: pointed to by good hubs"},
    [MG_HUB_CORENESS] = {"coreness", "k-core number, undirected"},
    [MG_HUB_CLUSTERING] = {"clustering", "local clustering coefficient, undirected"},
    [MG_HUB_MCC] = {"mcc", "cytoHubba Maximal Clique Centrality: sum of (|C| - 1)! over maximal cliques"},
    [MG_HUB_DMNC] = {"dmnc", "cytoHubba Density of Maximum Neighborhood Component (epsilon 1.7)"},
    [MG_HUB_MNC] = {"mnc", "cytoHubba Maximum Neighborhood Component"},
    [MG_HUB_EPC] = {"epc", "cytoHubba Edge Percolated Component (1000 reductions, threshold 0.5)"},
    [MG_HUB_BOTTLENECK] = {"bottleneck", "cytoHubba BottleNeck: shortest-path trees the node splits"},
    [MG_HUB_ECCENTRICITY] = {"eccentricity", "cytoHubba EcCentricity: 1 / the largest distance"},
    [MG_HUB_CH_CLOSENESS] = {"cytohubba-closeness", "cytoHubba Closeness: sum of 1/distance"},
    [MG_HUB_RADIALITY] = {"radiality", "cytoHubba Radiality: mean of (diameter + 1 - distance)"},
    [MG_HUB_STRESS] = {"stress", "cytoHubba Stress: number of shortest paths through the node"},
    [MG_HUB_CONSENSUS] = {"consensus", "mean rank over degree, betweenness, pagerank, harmonic and mcc"},
};

static const mg_hub_metric consensus[] = {MG_HUB_DEGREE, MG_HUB_BETWEENNESS, MG_HUB_PAGERANK, MG_HUB_HARMONIC,
                                          MG_HUB_MCC};

const char *mg_hub_metric_name(mg_hub_metric m) { return (unsigned)m < MG_HUB_METRIC_COUNT ? metrics[m].name : NULL; }

const char *mg_hub_metric_description(mg_hub_metric m)
{
    return (unsigned)m < MG_HUB_METRIC_COUNT ? metrics[m].description : NULL;
}

const mg_hub_metric *mg_hub_consensus_metrics(size_t *count)
{
    *count = sizeof consensus / sizeof *consensus;
    return consensus;
}

mg_error_t mg_hub_metric_parse(mg_hub_metric *out, const char *name)
{
    const char *names[MG_HUB_METRIC_COUNT];
    for (int i = 0; i < MG_HUB_METRIC_COUNT; i++) names[i] = metrics[i].name;
    int i = mg__word_index(names, MG_HUB_METRIC_COUNT, name, true);
    if (i >= 0) return *out = (mg_hub_metric)i, MG_OK;
    const char *near = mg__closest_word(name, names, MG_HUB_METRIC_COUNT);
    if (near) return mg__fail(MG_EINVAL, "unknown metric '%s' (did you mean '%s'?)", name, near);
    return mg__fail(MG_EINVAL, "unknown metric '%s'", name);
}

/* Metrics that are undirected by definition. */
static bool undirected_metric(mg_hub_metric m)
{
    return m == MG_HUB_CORENESS || m == MG_HUB_CLUSTERING || (m >= MG_HUB_MCC && m <= MG_HUB_STRESS);
}

static mg_error_t vector_out(double *score, igraph_vector_t *v, size_t n)
{
    for (size_t i = 0; i < n; i++) score[i] = VECTOR(*v)[i];
    return MG_OK;
}

/* The metrics igraph computes. */
static mg_error_t igraph_metric(double *score, const mg_hub_graph *hg, mg_hub_metric m, const mg_hub_options *o)
{
    const igraph_t *g = &hg->ig;
    igraph_vector_t weights = {0}; /* a view: igraph_vector_view fills it, nothing to free */
    const igraph_vector_t *w = o->weighted ? igraph_vector_view(&weights, hg->weight, (igraph_integer_t)hg->m) : NULL;
    igraph_vector_t v;
    igraph_vector_int_t iv;
    igraph_error_t e = IGRAPH_SUCCESS;
    size_t n = hg->n;
    if (igraph_vector_init(&v, (igraph_integer_t)n)) return mg__fail(MG_ENOMEM, "out of memory");
    switch (m) {
    case MG_HUB_EIGENVECTOR:
        e = igraph_eigenvector_centrality(g, &v, NULL, hg->directed, true, w, NULL);
        break;
    case MG_HUB_HUB:
    case MG_HUB_AUTHORITY: {
        igraph_vector_t other;
        if (igraph_vector_init(&other, (igraph_integer_t)n)) {
            igraph_vector_destroy(&v);
            return mg__fail(MG_ENOMEM, "out of memory");
        }
        e = m == MG_HUB_HUB ? igraph_hub_and_authority_scores(g, &v, &other, NULL, true, w, NULL)
                            : igraph_hub_and_authority_scores(g, &other, &v, NULL, true, w, NULL);
        igraph_vector_destroy(&other);
        break;
    }
    case MG_HUB_CLOSENESS: {
        /* igraph: 1 / mean distance to the reachable nodes; networkx (Wasserman-Faust) scales it
         * by the reachable fraction: (r - 1) / (n - 1), r counting the node itself. */
        igraph_vector_int_t reach;
        if (igraph_vector_int_init(&reach, 0)) {
            igraph_vector_destroy(&v);
            return mg__fail(MG_ENOMEM, "out of memory");
        }
        e = igraph_closeness(g, &v, &reach, NULL, igraph_vss_all(), IGRAPH_IN, NULL, true);
        for (size_t i = 0; !e && i < n; i++) {
            double r = (double)VECTOR(reach)[i]; /* igraph counts the others reached */
            VECTOR(v)[i] = r > 0 && n > 1 ? VECTOR(v)[i] * r / (double)(n - 1) : 0;
        }
        igraph_vector_int_destroy(&reach);
        break;
    }
    case MG_HUB_CORENESS:
        if (igraph_vector_int_init(&iv, 0)) {
            igraph_vector_destroy(&v);
            return mg__fail(MG_ENOMEM, "out of memory");
        }
        e = igraph_coreness(g, &iv, IGRAPH_ALL);
        for (size_t i = 0; !e && i < n; i++) VECTOR(v)[i] = (double)VECTOR(iv)[i];
        igraph_vector_int_destroy(&iv);
        break;
    case MG_HUB_CLUSTERING:
        e = igraph_transitivity_local_undirected(g, &v, igraph_vss_all(), IGRAPH_TRANSITIVITY_ZERO);
        break;
    default:
        e = IGRAPH_EINVAL;
    }
    mg_error_t err = e ? mg__from_igraph(e) : vector_out(score, &v, n);
    igraph_vector_destroy(&v);
    return err;
}

/* The simple graphs of one request, built on first use: every metric of a request (the five of
 * the consensus, a table's degree column) shares them instead of rebuilding them. At most one
 * lives at a time, so that memory stays at one graph's (on Hetionet, 163 MB against 210). */
typedef struct {
    mg_hub_graph graph[2]; /* [directed] */
    bool built[2];
} hub_graphs;

static void hub_graphs_destroy(hub_graphs *h)
{
    for (int d = 0; d < 2; d++)
        if (h->built[d]) mg__hub_graph_destroy(&h->graph[d]);
}

static mg_error_t one_metric(double *score, mg_hub_report *report, hub_graphs *h, const mg_graph *g, mg_hub_metric m,
                             const mg_hub_options *o)
{
    int directed = !o->undirected && !undirected_metric(m);
    mg_hub_graph *hg = &h->graph[directed];
    if (!h->built[directed]) {
        if (h->built[!directed]) {
            mg__hub_graph_destroy(&h->graph[!directed]);
            h->built[!directed] = false;
        }
        mg_error_t err = mg__hub_graph_build(hg, g, directed, o->weighted, o->exclude, o->exclude_count);
        if (err) return err;
        h->built[directed] = true;
    }
    double *s = malloc((hg->n + 1) * sizeof *s);
    if (!s) return mg__fail(MG_ENOMEM, "out of memory");
    mg_error_t err;
    if (m == MG_HUB_DEGREE || m == MG_HUB_IN_DEGREE || m == MG_HUB_OUT_DEGREE || m == MG_HUB_PAGERANK)
        err = mg__hub_native_metric(s, hg, m, o);
    else if ((m >= MG_HUB_BOTTLENECK && m <= MG_HUB_STRESS) || m == MG_HUB_BETWEENNESS || m == MG_HUB_HARMONIC) {
        if (!(err = mg__hub_graph_adjacency(hg))) err = mg__hub_shortest_metric(s, &report->sampled, hg, m, o);
    } else if (m >= MG_HUB_MCC && m <= MG_HUB_EPC) {
        /* MCC's maximal cliques come from igraph */
        if (!(err = mg__hub_graph_adjacency(hg)) && (m != MG_HUB_MCC || !(err = mg__hub_graph_igraph(hg))))
            err = mg__hub_local_metric(s, report, hg, m, o);
    } else if (!(err = mg__hub_graph_igraph(hg))) {
        err = igraph_metric(s, hg, m, o);
    }
    if (!err) {
        for (mg_id v = 0; v < mg_graph_node_count(g); v++) score[v] = NAN;
        for (size_t i = 0; i < hg->n; i++) score[hg->node[i]] = s[i];
    }
    free(s);
    return err;
}

static _Thread_local const mg_graph *sorting_graph;
static _Thread_local const double *sorting_scores;

static int compare_ranked(const void *a, const void *b)
{
    mg_id u = *(const mg_id *)a, v = *(const mg_id *)b;
    double x = sorting_scores[u], y = sorting_scores[v];
    bool xn = isnan(x), yn = isnan(y);
    if (xn != yn) return xn ? 1 : -1;
    if (!xn && x != y) return x > y ? -1 : 1;
    return strcmp(mg_graph_node(sorting_graph, u)->id, mg_graph_node(sorting_graph, v)->id);
}

mg_error_t mg_hub_rank(mg_id *order, const mg_graph *graph, const double *scores)
{
    mg_id n = mg_graph_node_count(graph);
    for (mg_id i = 0; i < n; i++) order[i] = i;
    sorting_graph = graph;
    sorting_scores = scores;
    if (n > 1) qsort(order, (size_t)n, sizeof *order, compare_ranked);
    sorting_graph = NULL;
    sorting_scores = NULL;
    return MG_OK;
}

/* Scores equal but for rounding: sums of the same terms in another order (1/2 + 1/3 against
 * 1/3 + 1/2) differ in the last bits, and a tie must not depend on the order of a sum. */
static bool same_score(double x, double y) { return fabs(x - y) <= 1e-12 * fmax(fabs(x), fabs(y)); }

/* The consensus: for each metric, each kept node's rank (ties share their mean rank, so a tie
 * does not favour the node with the smaller id), then the negated mean rank as the score. */
static mg_error_t consensus_scores(double *score, mg_hub_report *report, hub_graphs *h, const mg_graph *g,
                                   const mg_hub_options *o)
{
    size_t n = (size_t)mg_graph_node_count(g), count;
    const mg_hub_metric *list = mg_hub_consensus_metrics(&count);
    double *s = malloc((n + 1) * sizeof *s), *sum = calloc(n + 1, sizeof *sum);
    mg_id *order = malloc((n + 1) * sizeof *order);
    mg_error_t err = !s || !sum || !order ? mg__fail(MG_ENOMEM, "out of memory") : MG_OK;
    for (size_t k = 0; k < count && !err; k++) {
        if ((err = one_metric(s, report, h, g, list[k], o))) break;
        mg_hub_rank(order, g, s);
        for (size_t i = 0; i < n;) {
            size_t j = i;
            while (j < n && !isnan(s[order[j]]) && same_score(s[order[j]], s[order[i]])) j++;
            if (j == i) break; /* the excluded (NaN) nodes come last */
            double mean = (double)(i + j + 1) / 2.0; /* ranks i+1 .. j */
            for (size_t t = i; t < j; t++) sum[order[t]] += mean;
            i = j;
        }
    }
    if (!err)
        for (size_t v = 0; v < n; v++) score[v] = isnan(s[v]) ? NAN : -sum[v] / (double)count;
    free(s);
    free(sum);
    free(order);
    return err;
}

mg_error_t mg_hub_scores_report(double *const *scores, mg_hub_report *report, const mg_graph *graph,
                                const mg_hub_metric *wanted, size_t count, const mg_hub_options *options)
{
    mg_init();
    mg_hub_options o = options ? *options : (mg_hub_options)MG_HUB_OPTIONS_INIT;
    mg_hub_report r = {0};
    for (size_t k = 0; k < count; k++)
        if ((unsigned)wanted[k] >= MG_HUB_METRIC_COUNT) return mg__fail(MG_EINVAL, "invalid metric %d", (int)wanted[k]);
    if (!(o.damping > 0 && o.damping < 1)) return mg__fail(MG_EINVAL, "damping must be between 0 and 1, got %g", o.damping);
    if (!(o.epc_threshold >= 0 && o.epc_threshold <= 1))
        return mg__fail(MG_EINVAL, "the EPC threshold must be between 0 and 1, got %g", o.epc_threshold);
    if (o.epc_reductions == 0) return mg__fail(MG_EINVAL, "EPC needs at least one reduction");
    hub_graphs h = {0};
    mg_error_t err = MG_OK;
    for (size_t k = 0; k < count && !err; k++)
        err = wanted[k] == MG_HUB_CONSENSUS ? consensus_scores(scores[k], &r, &h, graph, &o)
                                             : one_metric(scores[k], &r, &h, graph, wanted[k], &o);
    hub_graphs_destroy(&h);
    if (report) *report = r;
    return err;
}

mg_error_t mg_hub_scores_many(double *const *scores, bool *approximate, const mg_graph *graph,
                              const mg_hub_metric *wanted, size_t count, const mg_hub_options *options)
{
    mg_hub_report r;
    mg_error_t err = mg_hub_scores_report(scores, &r, graph, wanted, count, options);
    if (approximate) *approximate = r.sampled || r.cliques_cut || r.epc_cut;
    return err;
}

mg_error_t mg_hub_scores(double *scores, bool *approximate, const mg_graph *graph, mg_hub_metric metric,
                         const mg_hub_options *options)
{
    return mg_hub_scores_many(&scores, approximate, graph, &metric, 1, options);
}
