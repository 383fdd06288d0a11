/*
 * cmd_merge.c - `mechgraph merge A B [C ...] -o OUT`: several graphs as one, written through the
 * export machinery, with a report of the nodes aligned, the sign conflicts and the issues (the
 * loading and merging itself is load.c's, which every command's several --graph go through).
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* `g` the merged graph the report's indices refer to; `written` what was written (the selection). */
static void print_report(FILE *f, const mg_graph *g, const mg_graph *written, const mg_merge_report *r, int inputs,
                         const char *output)
{
    size_t by[3], aligned = 0;
    for (int k = 0; k < 3; k++) aligned += by[k] = mg_merge_report_aligned(r, (mg_align_rule)k);
    size_t conflicts = mg_merge_report_conflict_count(r), issues = mg_merge_report_issue_count(r);
    fprintf(f, "merged %d graphs into %s: %lld nodes (%zu aligned: %zu by id, %zu by xref, %zu by name", inputs,
            strcmp(output, "-") == 0 ? "standard output" : output, (long long)mg_graph_node_count(written), aligned, by[0],
            by[1], by[2]);
    if (mg_merge_report_dropped(r)) fprintf(f, "; %zu left out", mg_merge_report_dropped(r));
    fprintf(f, "), %lld edges; %zu sign conflict%s, %zu issue%s\n", (long long)mg_graph_edge_count(written), conflicts,
            conflicts == 1 ? "" : "s", issues, issues == 1 ? "" : "s");
    for (size_t i = 0; i < conflicts; i++) {
        fputs("sign conflict: ", f);
        cli_print_conflict(f, g, mg_merge_report_conflict(r, i));
    }
    for (size_t i = 0; i < issues; i++) {
        const mg_merge_issue *x = mg_merge_report_issue(r, i);
        fprintf(f, "%s: %s\n", mg_merge_issue_kind_name(x->kind), x->message);
    }
}

static void json_side(json_out *j, const char *key, const mg_edge *e)
{
    json_key(j, key);
    json_begin_object(j);
    json_kv_string(j, "relation", mg_relation_name(e->relation));
    json_kv_string(j, "origin", e->origin);
    json_end_object(j);
}

static void print_json(const mg_graph *g, const mg_graph *written, const mg_merge_report *r, const char *const *paths,
                       int n, const char *output, mg_export_format format)
{
    json_out j;
    cli_json_begin(&j, "mechgraph-merge-1");
    cli_json_selection(&j);
    json_kv_string(&j, "output", output);
    json_kv_string(&j, "format", mg_export_format_name(format));
    json_key(&j, "inputs");
    json_begin_array(&j);
    for (int i = 0; i < n; i++) json_string(&j, paths[i]);
    json_end_array(&j);
    json_kv_int(&j, "nodes", mg_graph_node_count(written));
    json_kv_int(&j, "edges", mg_graph_edge_count(written));
    json_kv_int(&j, "references", (long long)mg_graph_reference_count(written));
    json_key(&j, "aligned");
    json_begin_object(&j);
    for (int k = 0; k < 3; k++) json_kv_int(&j, mg_align_rule_name((mg_align_rule)k), (long long)mg_merge_report_aligned(r, (mg_align_rule)k));
    json_end_object(&j);
    json_kv_int(&j, "left_out", (long long)mg_merge_report_dropped(r));
    json_key(&j, "alignments");
    json_begin_array(&j);
    for (size_t i = 0; i < mg_merge_report_alignment_count(r); i++) {
        const mg_merge_alignment *a = mg_merge_report_alignment(r, i);
        json_begin_object(&j);
        json_kv_string(&j, "rule", mg_align_rule_name(a->rule));
        json_kv_string(&j, "node", mg_graph_node(g, a->node)->id);
        json_kv_string(&j, "key", a->key);
        json_kv_string(&j, "input", paths[a->input]);
        json_kv_string(&j, "id", a->id);
        json_kv_string(&j, "other_input", paths[a->other]);
        json_kv_string(&j, "other_id", a->other_id);
        json_end_object(&j);
    }
    json_end_array(&j);
    json_key(&j, "sign_conflicts");
    json_begin_array(&j);
    for (size_t i = 0; i < mg_merge_report_conflict_count(r); i++) {
        const mg_merge_sign_conflict *c = mg_merge_report_conflict(r, i);
        json_begin_object(&j);
        json_kv_string(&j, "source", mg_graph_node(g, c->source)->id);
        json_kv_string(&j, "target", mg_graph_node(g, c->target)->id);
        json_side(&j, "positive", mg_graph_edge(g, c->positive));
        json_side(&j, "negative", mg_graph_edge(g, c->negative));
        json_end_object(&j);
    }
    json_end_array(&j);
    json_key(&j, "issues");
    json_begin_array(&j);
    for (size_t i = 0; i < mg_merge_report_issue_count(r); i++) {
        const mg_merge_issue *x = mg_merge_report_issue(r, i);
        json_begin_object(&j);
        json_kv_string(&j, "kind", mg_merge_issue_kind_name(x->kind));
        json_key(&j, "node");
        json_string(&j, x->node >= 0 ? mg_graph_node(g, x->node)->id : NULL);
        json_kv_string(&j, "input", paths[x->input]);
        json_kv_string(&j, "message", x->message);
        json_end_object(&j);
    }
    json_end_array(&j);
    json_end_object(&j);
    json_finish(&j);
}

