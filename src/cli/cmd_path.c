/*
 * cmd_path.c - `mechgraph path FROM TO`: how FROM reaches TO, through what, and with what net
 * effect; every simple path within bounds, the shortest ones, the k shortest (Yen), signed
 * searches, and PathLinker's ranking.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void print_names(FILE *f, const mg_graph *g, const mg_id *nodes, size_t n)
{
    for (size_t i = 0; i < n && i < 5; i++) fprintf(f, "%s%s", i ? ", " : "", cli_node_name(g, nodes[i]));
    if (n > 5) fprintf(f, " and %zu more", n - 5);
}

static void print_heading(const mg_graph *g, const cli_path_query *q, size_t count)
{
    const mg_path_options *o = &q->o;
    fprintf(cli_out(), "%zu path%s from ", count, count == 1 ? "" : "s");
    print_names(cli_out(), g, q->from, q->from_count);
    fprintf(cli_out(), " to ");
    print_names(cli_out(), g, q->to, q->to_count);
    if (o->mode == MG_PATHS_ALL) fprintf(cli_out(), " (simple paths of %d to %d edges", o->min_len, o->max_len);
    else if (o->mode == MG_PATHS_SHORTEST) fprintf(cli_out(), " (shortest paths");
    else fprintf(cli_out(), " (the %zu shortest paths", o->k);
    if (o->cost == MG_COST_WEIGHT) fprintf(cli_out(), ", cost = edge weights");
    if (o->sign) fprintf(cli_out(), ", net sign %s", o->sign > 0 ? "+" : "-");
    fprintf(cli_out(), ")\n");
}

static void print_text(const mg_graph *g, const cli_path_query *q, const mg_path_set *set, bool evidence)
{
    size_t n = mg_path_set_count(set);
    print_heading(g, q, n);
    for (size_t i = 0; i < n; i++) {
        const mg_path *p = mg_path_set_get(set, i);
        fprintf(cli_out(), "\n%zu. ", i + 1);
        cli_print_chain(cli_out(), g, p);
        fprintf(cli_out(), "\n");
        cli_print_path(cli_out(), g, set, p, evidence, "   ");
    }
}

/* PathLinker's own output format, so its published results compare line by line. */
static void print_pathlinker(const mg_graph *g, const mg_path_set *set)
{
    fprintf(cli_out(), "#KSP\tpath_length\tpath\n");
    for (size_t i = 0; i < mg_path_set_count(set); i++) {
        const mg_path *p = mg_path_set_get(set, i);
        fprintf(cli_out(), "%zu\t%.5e\t", i + 1, p->cost);
        for (size_t k = 0; k <= p->length; k++) fprintf(cli_out(), "%s%s", k ? "|" : "", mg_graph_node(g, p->nodes[k])->id);
        fprintf(cli_out(), "\n");
    }
}

static void print_json(const mg_graph *g, const cli_path_query *q, const mg_path_set *set)
{
    static const char *const modes[] = {"all", "shortest", "k-shortest"};
    json_out j;
    cli_json_begin(&j, "mechgraph-paths-1");
    cli_json_selection(&j);
    json_key(&j, "from");
    json_begin_array(&j);
    for (size_t i = 0; i < q->from_count; i++) json_string(&j, mg_graph_node(g, q->from[i])->id);
    json_end_array(&j);
    json_key(&j, "to");
    json_begin_array(&j);
    for (size_t i = 0; i < q->to_count; i++) json_string(&j, mg_graph_node(g, q->to[i])->id);
    json_end_array(&j);
    json_kv_string(&j, "mode", modes[q->o.mode]);
    json_key(&j, "truncated");
    json_bool(&j, mg_path_set_truncated(set) != NULL);
    json_kv_string(&j, "truncation", mg_path_set_truncated(set));
    json_kv_int(&j, "count", (long long)mg_path_set_count(set));
    json_key(&j, "paths");
    json_begin_array(&j);
    for (size_t i = 0; i < mg_path_set_count(set); i++)
        cli_json_path(&j, g, set, mg_path_set_get(set, i), q->o.mode != MG_PATHS_ALL || q->o.cost != MG_COST_HOPS);
    json_end_array(&j);
    json_end_object(&j);
    json_finish(&j);
}

int cmd_path(const cli_args *args)
{
    cli_path_query q;
    int status = cli_path_query_parse(args, &q);
    if (status) return status;
    mg_graph *g = NULL;
    if ((status = cli_load_graph(args, &g))) return status;
    mg_path_set *set = NULL;
    if (!(status = cli_path_query_resolve(args, g, &q, 2))) {
        if (mg_paths_find(&set, g, q.from, q.from_count, q.to, q.to_count, &q.o)) {
            cli_error("%s", mg_last_error());
            status = EXIT_DATA;
        } else if (cli_flag(args, "json")) {
            print_json(g, &q, set);
        } else {
            if (q.pathlinker) print_pathlinker(g, set);
            else print_text(g, &q, set, cli_flag(args, "evidence"));
            if (mg_path_set_truncated(set)) cli_truncated(mg_path_set_truncated(set));
        }
    }
    mg_path_set_free(set);
    cli_path_query_free(&q);
    cli_graph_free(g);
    return status;
}
