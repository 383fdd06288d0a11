/*
 * cmd_hubs.c - `mechgraph hubs`: the nodes central to the mechanisms, by one metric, by the
 * consensus of several (the default), or by several side by side.
 */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_METRICS 24

typedef struct {
    mg_hub_metric metric[MAX_METRICS];
    size_t count;
    double *score[MAX_METRICS];
    mg_id *order;      /* by the first metric */
    mg_id *rank_of[MAX_METRICS]; /* rank (1-based) of each node by each metric */
    double *degree;
    mg_hub_report report;
    size_t samples, clique_budget, epc_budget, epc_reductions; /* what the report's figures are out of */
} hub_table;

static int parse_metrics(const cli_command *cmd, const char *list, hub_table *t)
{
    /* every item is a metric: '' would leave no metric to rank by, so it is refused like 'a,' */
    for (const char *p = list;; p++) {
        size_t len = strcspn(p, ",");
        char word[64];
        if (len >= sizeof word) return cli_usage_error(cmd, "invalid metric list '%s'", list);
        memcpy(word, p, len);
        word[len] = '\0';
        if (t->count == MAX_METRICS) return cli_usage_error(cmd, "at most %d metrics", MAX_METRICS);
        if (!len || mg_hub_metric_parse(&t->metric[t->count], word)) {
            if (len) cli_usage_error(cmd, "%s", mg_last_error());
            else cli_usage_error(cmd, "empty metric in the list '%s'", list);
            fputs("metrics:", cli_err());
            for (int k = 0; k < MG_HUB_METRIC_COUNT; k++) fprintf(cli_err(), " %s", mg_hub_metric_name((mg_hub_metric)k));
            fputc('\n', cli_err());
            return EXIT_USAGE;
        }
        t->count++;
        p += len;
        if (!*p) break;
    }
    return 0;
}

static int parse_real(const cli_command *cmd, const char *option, const char *text, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(text, &end);
    if (errno || end == text || *end || !isfinite(v)) return cli_usage_error(cmd, "--%s expects a number, got '%s'", option, text);
    *out = v;
    return 0;
}

static int parse_options(const cli_args *args, hub_table *t, mg_hub_options *o, long long *top)
{
    const cli_command *cmd = args->command;
    const char *text;
    long long v;
    int status = 0;
    *o = (mg_hub_options)MG_HUB_OPTIONS_INIT;
    const char *one = cli_value(args, "metric"), *many = cli_value(args, "metrics");
    if (one && many) return cli_usage_error(cmd, "--metric and --metrics exclude each other");
    if ((status = parse_metrics(cmd, one ? one : many ? many : "consensus", t))) return status;
    *top = 20;
    if ((text = cli_value(args, "top")) && (status = cli_parse_count(cmd, "top", text, 0, 1LL << 40, top))) return status;
    if ((text = cli_value(args, "samples"))) {
        if ((status = cli_parse_count(cmd, "samples", text, 0, 1LL << 40, &v))) return status;
        o->samples = (size_t)v;
    }
    if ((text = cli_value(args, "seed"))) {
        if ((status = cli_parse_count(cmd, "seed", text, 0, 1LL << 62, &v))) return status;
        o->seed = (uint64_t)v;
    }
    if ((text = cli_value(args, "damping"))) {
        if ((status = parse_real(cmd, "damping", text, &o->damping))) return status;
        if (!(o->damping > 0 && o->damping < 1)) return cli_usage_error(cmd, "--damping must be between 0 and 1, got '%s'", text);
    }
    if ((text = cli_value(args, "clique-budget"))) {
        if ((status = cli_parse_count(cmd, "clique-budget", text, 0, LLONG_MAX, &v))) return status;
        o->clique_budget = (size_t)v;
    }
    if ((text = cli_value(args, "epc-budget"))) {
        double x = 0;
        if ((status = parse_real(cmd, "epc-budget", text, &x))) return status;
        if (x < 0 || x > 1e18 || x != (double)(long long)x)
            return cli_usage_error(cmd, "--epc-budget expects a whole number from 0 to 1e18, got '%s'", text);
        o->epc_budget = (size_t)x;
    }
    o->undirected = cli_flag(args, "undirected");
    o->weighted = cli_flag(args, "weighted");
    return 0;
}

