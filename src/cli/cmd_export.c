/*
 * cmd_export.c - `mechgraph export -o FILE`: the graph for Cytoscape, Gephi, networkx, Neo4j and
 * PathLinker's neighbours, in the format the file name (or --to) asks for.
 */
#include "cli.h"

#include <string.h>

void cli_warn_lost_comparisons(const mg_graph *g, mg_export_format format)
{
    size_t n = mg_graph_comparison_count(g);
    /* the library never prints: what a format cannot hold is said here, once, not per record */
    if (n && !mg_export_keeps_comparisons(format))
        cli_error("warning: %s keeps no comparisons: %zu comparison%s left out (json, graphml and cyjs keep them)",
                  mg_export_format_name(format), n, n == 1 ? "" : "s");
}

int cmd_export(const cli_args *args)
{
    const char *output = cli_value(args, "output"), *to = cli_value(args, "to");
    if (!output) return cli_usage_error(args->command, "-o FILE is required (- for stdout; a directory for neo4j)");
    mg_export_format f = MG_EXPORT_JSON; /* stdout without --to: mechgraph-1 JSON, as merge writes */
    bool by_name = !to && strcmp(output, "-") != 0;
    if (to ? mg_export_format_parse(&f, to) : by_name && mg_export_format_from_path(&f, output))
        return cli_usage_error(args->command, "%s", mg_last_error());
    mg_graph *g = NULL;
    int status = cli_load_graph(args, &g);
    if (status) return status;
    if (mg_export(g, f, output)) {
        cli_error("unable to export to '%s': %s", output, mg_last_error());
        status = EXIT_DATA;
    } else {
        cli_warn_lost_comparisons(g, f);
    }
    cli_graph_free(g);
    return status;
}
