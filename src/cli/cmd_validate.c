/*
 * cmd_validate.c - `mechgraph validate [FILE...]`: every problem of every file, located; a line
 * per valid file on stdout.
 */
#include "cli.h"

#include <stdint.h>
#include <string.h>

static void json_problems(json_out *j, const mg_diagnostics *diags)
{
    json_key(j, "problems");
    json_begin_array(j);
    for (size_t i = 0; i < mg_diagnostics_count(diags); i++) {
        const mg_diagnostic *d = mg_diagnostics_get(diags, i);
        json_begin_object(j);
        if (d->line > 0) {
            json_kv_int(j, "line", d->line);
            json_kv_int(j, "column", d->column);
        }
        json_kv_string(j, "path", d->path);
        json_kv_string(j, "message", d->message);
        json_end_object(j);
    }
    json_end_array(j);
}

/* Validates one file (NULL: the built-in graph); returns true when valid. */
static bool validate_one(const char *path, bool json, json_out *j)
{
    mg_diagnostics *diags = NULL;
    mg_graph *g = NULL;
    mg_error_t err = mg_diagnostics_new(&diags);
    if (!err) err = path ? mg_graph_load(&g, path, MG_INPUT_AUTO, diags) : mg_graph_load_default(&g, diags);
    const char *name = g ? mg_graph_source(g) : path ? path : "(built-in graph)";
    if (json) {
        json_begin_object(j);
        json_kv_string(j, "file", name);
        json_key(j, "valid");
        json_bool(j, err == MG_OK);
        if (g) {
            json_kv_int(j, "nodes", mg_graph_node_count(g));
            json_kv_int(j, "edges", mg_graph_edge_count(g));
            json_kv_int(j, "references", (long long)mg_graph_reference_count(g));
            json_kv_int(j, "comparisons", (long long)mg_graph_comparison_count(g));
        } else if (!mg_diagnostics_count(diags)) {
            json_kv_string(j, "error", mg_last_error());
        }
        json_problems(j, diags);
        json_end_object(j);
    } else if (g) {
        cli_print_warnings(diags, SIZE_MAX);
        char comparisons[64] = "";
        if (mg_graph_comparison_count(g))
            snprintf(comparisons, sizeof comparisons, ", %zu comparisons", mg_graph_comparison_count(g));
        fprintf(cli_out(), "%s: valid (%lld nodes, %lld edges%s, %zu references)\n", name, (long long)mg_graph_node_count(g),
               (long long)mg_graph_edge_count(g), comparisons, mg_graph_reference_count(g));
    } else {
        cli_print_diagnostics(diags);
        size_t n = mg_diagnostics_count(diags) + mg_diagnostics_dropped(diags);
        if (n) fprintf(cli_out(), "%s: invalid (%zu problem%s)\n", name, n, n == 1 ? "" : "s");
        else {
            cli_error("%s", mg_last_error());
            fprintf(cli_out(), "%s: invalid (unreadable)\n", name);
        }
    }
    mg_graph_free(g);
    mg_diagnostics_free(diags);
    return err == MG_OK;
}

int cmd_validate(const cli_args *args)
{
    bool json = cli_flag(args, "json");
    json_out j;
    int status = cli_stdin_once(args->command, args->positional, args->positional_count);
    if (status) return status;
    if (json) {
        cli_json_begin(&j, "mechgraph-validation-1");
        json_key(&j, "files");
        json_begin_array(&j);
    }
    bool all_valid = true;
    if (args->positional_count == 0) {
        /* each --graph on its own (several are merged by other commands, checked one by one here) */
        const char *const *graphs;
        int n = cli_values(args, "graph", &graphs);
        if (n == 0) all_valid = validate_one(NULL, json, &j);
        for (int i = 0; i < n; i++)
            all_valid = validate_one(strcmp(graphs[i], CLI_BUILTIN_GRAPH) == 0 ? NULL : graphs[i], json, &j) && all_valid;
    }
    for (int i = 0; i < args->positional_count; i++) all_valid = validate_one(args->positional[i], json, &j) && all_valid;
    if (json) {
        json_end_array(&j);
        json_key(&j, "valid");
        json_bool(&j, all_valid);
        json_end_object(&j);
        json_finish(&j);
    }
    return all_valid ? 0 : EXIT_DATA;
}
