/*
 * test_hubs.c - cytoHubba's metrics on two small graphs whose values are worked out by hand from
 * the definitions in docs/hubs.md (Chin et al. 2014), and the hub API's options: exclusion,
 * direction, ranking with ties, sampling, bad options.
 *
 * Graph A (connected): the 4-clique {0,1,2,3}, the triangle {3,4,5}, the tail 5-6.
 * Graph B (disconnected): the 4-cycle 0-1-2-3-0 with pendant 4 on 0, the edge 5-6, node 7 alone.
 */
#include "check.h"
#include "mechgraph.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static mg_graph *load_undirected(int nodes, const int (*edges)[2], int m)
{
    char buf[4096];
    int at = snprintf(buf, sizeof buf, "{\"format\": \"mechgraph-1\", \"nodes\": [");
    for (int i = 0; i < nodes; i++)
        at += snprintf(buf + at, sizeof buf - (size_t)at, "%s{\"id\": \"n%d\", \"type\": \"gene\"}", i ? ", " : "", i);
    at += snprintf(buf + at, sizeof buf - (size_t)at, "], \"edges\": [");
    for (int e = 0; e < m; e++)
        at += snprintf(buf + at, sizeof buf - (size_t)at, "%s{\"source\": \"n%d\", \"target\": \"n%d\", \"relation\": \"associated_with\"}",
                       e ? ", " : "", edges[e][0], edges[e][1]);
    snprintf(buf + at, sizeof buf - (size_t)at, "]}");
    mg_graph *g = NULL;
    if (mg_graph_load_buffer(&g, buf, strlen(buf), "hand.json", MG_INPUT_JSON, NULL)) fprintf(stderr, "%s\n", mg_last_error());
    return g;
}

static const int graph_a[][2] = {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}, {3, 4}, {3, 5}, {4, 5}, {5, 6}};
static const int graph_b[][2] = {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 4}, {5, 6}};

static void expect(const mg_graph *g, mg_hub_metric m, const double *want, int n, const char *label)
{
    double got[16];
    bool approx = true;
    mg_hub_options o = MG_HUB_OPTIONS_INIT;
    CHECK(mg_hub_scores(got, &approx, g, m, &o) == MG_OK);
    CHECK(!approx);
    for (int i = 0; i < n; i++) {
        if (fabs(got[i] - want[i]) > 1e-9) {
            fprintf(stderr, "%s %s: node n%d: expected %.9g, got %.9g\n", label, mg_hub_metric_name(m), i, want[i], got[i]);
            check_failures++;
        }
    }
}

static void test_graph_a(void)
{
    mg_graph *g = load_undirected(7, graph_a, 10);
    double e17 = 1 / pow(2, 1.7), d3 = 3 / pow(3, 1.7);
    expect(g, MG_HUB_MNC, (double[]){3, 3, 3, 3, 2, 2, 1}, 7, "A");
    expect(g, MG_HUB_DMNC, (double[]){d3, d3, d3, d3, e17, e17, 0}, 7, "A");
    expect(g, MG_HUB_MCC, (double[]){6, 6, 6, 8, 2, 3, 1}, 7, "A"); /* 3! ; 3! + 2! ; 2! + 1! */
    expect(g, MG_HUB_BOTTLENECK, (double[]){0, 0, 0, 6, 0, 6, 0}, 7, "A");
    expect(g, MG_HUB_ECCENTRICITY, (double[]){1. / 3, 1. / 3, 1. / 3, 1. / 2, 1. / 2, 1. / 2, 1. / 3}, 7, "A");
    expect(g, MG_HUB_CH_CLOSENESS, (double[]){13. / 3, 13. / 3, 13. / 3, 11. / 2, 4, 9. / 2, 3}, 7, "A");
    expect(g, MG_HUB_RADIALITY, (double[]){7. / 3, 7. / 3, 7. / 3, 17. / 6, 7. / 3, 5. / 2, 5. / 3}, 7, "A");
    expect(g, MG_HUB_STRESS, (double[]){0, 0, 0, 9, 0, 5, 0}, 7, "A");
    /* cytoHubba's Betweenness and Degree are ours with --undirected */
    double got[7];
    mg_hub_options o = MG_HUB_OPTIONS_INIT;
    o.undirected = true;
    CHECK(mg_hub_scores(got, NULL, g, MG_HUB_BETWEENNESS, &o) == MG_OK);
    CHECK(got[3] == 9 && got[5] == 5 && got[0] == 0);
    CHECK(mg_hub_scores(got, NULL, g, MG_HUB_DEGREE, &o) == MG_OK);
    CHECK(got[3] == 5 && got[6] == 1);
    /* EPC at the extremes is exact: threshold 0 keeps every edge, 1 removes them all */
    o = (mg_hub_options)MG_HUB_OPTIONS_INIT;
    o.epc_threshold = 0;
    CHECK(mg_hub_scores(got, NULL, g, MG_HUB_EPC, &o) == MG_OK);
    for (int i = 0; i < 7; i++) CHECK(fabs(got[i] - 1000) < 1e-9);
    o.epc_threshold = 1;
    CHECK(mg_hub_scores(got, NULL, g, MG_HUB_EPC, &o) == MG_OK);
    for (int i = 0; i < 7; i++) CHECK(fabs(got[i] - 1000. / 7) < 1e-9);
    /* threshold 0.5: expected 687.5 for node 3, sd of the 1000-run mean about 7 */
    o.epc_threshold = 0.5;
    CHECK(mg_hub_scores(got, NULL, g, MG_HUB_EPC, &o) == MG_OK);
    CHECK(fabs(got[3] - 687.5) < 35 && fabs(got[6] - 404.0179) < 50 && got[3] > got[6]);
    double again[7];
    CHECK(mg_hub_scores(again, NULL, g, MG_HUB_EPC, &o) == MG_OK);
    CHECK(memcmp(got, again, sizeof got) == 0); /* the same seed, the same scores */
    mg_graph_free(g);
}

