/*
 * load.c - the graph every command reads: the built-in graph, one --graph FILE as --from and
 * --columns say, or several merged (their sign conflicts and issues printed as warnings), with
 * every problem a reader found; then the selection (--context, --organism ...), applied here once
 * for every command, which keeps the whole graph to say when a name is outside the selection.
 * cmd_merge.c uses the same loading, merging and selection.
 */
#include "cli.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Warnings of each kind printed by commands other than merge (and validate), which list them all. */
#define WARNINGS_SHOWN 10

/* The selection of this run: its options as given, and the whole graph it was made from. Per
 * thread, as the lent graph below, so that mg_cli_run (embed.c) runs commands in parallel. */
static _Thread_local struct {
    bool active;
    mg_select_options o;
    mg_graph *whole;
    char text[1024]; /* "--context 'skin wound' --organism rat", as the user wrote it */
    mg_id nodes, edges;
} selection;

static void describe(void)
{
    const mg_select_options *o = &selection.o;
    const char *names[] = {"context", "organism", "system", "cell", "study", "review"};
    const char *values[] = {o->context, o->organism, o->system, o->cell, o->study, o->review};
    size_t len = 0, size = sizeof selection.text;
    char *t = selection.text;
    t[0] = '\0';
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (values[i] && len < size)
            len += (size_t)snprintf(t + len, size - len, "%s--%s '%s'", len ? " " : "", names[i], values[i]);
    if (o->min_studies && len < size)
        len += (size_t)snprintf(t + len, size - len, "%s--min-studies %zu", len ? " " : "", o->min_studies);
    if (o->no_cautioned && len < size) snprintf(t + len, size - len, "%s--no-cautioned", len ? " " : "");
}

/* A graph the host lent (cli_lend_graph), and the whole graph it was selected from. */
static _Thread_local struct {
    const mg_graph *graph, *whole;
} lent;

void cli_lend_graph(const mg_graph *graph, const mg_graph *whole)
{
    lent.graph = graph;
    lent.whole = whole;
}

void cli_graph_free(mg_graph *graph)
{
    if (graph && graph != lent.graph && graph != lent.whole) mg_graph_free(graph);
}

/* Reads the selection options; a bad --min-studies is a usage error. */
static int parse_selection(const cli_args *args, mg_select_options *o)
{
    *o = (mg_select_options)MG_SELECT_OPTIONS_INIT;
    /* compare's --context is its own (the disease, model, organism, cells or system of a
     * comparison's evidence, cmd_compare.c), not a disease selection */
    if (strcmp(args->command->name, "compare") != 0) o->context = cli_value(args, "context");
    o->organism = cli_value(args, "organism");
    o->system = cli_value(args, "system");
    o->cell = cli_value(args, "cell");
    o->study = cli_value(args, "study");
    o->review = cli_value(args, "review");
    o->no_cautioned = cli_flag(args, "no-cautioned");
    const char *text = cli_value(args, "min-studies");
    if (text) {
        long long n;
        int status = cli_parse_count(args->command, "min-studies", text, 0, LLONG_MAX, &n);
        if (status) return status;
        o->min_studies = (size_t)n;
    }
    return 0;
}

int cli_select(const cli_args *args, mg_graph **graph)
{
    mg_select_options o;
    int status = parse_selection(args, &o);
    if (status || !mg_select_options_any(&o)) return status;
    mg_graph *part = NULL;
    if (mg_graph_select(&part, *graph, &o)) {
        cli_error("%s", mg_last_error());
        return EXIT_DATA;
    }
    selection.o = o;
    describe();
    if (!mg_graph_edge_count(part) && !mg_graph_comparison_count(part)) {
        mg_graph_free(part);
        cli_error("the selection is empty: no edge is left with %s", selection.text);
        return EXIT_DATA;
    }
    selection.active = true;
    selection.whole = *graph;
    selection.nodes = mg_graph_node_count(part);
    selection.edges = mg_graph_edge_count(part);
    fprintf(cli_err(), "mechgraph: selection %s: %lld of %lld edges, %lld of %lld nodes", selection.text,
            (long long)selection.edges, (long long)mg_graph_edge_count(*graph), (long long)selection.nodes,
            (long long)mg_graph_node_count(*graph));
    if (mg_graph_comparison_count(*graph)) /* said only where there are some: most graphs have none */
        fprintf(cli_err(), ", %zu of %zu comparisons", mg_graph_comparison_count(part), mg_graph_comparison_count(*graph));
    fputc('\n', cli_err());
    *graph = part;
    return 0;
}

