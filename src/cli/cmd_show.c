/*
 * cmd_show.c - `mechgraph show NODE`: one node, its names and cross-references, and every edge
 * into and out of it with the evidence behind each, then the comparisons it is a side of, seen
 * from its side (compare_query.c; its subtypes' are `compare`'s to list).
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* The node's own comparisons (not its subtypes'), as `compare NODE --no-subtypes` finds them. */
static int node_comparisons(const mg_graph *g, mg_id v, cli_compare_query *q, cli_compare_row **rows, size_t *count)
{
    *q = (cli_compare_query){.a = v, .b = -1};
    int status = cli_compare_prepare(g, q);
    return status ? status : cli_compare_find(g, q, rows, count);
}

static void print_edges(const mg_graph *g, mg_id node, int out)
{
    size_t n;
    const mg_id *edges = mg_graph_incident(g, node, out, &n);
    fprintf(cli_out(), "\n%s (%zu)\n", out ? "out" : "in", n);
    for (size_t i = 0; i < n; i++) {
        const mg_edge *e = mg_graph_edge(g, edges[i]);
        fprintf(cli_out(), "  %s", cli_node_name(g, e->source));
        cli_print_arrow(cli_out(), e->relation);
        fprintf(cli_out(), "%s\n", cli_node_name(g, e->target));
        if (e->note) fprintf(cli_out(), "      note: %s\n", e->note);
        if (e->origin) fprintf(cli_out(), "      origin: %s\n", e->origin);
        for (size_t k = 0; k < e->evidence_count; k++) cli_print_evidence(cli_out(), &e->evidence[k], "");
    }
}

static void print_text(const mg_graph *g, mg_id v, const cli_compare_query *q, const cli_compare_row *rows, size_t count)
{
    const mg_node *n = mg_graph_node(g, v);
    fprintf(cli_out(), "%s  [%s]\n", n->id, mg_node_type_name(n->type));
    if (strcmp(n->label, n->id) != 0) fprintf(cli_out(), "  label     %s\n", n->label);
    if (n->synonym_count) {
        fprintf(cli_out(), "  synonyms  ");
        for (size_t i = 0; i < n->synonym_count; i++) fprintf(cli_out(), "%s%s", i ? ", " : "", n->synonyms[i]);
        fprintf(cli_out(), "\n");
    }
    if (n->xref_count) {
        fprintf(cli_out(), "  xrefs     ");
        for (size_t i = 0; i < n->xref_count; i++) fprintf(cli_out(), "%s%s:%s", i ? ", " : "", n->xrefs[i].key, n->xrefs[i].value);
        fprintf(cli_out(), "\n");
    }
    if (n->note) fprintf(cli_out(), "  note      %s\n", n->note);
    print_edges(g, v, 0);
    print_edges(g, v, 1);
    if (!count) return; /* most nodes are compared with nothing: no empty section */
    fprintf(cli_out(), "\ncomparisons (%zu)\n", count);
    cli_print_comparisons(cli_out(), g, q, rows, count, "  ");
}

static void json_edges(json_out *j, const mg_graph *g, mg_id v, int out)
{
    size_t n;
    const mg_id *edges = mg_graph_incident(g, v, out, &n);
    json_key(j, out ? "out" : "in");
    json_begin_array(j);
    for (size_t i = 0; i < n; i++) cli_json_edge(j, g, mg_graph_edge(g, edges[i]));
    json_end_array(j);
}

static void print_json(const mg_graph *g, const char *name, const mg_lookup_result *r, const cli_compare_query *q,
                       const cli_compare_row *rows, size_t count)
{
    mg_id v = r->node;
    const mg_node *n = mg_graph_node(g, v);
    json_out j;
    cli_json_begin(&j, "mechgraph-node-1");
    cli_json_node_summary(&j, n);
    cli_json_resolved(&j, g, name, r);
    json_key(&j, "synonyms");
    json_begin_array(&j);
    for (size_t i = 0; i < n->synonym_count; i++) json_string(&j, n->synonyms[i]);
    json_end_array(&j);
    json_key(&j, "xrefs");
    json_begin_object(&j);
    for (size_t i = 0; i < n->xref_count; i++) json_kv_string(&j, n->xrefs[i].key, n->xrefs[i].value);
    json_end_object(&j);
    json_kv_string(&j, "note", n->note);
    json_edges(&j, g, v, 0);
    json_edges(&j, g, v, 1);
    json_key(&j, "comparisons");
    cli_json_comparisons(&j, g, q, rows, count);
    json_end_object(&j);
    json_finish(&j);
}

int cmd_show(const cli_args *args)
{
    mg_graph *g = NULL;
    int status = cli_load_graph(args, &g);
    if (status) return status;
    mg_lookup_result r = MG_LOOKUP_RESULT_INIT;
    cli_compare_query q = {0};
    cli_compare_row *rows = NULL;
    size_t count = 0;
    status = cli_lookup_result(g, args->positional[0], &r);
    if (!status) status = node_comparisons(g, r.node, &q, &rows, &count);
    if (!status) {
        if (cli_flag(args, "json")) print_json(g, args->positional[0], &r, &q, rows, count);
        else print_text(g, r.node, &q, rows, count);
    }
    free(rows);
    cli_compare_query_free(&q);
    mg_lookup_result_clear(&r);
    cli_graph_free(g);
    return status;
}