static void test_graph_b(void)
{
    mg_graph *g = load_undirected(8, graph_b, 6);
    expect(g, MG_HUB_MNC, (double[]){1, 1, 1, 1, 1, 1, 1, 0}, 8, "B");
    expect(g, MG_HUB_DMNC, (double[]){0, 0, 0, 0, 0, 0, 0, 0}, 8, "B");
    /* no triangles: MCC is the degree; the lone node is a clique of one, worth 0! = 1 */
    expect(g, MG_HUB_MCC, (double[]){3, 2, 2, 2, 1, 1, 1, 1}, 8, "B");
    expect(g, MG_HUB_BOTTLENECK, (double[]){4, 3, 2, 3, 0, 1, 1, 0}, 8, "B");
    expect(g, MG_HUB_ECCENTRICITY, (double[]){1. / 2, 1. / 2, 1. / 3, 1. / 2, 1. / 3, 1, 1, 0}, 8, "B");
    expect(g, MG_HUB_CH_CLOSENESS, (double[]){7. / 2, 3, 17. / 6, 3, 7. / 3, 1, 1, 0}, 8, "B");
    expect(g, MG_HUB_RADIALITY, (double[]){11. / 4, 5. / 2, 9. / 4, 5. / 2, 2, 1, 1, 0}, 8, "B");
    expect(g, MG_HUB_STRESS, (double[]){5, 2, 1, 2, 0, 0, 0, 0}, 8, "B");
    double got[8];
    mg_hub_options o = MG_HUB_OPTIONS_INIT;
    o.undirected = true;
    CHECK(mg_hub_scores(got, NULL, g, MG_HUB_BETWEENNESS, &o) == MG_OK);
    CHECK(got[0] == 3.5 && got[1] == 1 && got[2] == 0.5);
    o = (mg_hub_options)MG_HUB_OPTIONS_INIT;
    o.epc_threshold = 0;
    CHECK(mg_hub_scores(got, NULL, g, MG_HUB_EPC, &o) == MG_OK);
    CHECK(got[0] == 625 && got[5] == 250 && got[7] == 125);
    mg_graph_free(g);
}

