/*
 * cmd_render.c - `mechgraph render -o FILE`: the whole network or a part of it (a node's
 * neighbourhood, the paths between two sets, the hubs; within the selection, such as a disease's
 * or a study's mechanisms) drawn through the Graphviz library as DOT, SVG, PNG, PDF or a
 * standalone HTML page.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    bool *nodes, *edges;
    mg_id *emphasis;
    size_t emphasis_count, emphasis_cap;
    bool any; /* some selection option was given */
} selection;

static int add_emphasis(selection *s, mg_id v)
{
    for (size_t i = 0; i < s->emphasis_count; i++)
        if (s->emphasis[i] == v) return 0;
    if (cli_reserve_nodes(&s->emphasis, &s->emphasis_cap, s->emphasis_count + 1)) return EXIT_DATA;
    s->emphasis[s->emphasis_count++] = v;
    return 0;
}

/* For selections made of nodes: every edge between two of them. */
static void mark_edges_between(const mg_graph *g, selection *s, const bool *these)
{
    for (mg_id e = 0; e < mg_graph_edge_count(g); e++) {
        const mg_edge *x = mg_graph_edge(g, e);
        if (these[x->source] && these[x->target]) s->edges[e] = true;
    }
}

/* `q` holds the path options, parsed before the graph was read (usage errors come first). */
static int select_paths(const cli_args *args, const mg_graph *g, selection *s, cli_path_query *q)
{
    mg_path_set *set = NULL;
    int status = cli_path_query_resolve(args, g, q, 2);
    if (!status) {
        if (mg_paths_find(&set, g, q->from, q->from_count, q->to, q->to_count, &q->o)) {
            cli_error("%s", mg_last_error());
            status = EXIT_DATA;
        }
    }
    for (size_t i = 0; !status && i < mg_path_set_count(set); i++) {
        const mg_path *p = mg_path_set_get(set, i);
        for (size_t k = 0; k <= p->length; k++) s->nodes[p->nodes[k]] = true;
        for (size_t k = 0; k < p->hop_start[p->length]; k++) s->edges[p->edges[k]] = true;
    }
    if (!status && set && mg_path_set_truncated(set)) cli_truncated(mg_path_set_truncated(set));
    for (size_t i = 0; !status && i < q->from_count + q->to_count; i++)
        status = add_emphasis(s, i < q->from_count ? q->from[i] : q->to[i - q->from_count]);
    mg_path_set_free(set);
    return status;
}

static int select_focus(const cli_args *args, const mg_graph *g, selection *s, const char *name)
{
    long long depth = 1;
    const char *text = cli_value(args, "depth");
    int status = text ? cli_parse_count(args->command, "depth", text, 0, 1000000, &depth) : 0;
    mg_id v;
    if (status || (status = cli_lookup(g, name, &v))) return status;
    mg_neighborhood nb;
    if (mg_graph_neighborhood(&nb, g, v, (int)depth, MG_DIRECTION_BOTH)) {
        cli_error("%s", mg_last_error());
        return EXIT_DATA;
    }
    bool *these = calloc((size_t)mg_graph_node_count(g) + 1, sizeof *these);
    if (!these) {
        mg_neighborhood_clear(&nb);
        cli_error("out of memory");
        return EXIT_DATA;
    }
    for (size_t i = 0; i < nb.count; i++) these[nb.nodes[i]] = s->nodes[nb.nodes[i]] = true;
    mark_edges_between(g, s, these);
    free(these);
    mg_neighborhood_clear(&nb);
    return add_emphasis(s, v);
}

static int select_hubs(const cli_args *args, const mg_graph *g, selection *s, const char *count_text)
{
    long long top;
    int status = cli_parse_count(args->command, "hubs", count_text, 1, 1000000, &top);
    if (status) return status;
    size_t n = (size_t)mg_graph_node_count(g);
    const char *const *values;
    int nv = cli_values(args, "exclude", &values);
    mg_hub_options o = MG_HUB_OPTIONS_INIT;
    mg_hub_report report;
    const mg_hub_metric consensus = MG_HUB_CONSENSUS;
    cli_hub_sample_large_graph(g, &o); /* the consensus searches from every node */
    mg_id *exclude = NULL;
    if ((status = cli_node_set_outside(g, values, nv, &exclude, &o.exclude_count))) return status;
    o.exclude = exclude;
    double *score = malloc((n + 1) * sizeof *score);
    mg_id *order = malloc((n + 1) * sizeof *order);
    bool *these = calloc(n + 1, sizeof *these);
    if (!score || !order || !these) {
        cli_error("out of memory");
        status = EXIT_DATA;
    } else if (mg_hub_scores_report(&score, &report, g, &consensus, 1, &o) || mg_hub_rank(order, g, score)) {
        cli_error("%s", mg_last_error());
        status = EXIT_DATA;
    } else {
        char why[200];
        if (cli_hub_truncation(why, sizeof why, &report, MG_HUB_MCC, o.clique_budget, o.epc_reductions)) cli_truncated(why);
        for (size_t i = 0; i < n && i < (size_t)top; i++)
            if (score[order[i]] == score[order[i]]) these[order[i]] = s->nodes[order[i]] = true; /* not NaN */
        mark_edges_between(g, s, these);
    }
    free(score);
    free(order);
    free(these);
    free(exclude);
    return status;
}

