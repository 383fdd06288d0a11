/*
 * cmd_info.c - `mechgraph info`: what the graph holds, by node type and relation, with its
 * weak components and density.
 */
#include "cli.h"

static void print_json(const mg_graph *g, const mg_graph_stats *s)
{
    json_out j;
    cli_json_begin(&j, "mechgraph-info-1");
    cli_json_selection(&j);
    json_kv_string(&j, "name", mg_graph_name(g));
    json_kv_string(&j, "source", mg_graph_source(g));
    json_kv_string(&j, "description", mg_graph_description(g));
    json_kv_int(&j, "nodes", s->nodes);
    json_kv_int(&j, "edges", s->edges);
    json_kv_int(&j, "references", (long long)s->references);
    json_kv_int(&j, "comparisons", (long long)mg_graph_comparison_count(g));
    json_kv_int(&j, "components", s->components);
    json_kv_int(&j, "largest_component", s->largest_component);
    json_key(&j, "density");
    json_double(&j, s->density);
    json_kv_int(&j, "edges_without_evidence", s->edges_without_evidence);
    json_kv_int(&j, "self_loops", s->self_loops);
    json_key(&j, "node_types");
    json_begin_object(&j);
    for (int t = 0; t < MG_NODE_TYPE_COUNT; t++)
        if (s->node_types[t]) json_kv_int(&j, mg_node_type_name((mg_node_type)t), s->node_types[t]);
    json_end_object(&j);
    json_key(&j, "relations");
    json_begin_object(&j);
    for (int r = 0; r < MG_RELATION_COUNT; r++)
        if (s->relations[r]) json_kv_int(&j, mg_relation_name((mg_relation)r), s->relations[r]);
    json_end_object(&j);
    json_end_object(&j);
    json_finish(&j);
}

static void print_text(const mg_graph *g, const mg_graph_stats *s)
{
    cli_table t;
    cli_table_init(&t, 2);
    if (*mg_graph_name(g)) {
        cli_table_add(&t, "graph");
        cli_table_add(&t, mg_graph_name(g));
    }
    cli_table_add(&t, "source");
    cli_table_add(&t, mg_graph_source(g));
    cli_table_add(&t, "nodes");
    cli_table_addf(&t, "%lld", (long long)s->nodes);
    cli_table_add(&t, "edges");
    cli_table_addf(&t, "%lld", (long long)s->edges);
    cli_table_add(&t, "references");
    cli_table_addf(&t, "%zu", s->references);
    if (mg_graph_comparison_count(g)) { /* a line only for graphs that have some, as most have none */
        cli_table_add(&t, "comparisons");
        cli_table_addf(&t, "%zu", mg_graph_comparison_count(g));
    }
    cli_table_add(&t, "components");
    cli_table_addf(&t, "%lld weakly connected (largest: %lld nodes)", (long long)s->components,
                   (long long)s->largest_component);
    cli_table_add(&t, "density");
    cli_table_addf(&t, "%.4f", s->density);
    cli_table_add(&t, "no evidence");
    cli_table_addf(&t, "%lld edges", (long long)s->edges_without_evidence);
    cli_table_print(&t, cli_out(), "");
    cli_table_free(&t);
    if (*mg_graph_description(g)) fprintf(cli_out(), "\n%s\n", mg_graph_description(g));

    fprintf(cli_out(), "\n");
    cli_table_init(&t, 2);
    cli_table_add(&t, "node type");
    cli_table_add(&t, "nodes");
    for (int k = 0; k < MG_NODE_TYPE_COUNT; k++) {
        if (!s->node_types[k]) continue;
        cli_table_add(&t, mg_node_type_name((mg_node_type)k));
        cli_table_addf(&t, "%lld", (long long)s->node_types[k]);
    }
    cli_table_print(&t, cli_out(), "");
    cli_table_free(&t);

    fprintf(cli_out(), "\n");
    cli_table_init(&t, 3);
    cli_table_add(&t, "relation");
    cli_table_add(&t, "sign");
    cli_table_add(&t, "edges");
    for (int r = 0; r < MG_RELATION_COUNT; r++) {
        if (!s->relations[r]) continue;
        cli_table_add(&t, mg_relation_name((mg_relation)r));
        cli_table_add(&t, cli_sign_symbol(mg_relation_sign((mg_relation)r)));
        cli_table_addf(&t, "%lld", (long long)s->relations[r]);
    }
    cli_table_print(&t, cli_out(), "");
    cli_table_free(&t);
}

int cmd_info(const cli_args *args)
{
    mg_graph *g = NULL;
    int status = cli_load_graph(args, &g);
    if (status) return status;
    mg_graph_stats s;
    if (mg_graph_get_stats(g, &s)) {
        cli_error("%s", mg_last_error());
        status = EXIT_DATA;
    } else if (cli_flag(args, "json")) {
        print_json(g, &s);
    } else {
        print_text(g, &s);
    }
    cli_graph_free(g);
    return status;
}