/* Exclusion, ranking ties by id, sampling, direction, options. */
static void test_api(void)
{
    mg_graph *g = load_undirected(7, graph_a, 10);
    double s[7];
    mg_id order[7];
    mg_hub_options o = MG_HUB_OPTIONS_INIT;
    mg_id three = 3;
    o.exclude = &three;
    o.exclude_count = 1;
    CHECK(mg_hub_scores(s, NULL, g, MG_HUB_MCC, &o) == MG_OK);
    CHECK(isnan(s[3]) && s[0] == 2 && s[4] == 1 && s[5] == 2 && s[6] == 1); /* triangle {0,1,2}; {4,5}; {5,6} */
    CHECK(mg_hub_rank(order, g, s) == MG_OK);
    CHECK(order[0] == 0 && order[1] == 1 && order[2] == 2 && order[3] == 5 && order[6] == 3); /* ties by id, excluded last */

    /* directed degree counts in + out on the simple graph: n0 -> n1, n1 -> n0 twice, n1 -> n1 */
    mg_graph *d = NULL;
    const char *tsv = "n0\tn1\nn1\tn0\nn1\tn0\nn1\tn1\n";
    CHECK(mg_graph_load_buffer(&d, tsv, strlen(tsv), "d.tsv", MG_INPUT_TSV, NULL) == MG_OK);
    o = (mg_hub_options)MG_HUB_OPTIONS_INIT;
    CHECK(mg_hub_scores(s, NULL, d, MG_HUB_DEGREE, &o) == MG_OK);
    CHECK(s[0] == 2 && s[1] == 2);
    o.undirected = true;
    CHECK(mg_hub_scores(s, NULL, d, MG_HUB_DEGREE, &o) == MG_OK);
    CHECK(s[0] == 1 && s[1] == 1);
    mg_graph_free(d);

    bool approx = false;
    o = (mg_hub_options)MG_HUB_OPTIONS_INIT;
    o.samples = 3;
    CHECK(mg_hub_scores(s, &approx, g, MG_HUB_BETWEENNESS, &o) == MG_OK && approx);
    o.samples = 7; /* every node: exact */
    CHECK(mg_hub_scores(s, &approx, g, MG_HUB_STRESS, &o) == MG_OK && !approx && s[3] == 9);

    o = (mg_hub_options)MG_HUB_OPTIONS_INIT;
    o.damping = 1.5;
    CHECK(mg_hub_scores(s, NULL, g, MG_HUB_PAGERANK, &o) == MG_EINVAL);
    mg_hub_metric m;
    CHECK(mg_hub_metric_parse(&m, "pagernk") == MG_EINVAL && strstr(mg_last_error(), "pagerank"));
    CHECK(mg_hub_metric_parse(&m, "cytohubba-closeness") == MG_OK && m == MG_HUB_CH_CLOSENESS);

    /* several metrics in one call equal the same metrics one by one */
    double many_mcc[7], many_degree[7], one[7];
    double *many[] = {many_mcc, many_degree};
    mg_hub_metric which[] = {MG_HUB_MCC, MG_HUB_DEGREE};
    o = (mg_hub_options)MG_HUB_OPTIONS_INIT;
    CHECK(mg_hub_scores_many(many, NULL, g, which, 2, &o) == MG_OK);
    CHECK(mg_hub_scores(one, NULL, g, MG_HUB_MCC, &o) == MG_OK && memcmp(one, many_mcc, sizeof one) == 0);
    CHECK(mg_hub_scores(one, NULL, g, MG_HUB_DEGREE, &o) == MG_OK && memcmp(one, many_degree, sizeof one) == 0);

    /* consensus: the mean rank over its metrics; node 3 leads everything here */
    o = (mg_hub_options)MG_HUB_OPTIONS_INIT;
    CHECK(mg_hub_scores(s, NULL, g, MG_HUB_CONSENSUS, &o) == MG_OK);
    CHECK(mg_hub_rank(order, g, s) == MG_OK && order[0] == 3);
    mg_graph_free(g);
}

/* The shortest-path metrics give the same bits for any number of threads (the sources are cut
 * into pieces by the graph, never by the threads), exact and sampled, directed and not, on the
 * curated graph; and the thread count follows mg_set_threads, then MECHGRAPH_THREADS. */
static void test_threads(void)
{
    mg_graph *g = NULL;
    CHECK(mg_graph_load_default(&g, NULL) == MG_OK);
    if (!g) return;
    size_t n = mg_graph_node_count(g);
    const mg_hub_metric metrics[] = {MG_HUB_BETWEENNESS, MG_HUB_STRESS,       MG_HUB_BOTTLENECK, MG_HUB_HARMONIC,
                                     MG_HUB_CLOSENESS,   MG_HUB_CH_CLOSENESS, MG_HUB_RADIALITY,  MG_HUB_ECCENTRICITY};
    double *one = malloc(n * sizeof *one), *many = malloc(n * sizeof *many);
    for (size_t k = 0; k < sizeof metrics / sizeof *metrics; k++)
        for (int variant = 0; variant < 4; variant++) {
            mg_hub_options o = MG_HUB_OPTIONS_INIT;
            o.undirected = variant & 1;
            o.samples = variant & 2 ? 50 : 0;
            mg_set_threads(1);
            CHECK(mg_hub_scores(one, NULL, g, metrics[k], &o) == MG_OK);
            for (int t = 2; t <= 5; t += 3) {
                mg_set_threads(t);
                CHECK(mg_hub_scores(many, NULL, g, metrics[k], &o) == MG_OK);
                if (memcmp(one, many, n * sizeof *one) != 0) {
                    fprintf(stderr, "%s (variant %d): %d threads differ from 1\n", mg_hub_metric_name(metrics[k]), variant, t);
                    CHECK(false);
                }
            }
        }
    mg_set_threads(3);
    CHECK(mg_threads() == 3);
    mg_set_threads(0);
    setenv("MECHGRAPH_THREADS", "7", 1);
    CHECK(mg_threads() == 7);
    setenv("MECHGRAPH_THREADS", "seven", 1);
    CHECK(mg_threads() >= 1 && mg_threads() <= MG_THREADS_MAX); /* the cores */
    unsetenv("MECHGRAPH_THREADS");
    CHECK(mg_threads_from_text("1") == 1 && mg_threads_from_text("256") == 256);
    CHECK(mg_threads_from_text("0") == 0 && mg_threads_from_text("257") == 0 && mg_threads_from_text("2x") == 0 &&
          mg_threads_from_text("") == 0 && mg_threads_from_text(NULL) == 0 && mg_threads_from_text("-1") == 0);
    free(one);
    free(many);
    mg_graph_free(g);
}

int main(void)
{
    test_threads();
    test_graph_a();
    test_graph_b();
    test_api();
    CHECK_DONE();
}