int cmd_merge(const cli_args *args)
{
    const char *output = cli_value(args, "output"), *to = cli_value(args, "to"), *align = cli_value(args, "align");
    bool json = cli_flag(args, "json");
    if (!output) return cli_usage_error(args->command, "-o FILE is required (- for stdout)");
    if (cli_value(args, "graph"))
        return cli_usage_error(args->command, "merge reads the graphs from its arguments, not --graph ('%s' names the "
                                              "built-in graph)", CLI_BUILTIN_GRAPH);
    if (json && strcmp(output, "-") == 0)
        return cli_usage_error(args->command, "--json prints the report on stdout: write the graph to a file");
    mg_export_format format = MG_EXPORT_JSON;
    if (to ? mg_export_format_parse(&format, to) != MG_OK : false) return cli_usage_error(args->command, "%s", mg_last_error());
    if (!to && mg_export_format_from_path(&format, output) != MG_OK) format = MG_EXPORT_JSON; /* JSON by default */
    mg_merge_options options = MG_MERGE_OPTIONS_INIT;
    options.keep_unmatched = cli_flag(args, "keep-unmatched");
    if (align) {
        int k = -1;
        for (int i = 0; i < 3 && k < 0; i++)
            if (strcasecmp(align, mg_align_rule_name((mg_align_rule)i)) == 0) k = i;
        if (k < 0) return cli_usage_error(args->command, "unknown alignment rule '%s' (expected id, xref or name)", align);
        options.align = (mg_align_rule)k;
    }

    mg_load_options load;
    int status = cli_load_options(args, &load);
    if (status) return status;
    mg_graph *g = NULL;
    mg_merge_report *r = NULL;
    const char *const *paths = args->positional;
    int n = args->positional_count;
    if ((status = cli_stdin_once(args->command, paths, n))) return status;
    if ((status = cli_load_and_merge(paths, n, &load, &options, &g, &r))) return status;
    /* the selection writes the part selected; the report's alignments and conflicts stay those of
     * the whole merge (the selection keeps that graph until the command ends) */
    mg_graph *written = g;
    if ((status = cli_select(args, &written))) {
        /* nothing selected: `written` is still the merged graph */
    } else if (mg_export(written, format, output)) {
        cli_error("unable to write '%s': %s", output, mg_last_error());
        status = EXIT_DATA;
    } else if (cli_warn_lost_comparisons(written, format), json) {
        print_json(g, written, r, paths, n, output, format);
    } else {
        /* the report is the answer, on stdout, unless the graph itself goes there */
        print_report(strcmp(output, "-") == 0 ? cli_err() : cli_out(), g, written, r, n, output);
    }
    mg_merge_report_free(r);
    if (written != g) mg_graph_free(written); /* g is the selection's now: freed after the command */
    else mg_graph_free(g);
    return status;
}