static void free_table(hub_table *t)
{
    for (size_t k = 0; k < t->count; k++) {
        free(t->score[k]);
        free(t->rank_of[k]);
    }
    free(t->order);
    free(t->degree);
}

/* The metrics and the degree column in one call, so the simple graph is built once. */
static int compute(const mg_graph *g, hub_table *t, const mg_hub_options *o)
{
    size_t n = (size_t)mg_graph_node_count(g);
    double *all[MAX_METRICS + 1];
    mg_hub_metric metrics[MAX_METRICS + 1];
    t->degree = malloc((n + 1) * sizeof *t->degree);
    t->order = malloc((n + 1) * sizeof *t->order);
    bool ok = t->degree && t->order;
    for (size_t k = 0; k < t->count; k++) {
        t->score[k] = malloc((n + 1) * sizeof *t->score[k]);
        t->rank_of[k] = malloc((n + 1) * sizeof *t->rank_of[k]);
        ok = ok && t->score[k] && t->rank_of[k];
        all[k] = t->score[k];
        metrics[k] = t->metric[k];
    }
    if (!ok) {
        cli_error("out of memory");
        return EXIT_DATA;
    }
    all[t->count] = t->degree;
    metrics[t->count] = MG_HUB_DEGREE;
    t->samples = o->samples;
    t->clique_budget = o->clique_budget;
    t->epc_budget = o->epc_budget;
    t->epc_reductions = o->epc_reductions;
    if (mg_hub_scores_report(all, &t->report, g, metrics, t->count + 1, o)) {
        cli_error("%s", mg_last_error());
        return EXIT_DATA;
    }
    /* rank by each metric; the order of the first is the table's */
    for (size_t k = t->count; k-- > 0;) {
        mg_hub_rank(t->order, g, t->score[k]);
        for (size_t i = 0; i < n; i++) t->rank_of[k][t->order[i]] = (mg_id)(i + 1);
    }
    return 0;
}

/* The consensus score is a negated mean rank (so that higher ranks first); users read the rank. */
static double shown(mg_hub_metric m, double score) { return m == MG_HUB_CONSENSUS ? -score : score; }

/* The nodes listed, in rank order: scored (not excluded), of a wanted type, the `top` first
 * (all when 0). Returns their count; `out` has node_count entries. */
static size_t listed(const mg_graph *g, const hub_table *t, const bool types[MG_NODE_TYPE_COUNT], size_t top, mg_id *out)
{
    size_t n = (size_t)mg_graph_node_count(g), count = 0;
    for (size_t i = 0; i < n && (top == 0 || count < top); i++) {
        mg_id v = t->order[i];
        if (!isnan(t->score[0][v]) && types[mg_graph_node(g, v)->type]) out[count++] = v;
    }
    return count;
}