/* Builds the selection from the options; none means the whole graph. */
static int select_all(const cli_args *args, const mg_graph *g, selection *s, cli_path_query *q,
                      bool types[MG_NODE_TYPE_COUNT], bool have_types)
{
    size_t n = (size_t)mg_graph_node_count(g), m = (size_t)mg_graph_edge_count(g);
    s->nodes = calloc(n + 1, sizeof *s->nodes);
    s->edges = calloc(m + 1, sizeof *s->edges);
    if (!s->nodes || !s->edges) {
        cli_error("out of memory");
        return EXIT_DATA;
    }
    int status = 0;
    const char *text;
    bool path = q != NULL;
    if (!path && args->positional_count) return cli_usage_error(args->command, "FROM and TO need --path");
    if (path && (status = select_paths(args, g, s, q))) return status;
    if ((text = cli_value(args, "focus")) && (status = select_focus(args, g, s, text))) return status;
    /* --context, --study and the other selection options have made `g` the part selected (load.c):
     * the parts below are drawn from it, and without them all of it */
    if ((text = cli_value(args, "hubs")) && (status = select_hubs(args, g, s, text))) return status;
    s->any = path || cli_value(args, "focus") || cli_value(args, "hubs");
    if (!s->any) {
        for (size_t v = 0; v < n; v++) s->nodes[v] = true;
        for (size_t e = 0; e < m; e++) s->edges[e] = true;
    }
    /* --types keeps the nodes of those types (a path search has already used it between its ends) */
    if (have_types && !path)
        for (size_t v = 0; v < n; v++) {
            bool emphasised = false;
            for (size_t i = 0; i < s->emphasis_count; i++) emphasised |= s->emphasis[i] == (mg_id)v;
            if (!types[mg_graph_node(g, (mg_id)v)->type] && !emphasised) s->nodes[v] = false;
        }
    for (size_t v = 0; v < n; v++)
        if (s->nodes[v]) return 0;
    cli_error("the selection is empty: nothing to draw");
    return EXIT_DATA;
}

static int parse_render_options(const cli_args *args, mg_render_options *o, const char **output)
{
    const cli_command *cmd = args->command;
    *o = (mg_render_options)MG_RENDER_OPTIONS_INIT;
    *output = cli_value(args, "output");
    if (!*output) return cli_usage_error(cmd, "-o FILE is required (- for stdout)");
    const char *text;
    if ((text = cli_value(args, "format")) && mg_render_format_parse(&o->format, text))
        return cli_usage_error(cmd, "%s", mg_last_error());
    if (!text && strcmp(*output, "-") == 0) return cli_usage_error(cmd, "writing to stdout needs --format");
    if (!text && mg_render_format_from_path(&o->format, *output)) return cli_usage_error(cmd, "%s", mg_last_error());
    if ((text = cli_value(args, "layout")) && mg_layout_parse(&o->layout, text))
        return cli_usage_error(cmd, "%s", mg_last_error());
    if ((text = cli_value(args, "cluster"))) {
        if (strcasecmp(text, "disease") != 0) return cli_usage_error(cmd, "--cluster takes 'disease', got '%s'", text);
        o->cluster_disease = true;
    }
    o->relation_labels = cli_flag(args, "labels");
    o->legend = !cli_flag(args, "no-legend");
    o->title = cli_value(args, "title");
    if ((text = cli_value(args, "max-edges"))) {
        long long v;
        int status = cli_parse_count(cmd, "max-edges", text, 0, 1LL << 40, &v);
        if (status) return status;
        o->max_edges = (size_t)v;
    }
    return 0;
}

int cmd_render(const cli_args *args)
{
    mg_render_options o;
    const char *output;
    int status = parse_render_options(args, &o, &output);
    if (!status && cli_flag(args, "compare")) return cli_render_compare(args, &o, output);
    bool types[MG_NODE_TYPE_COUNT];
    const char *const *values;
    int nt = cli_values(args, "types", &values);
    if (status || (status = cli_parse_types(args->command, values, nt, types))) return status;
    cli_path_query query = {0}, *q = cli_flag(args, "path") ? &query : NULL;
    if (q && (status = cli_path_query_parse(args, q))) return status;
    mg_graph *g = NULL;
    if ((status = cli_load_graph(args, &g))) return status;
    selection s = {0};
    if (!(status = select_all(args, g, &s, q, types, nt > 0))) {
        o.nodes = s.nodes;
        o.edges = s.edges;
        o.emphasis = s.emphasis;
        o.emphasis_count = s.emphasis_count;
        if (mg_render_file(g, &o, output)) {
            cli_error("unable to render '%s': %s", output, mg_last_error());
            status = EXIT_DATA;
        }
    }
    cli_path_query_free(&query);
    free(s.nodes);
    free(s.edges);
    free(s.emphasis);
    cli_graph_free(g);
    return status;
}