/* The selection of the lent graph, made by the host beforehand: described as cli_select would. */
static int lent_selection(const cli_args *args)
{
    mg_select_options o;
    int status = parse_selection(args, &o);
    if (status || !mg_select_options_any(&o)) return status;
    selection.o = o;
    describe();
    selection.active = true;
    selection.whole = (mg_graph *)lent.whole; /* never freed: cli_graph_free knows it */
    selection.nodes = mg_graph_node_count(lent.graph);
    selection.edges = mg_graph_edge_count(lent.graph);
    fprintf(cli_err(), "mechgraph: selection %s: %lld of %lld edges, %lld of %lld nodes\n", selection.text,
            (long long)selection.edges, (long long)mg_graph_edge_count(lent.whole), (long long)selection.nodes,
            (long long)mg_graph_node_count(lent.whole));
    return 0;
}

void cli_selection_release(void)
{
    cli_graph_free(selection.whole);
    memset(&selection, 0, sizeof selection);
}

bool cli_selection_lacks(const mg_graph *graph, const char *name)
{
    if (!selection.active) return false;
    mg_lookup_result r = MG_LOOKUP_RESULT_INIT;
    mg_error_t in_part = mg_graph_lookup(graph, name, &r);
    mg_error_t in_whole = in_part == MG_ENOTFOUND ? mg_graph_lookup(selection.whole, name, &r) : MG_ENOTFOUND;
    mg_lookup_result_clear(&r);
    return in_part == MG_ENOTFOUND && (in_whole == MG_OK || in_whole == MG_EAMBIGUOUS);
}

bool cli_selection_explain(const mg_graph *graph, const char *name)
{
    if (!cli_selection_lacks(graph, name)) return false;
    cli_error("'%s' has no evidence in the selection (%s)", name, selection.text);
    return true;
}

void cli_json_selection(json_out *j)
{
    if (!selection.active) return;
    const mg_select_options *o = &selection.o;
    json_key(j, "selection");
    json_begin_object(j);
    json_kv_string(j, "context", o->context);
    json_kv_string(j, "organism", o->organism);
    json_kv_string(j, "system", o->system);
    json_kv_string(j, "cell", o->cell);
    json_kv_string(j, "study", o->study);
    json_kv_string(j, "review", o->review);
    if (o->min_studies) json_kv_int(j, "min_studies", (long long)o->min_studies);
    if (o->no_cautioned) {
        json_key(j, "no_cautioned");
        json_bool(j, true);
    }
    json_kv_int(j, "edges", selection.edges);
    json_kv_int(j, "nodes", selection.nodes);
    json_kv_int(j, "of_edges", mg_graph_edge_count(selection.whole));
    json_kv_int(j, "of_nodes", mg_graph_node_count(selection.whole));
    json_end_object(j);
}

int cli_load_graph(const cli_args *args, mg_graph **graph)
{
    mg_load_options options;
    mg_select_options select;
    int status = cli_load_options(args, &options);
    if (status || (status = parse_selection(args, &select))) return status; /* usage errors first */
    const char *const *paths;
    int n = cli_values(args, "graph", &paths);
    if ((options.format != MG_INPUT_AUTO || options.columns) && !n)
        return cli_usage_error(args->command, "--%s reads --graph FILE: give one",
                               options.columns ? "columns" : "from (--graph-format)");
    if ((status = cli_stdin_once(args->command, paths, n))) return status;
    if (!n && lent.graph) {
        /* the host's graph, loaded once for many commands; its selection is made already */
        *graph = (mg_graph *)lent.graph; /* read only: commands never change the graph they read */
        if (lent.whole) return lent_selection(args);
    } else {
        /* several --graph: one graph, merged */
        status = n > 1 ? cli_load_merged(paths, n, &options, graph) : cli_load_file(n ? paths[0] : NULL, &options, graph);
    }
    if (!status && (status = cli_select(args, graph))) {
        cli_graph_free(*graph);
        *graph = NULL;
    }
    return status;
}

int cli_stdin_once(const cli_command *cmd, const char *const *paths, int n)
{
    int stdin_count = 0;
    for (int i = 0; i < n; i++) stdin_count += strcmp(paths[i], "-") == 0;
    return stdin_count > 1 ? cli_usage_error(cmd, "standard input ('-') can be read only once") : 0;
}

