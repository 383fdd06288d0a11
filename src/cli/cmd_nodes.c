/*
 * cmd_nodes.c - `mechgraph nodes`: the nodes of the graph, filtered by type or matching text,
 * sorted by id.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *id;
    mg_id node;
} by_id;

static int compare_by_id(const void *pa, const void *pb)
{
    return strcmp(((const by_id *)pa)->id, ((const by_id *)pb)->id);
}

int cmd_nodes(const cli_args *args)
{
    bool types[MG_NODE_TYPE_COUNT];
    const char *const *type_values;
    int ntypes = cli_values(args, "type", &type_values);
    int status = cli_parse_types(args->command, type_values, ntypes, types);
    if (status) return status;
    const char *match = cli_value(args, "match");

    mg_graph *g = NULL;
    if ((status = cli_load_graph(args, &g))) return status;
    mg_id n = mg_graph_node_count(g);
    by_id *order = malloc((size_t)(n ? n : 1) * sizeof *order);
    if (!order) {
        cli_graph_free(g);
        cli_error("out of memory");
        return EXIT_DATA;
    }
    size_t kept = 0;
    for (mg_id i = 0; i < n; i++) {
        const mg_node *node = mg_graph_node(g, i);
        if (types[node->type] && (!match || mg_node_matches(node, match))) order[kept++] = (by_id){node->id, i};
    }
    qsort(order, kept, sizeof *order, compare_by_id);

    bool json = cli_flag(args, "json");
    json_out j;
    cli_table t;
    if (json) {
        cli_json_begin(&j, "mechgraph-nodes-1");
        cli_json_selection(&j);
        json_kv_int(&j, "count", (long long)kept);
        json_key(&j, "nodes");
        json_begin_array(&j);
    } else {
        cli_table_init(&t, 5);
        cli_table_add(&t, "id");
        cli_table_add(&t, "type");
        cli_table_add(&t, "in");
        cli_table_add(&t, "out");
        cli_table_add(&t, "label");
    }
    for (size_t k = 0; k < kept; k++) {
        const mg_node *node = mg_graph_node(g, order[k].node);
        size_t in, out;
        mg_graph_incident(g, order[k].node, 0, &in);
        mg_graph_incident(g, order[k].node, 1, &out);
        if (json) {
            json_begin_object(&j);
            cli_json_node_summary(&j, node);
            json_kv_int(&j, "in", (long long)in);
            json_kv_int(&j, "out", (long long)out);
            json_end_object(&j);
        } else {
            cli_table_add(&t, node->id);
            cli_table_add(&t, mg_node_type_name(node->type));
            cli_table_addf(&t, "%zu", in);
            cli_table_addf(&t, "%zu", out);
            cli_table_add(&t, strcmp(node->label, node->id) ? node->label : "");
        }
    }
    if (json) {
        json_end_array(&j);
        json_end_object(&j);
        json_finish(&j);
    } else {
        cli_table_print(&t, cli_out(), "");
        cli_table_free(&t);
        fprintf(cli_out(), "%zu node%s\n", kept, kept == 1 ? "" : "s");
    }
    free(order);
    cli_graph_free(g);
    return 0;
}