static void print_text(const mg_graph *g, const hub_table *t, const mg_id *list, size_t count)
{
    if (t->metric[0] == MG_HUB_CONSENSUS) {
        size_t nmetrics;
        const mg_hub_metric *metrics = mg_hub_consensus_metrics(&nmetrics);
        fprintf(cli_out(), "hubs by consensus: mean rank over");
        for (size_t i = 0; i < nmetrics; i++) fprintf(cli_out(), "%s %s", i ? "," : "", mg_hub_metric_name(metrics[i]));
        fprintf(cli_out(), "\n");
    } else {
        fprintf(cli_out(), "hubs by %s: %s\n", mg_hub_metric_name(t->metric[0]), mg_hub_metric_description(t->metric[0]));
    }
    if (t->report.sampled)
        fprintf(cli_out(), "approximate: shortest-path metrics from %zu sampled sources (see docs/hubs.md)\n", t->samples);
    fprintf(cli_out(), "\n");
    /* the degree column is there to put a score in context; a degree ranking needs it once */
    bool degree_column = t->metric[0] != MG_HUB_DEGREE;
    cli_table tab;
    cli_table_init(&tab, (int)(3 + t->count + degree_column));
    cli_table_add(&tab, "rank");
    cli_table_add(&tab, "node");
    cli_table_add(&tab, "type");
    for (size_t k = 0; k < t->count; k++)
        cli_table_add(&tab, t->metric[k] == MG_HUB_CONSENSUS ? "mean rank" : mg_hub_metric_name(t->metric[k]));
    if (degree_column) cli_table_add(&tab, "degree");
    for (size_t i = 0; i < count; i++) {
        mg_id v = list[i];
        const mg_node *node = mg_graph_node(g, v);
        cli_table_addf(&tab, "%zu", i + 1);
        cli_table_add(&tab, cli_node_name(g, v));
        cli_table_add(&tab, mg_node_type_name(node->type));
        for (size_t k = 0; k < t->count; k++) {
            if (k == 0) cli_table_addf(&tab, "%.6g", shown(t->metric[k], t->score[k][v]));
            else cli_table_addf(&tab, "%.6g (#%lld)", shown(t->metric[k], t->score[k][v]), (long long)t->rank_of[k][v]);
        }
        if (degree_column) cli_table_addf(&tab, "%.0f", t->degree[v]);
    }
    cli_table_print(&tab, cli_out(), "");
    cli_table_free(&tab);
}

static void print_json(const mg_graph *g, const hub_table *t, const mg_id *list, size_t count)
{
    json_out j;
    cli_json_begin(&j, "mechgraph-hubs-1");
    cli_json_selection(&j);
    json_kv_string(&j, "metric", mg_hub_metric_name(t->metric[0]));
    if (t->count > 1) {
        json_key(&j, "metrics");
        json_begin_array(&j);
        for (size_t k = 0; k < t->count; k++) json_string(&j, mg_hub_metric_name(t->metric[k]));
        json_end_array(&j);
    }
    json_key(&j, "higher_is_better");
    json_bool(&j, t->metric[0] != MG_HUB_CONSENSUS);
    json_key(&j, "approximate");
    json_bool(&j, t->report.sampled || t->report.cliques_cut || t->report.epc_cut);
    char why[2][200];
    json_key(&j, "truncated");
    json_begin_object(&j);
    json_kv_string(&j, "mcc", cli_hub_truncation(why[0], sizeof why[0], &t->report, MG_HUB_MCC, t->clique_budget, t->epc_reductions));
    json_kv_string(&j, "epc", cli_hub_truncation(why[1], sizeof why[1], &t->report, MG_HUB_EPC, t->epc_budget, t->epc_reductions));
    json_end_object(&j);
    json_key(&j, "nodes");
    json_begin_array(&j);
    for (size_t i = 0; i < count; i++) {
        mg_id v = list[i];
        const mg_node *node = mg_graph_node(g, v);
        json_begin_object(&j);
        json_kv_int(&j, "rank", (long long)(i + 1));
        json_kv_string(&j, "id", node->id);
        json_kv_string(&j, "type", mg_node_type_name(node->type));
        json_key(&j, "score");
        json_double(&j, shown(t->metric[0], t->score[0][v]));
        json_kv_int(&j, "degree", (long long)t->degree[v]);
        if (t->count > 1) {
            json_key(&j, "scores");
            json_begin_object(&j);
            for (size_t k = 0; k < t->count; k++) {
                json_key(&j, mg_hub_metric_name(t->metric[k]));
                json_double(&j, shown(t->metric[k], t->score[k][v]));
            }
            json_end_object(&j);
        }
        json_end_object(&j);
    }
    json_end_array(&j);
    json_end_object(&j);
    json_finish(&j);
}

