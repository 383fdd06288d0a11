/*
 * load.c - the graph every command reads: the built-in graph, one --graph FILE as --from and
 * --columns say, or several merged (their sign conflicts and issues printed as warnings), with
 * every problem a reader found. cmd_merge.c uses the same loading and merging.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cli_load_graph(const cli_args *args, mg_graph **graph)
{
    mg_load_options options;
    int status = cli_load_options(args, &options);
    if (status) return status;
    const char *const *paths;
    int n = cli_values(args, "graph", &paths);
    if ((options.format != MG_INPUT_AUTO || options.columns) && !n)
        return cli_usage_error(args->command, "--%s reads --graph FILE: give one",
                               options.columns ? "columns" : "from (--graph-format)");
    /* several --graph: one graph, merged */
    if (n > 1) return cli_load_merged(paths, n, &options, graph);
    return cli_load_file(n ? paths[0] : NULL, &options, graph);
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
        if (mg_diagnostics_count(diags)) cli_error("unable to load '%s'", path ? path : "(built-in graph)");
    }
    mg_diagnostics_free(diags);
    return err ? EXIT_DATA : 0;
}

/* Warnings of each kind printed by commands other than merge, which lists them all. */
#define WARNINGS_SHOWN 10

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
        fputs("mechgraph: warning: sign conflict: ", stderr);
        cli_print_conflict(stderr, *graph, mg_merge_report_conflict(r, i));
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