int cli_load_options(const cli_args *args, mg_load_options *options)
{
    *options = (mg_load_options)MG_LOAD_OPTIONS_INIT;
    const char *from = cli_global_value(args, "from");
    if (!from) from = cli_value(args, "graph-format");
    options->columns = cli_value(args, "columns");
    if (from && mg_input_format_parse(&options->format, from))
        return cli_usage_error(args->command, "%s", mg_last_error());
    if (mg_load_columns_check(options->columns)) return cli_usage_error(args->command, "%s", mg_last_error());
    return 0;
}

int cli_load_file(const char *path, const mg_load_options *options, mg_graph **graph)
{
    if (path && strcmp(path, CLI_BUILTIN_GRAPH) == 0) path = NULL;
    mg_diagnostics *diags = NULL;
    if (mg_diagnostics_new(&diags)) {
        cli_error("out of memory");
        return EXIT_DATA;
    }
    mg_error_t err = path ? mg_graph_load_with(graph, path, options, diags) : mg_graph_load_default(graph, diags);
    if (err) {
        if (mg_diagnostics_count(diags)) cli_print_diagnostics(diags);
        else cli_error("%s", mg_last_error());
        if (mg_diagnostics_count(diags))
            cli_error("unable to load '%s'", !path ? "(built-in graph)" : strcmp(path, "-") == 0 ? MG_STDIN_NAME : path);
    } else if (mg_diagnostics_count(diags)) {
        cli_print_warnings(diags, WARNINGS_SHOWN); /* what the reader skipped, and where */
    }
    mg_diagnostics_free(diags);
    return err ? EXIT_DATA : 0;
}

static void free_all(mg_graph **graphs, int n)
{
    for (int i = 0; graphs && i < n; i++) mg_graph_free(graphs[i]);
    free(graphs);
}

/* Loads and merges; prints load and merge failures. Returns 0 or EXIT_DATA. */
int cli_load_and_merge(const char *const *paths, int n, const mg_load_options *load, const mg_merge_options *options,
                          mg_graph **out, mg_merge_report **report)
{
    mg_graph **graphs = calloc((size_t)n, sizeof *graphs);
    if (!graphs) {
        cli_error("out of memory");
        return EXIT_DATA;
    }
    int status = 0;
    for (int i = 0; i < n && !status; i++) status = cli_load_file(paths[i], load, &graphs[i]);
    if (!status && mg_graph_merge(out, report, (const mg_graph *const *)graphs, (size_t)n, options)) {
        cli_error("unable to merge the graphs: %s", mg_last_error());
        status = EXIT_DATA;
    }
    /* the merged graph holds copies: the inputs can go before the command runs */
    free_all(graphs, n);
    return status;
}

/* "SP1 -> SPHK1: upregulates in 'a.json', inhibits in 'b.json'" */
void cli_print_conflict(FILE *f, const mg_graph *g, const mg_merge_sign_conflict *c)
{
    const mg_edge *p = mg_graph_edge(g, c->positive), *q = mg_graph_edge(g, c->negative);
    fprintf(f, "%s -> %s: %s in '%s', %s in '%s'\n", mg_graph_node(g, c->source)->id, mg_graph_node(g, c->target)->id,
            mg_relation_name(p->relation), p->origin, mg_relation_name(q->relation), q->origin);
}

int cli_load_merged(const char *const *paths, int n, const mg_load_options *load, mg_graph **graph)
{
    mg_merge_report *r = NULL;
    int status = cli_load_and_merge(paths, n, load, NULL, graph, &r);
    if (status) return status;
    size_t conflicts = mg_merge_report_conflict_count(r), issues = mg_merge_report_issue_count(r);
    for (size_t i = 0; i < conflicts && i < WARNINGS_SHOWN; i++) {
        fputs("mechgraph: warning: sign conflict: ", cli_err());
        cli_print_conflict(cli_err(), *graph, mg_merge_report_conflict(r, i));
    }
    if (conflicts > WARNINGS_SHOWN)
        cli_error("warning: %zu more sign conflicts ('mechgraph merge' lists them all)", conflicts - WARNINGS_SHOWN);
    for (size_t i = 0; i < issues && i < WARNINGS_SHOWN; i++)
        cli_error("warning: %s", mg_merge_report_issue(r, i)->message);
    if (issues > WARNINGS_SHOWN)
        cli_error("warning: %zu more merge issues ('mechgraph merge' lists them all)", issues - WARNINGS_SHOWN);
    mg_merge_report_free(r);
    return 0;
}