/* Above this many node-edge products, exact shortest-path metrics take more than about ten
 * seconds (a search per node): unless the user says, they are sampled, and the user told so. */
#define EXACT_WORK_MAX 2e9
#define DEFAULT_SAMPLES 256

const char *cli_hub_truncation(char *buf, size_t size, const mg_hub_report *r, mg_hub_metric metric, size_t budget,
                               size_t reductions)
{
    if (metric == MG_HUB_MCC && r->cliques_cut)
        snprintf(buf, size, "mcc: the clique search stopped after %zu maximal cliques (--clique-budget); the scores "
                            "count the cliques found by then", budget);
    else if (metric == MG_HUB_EPC && r->epc_cut)
        snprintf(buf, size, "epc: %zu of %zu reductions fit in the budget of %zu steps (--epc-budget); the scores are "
                            "scaled to %zu", r->epc_reductions, reductions, budget, reductions);
    else
        return NULL;
    return buf;
}

bool cli_hub_metric_searches(mg_hub_metric m)
{
    return m == MG_HUB_CONSENSUS || m == MG_HUB_BETWEENNESS || m == MG_HUB_HARMONIC || m == MG_HUB_STRESS ||
           m == MG_HUB_BOTTLENECK || m == MG_HUB_ECCENTRICITY || m == MG_HUB_CH_CLOSENESS || m == MG_HUB_RADIALITY;
}

void cli_hub_sample_large_graph(const mg_graph *g, mg_hub_options *o)
{
    double work = (double)mg_graph_node_count(g) * (double)mg_graph_edge_count(g);
    if (work <= EXACT_WORK_MAX || o->samples) return;
    o->samples = DEFAULT_SAMPLES;
    fprintf(cli_err(),
            "mechgraph: note: a large graph (%lld nodes, %lld edges): shortest-path metrics from %d sampled sources "
            "(--samples N to choose, --samples 0 for exact)\n",
            (long long)mg_graph_node_count(g), (long long)mg_graph_edge_count(g), DEFAULT_SAMPLES);
}

int cmd_hubs(const cli_args *args)
{
    hub_table t = {0};
    mg_hub_options o;
    long long top;
    bool types[MG_NODE_TYPE_COUNT];
    const char *const *values;
    int n = cli_values(args, "type", &values);
    int status = parse_options(args, &t, &o, &top);
    if (status || (status = cli_parse_types(args->command, values, n, types))) return status;
    mg_graph *g = NULL;
    if ((status = cli_load_graph(args, &g))) return status;
    bool shortest = false;
    for (size_t k = 0; k < t.count; k++) shortest = shortest || cli_hub_metric_searches(t.metric[k]);
    if (shortest && !cli_value(args, "samples")) cli_hub_sample_large_graph(g, &o);
    mg_id *exclude = NULL;
    n = cli_values(args, "exclude", &values);
    if (!(status = cli_node_set_outside(g, values, n, &exclude, &o.exclude_count))) {
        o.exclude = exclude;
        mg_id *list = malloc(((size_t)mg_graph_node_count(g) + 1) * sizeof *list);
        if (!list) {
            cli_error("out of memory");
            status = EXIT_DATA;
        } else if (!(status = compute(g, &t, &o))) {
            size_t count = listed(g, &t, types, (size_t)top, list);
            if (cli_flag(args, "json")) {
                print_json(g, &t, list, count);
            } else {
                print_text(g, &t, list, count);
                char why[200];
                if (cli_hub_truncation(why, sizeof why, &t.report, MG_HUB_MCC, t.clique_budget, t.epc_reductions))
                    cli_truncated(why);
                if (cli_hub_truncation(why, sizeof why, &t.report, MG_HUB_EPC, t.epc_budget, t.epc_reductions))
                    cli_truncated(why);
            }
        }
        free(list);
    }
    free_table(&t);
    free(exclude);
    cli_graph_free(g);
    return status;
}
