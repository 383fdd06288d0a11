/*
 * cmd_effects.c - `mechgraph effects NODE`: everything NODE influences (or, --upstream,
 * everything that influences it) within --max-len hops, with the net sign and the shortest
 * path behind each.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char *sign_word(int sign) { return sign > 0 ? "activates" : sign < 0 ? "inhibits" : "unsigned"; }

static void print_text(const mg_graph *g, mg_id node, bool upstream, const mg_effect_set *set, bool evidence)
{
    size_t n = mg_effect_set_count(set);
    printf("%zu %s of %s\n", n, upstream ? "upstream influences" : "downstream effects", cli_node_name(g, node));
    if (!evidence) {
        cli_table t;
        cli_table_init(&t, 6);
        cli_table_add(&t, "node");
        cli_table_add(&t, "type");
        cli_table_add(&t, "net");
        cli_table_add(&t, "hops");
        cli_table_add(&t, "context");
        cli_table_add(&t, "shortest path");
        for (size_t i = 0; i < n; i++) {
            const mg_effect *e = mg_effect_set_get(set, i);
            const mg_node *v = mg_graph_node(g, e->node);
            cli_table_add(&t, cli_node_name(g, e->node));
            cli_table_add(&t, mg_node_type_name(v->type));
            cli_table_add(&t, e->sign > 0 ? "+" : e->sign < 0 ? "-" : "?");
            cli_table_addf(&t, "%d", e->distance);
            char *chain = NULL, *context = NULL;
            size_t len = 0;
            FILE *mem = open_memstream(&context, &len);
            if (mem) {
                cli_print_context_brief(mem, e->path.context);
                fclose(mem);
            }
            cli_table_add(&t, context ? context : "");
            free(context);
            if ((mem = open_memstream(&chain, &len))) {
                cli_print_chain(mem, g, &e->path);
                if (e->path.via_subtype) fputs(" (via subtype)", mem);
                fclose(mem);
            }
            cli_table_add(&t, chain ? chain : "");
            free(chain);
        }
        printf("\n");
        cli_table_print(&t, stdout, "");
        cli_table_free(&t);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const mg_effect *e = mg_effect_set_get(set, i);
        printf("\n%s %s %s\n   ", upstream ? cli_node_name(g, e->node) : cli_node_name(g, node), sign_word(e->sign),
               upstream ? cli_node_name(g, node) : cli_node_name(g, e->node));
        cli_print_chain(stdout, g, &e->path);
        printf("\n");
        cli_print_path(stdout, g, NULL, &e->path, true, "   ");
    }
}

static void print_json(const mg_graph *g, mg_id node, bool upstream, const mg_effect_set *set)
{
    json_out j;
    json_init(&j, stdout);
    json_begin_object(&j);
    cli_json_selection(&j);
    json_kv_string(&j, "node", cli_node_name(g, node));
    json_kv_string(&j, "direction", upstream ? "upstream" : "downstream");
    json_key(&j, "truncated");
    json_bool(&j, mg_effect_set_truncated(set) != NULL);
    json_kv_string(&j, "truncation", mg_effect_set_truncated(set));
    json_kv_int(&j, "count", (long long)mg_effect_set_count(set));
    json_key(&j, "effects");
    json_begin_array(&j);
    for (size_t i = 0; i < mg_effect_set_count(set); i++) {
        const mg_effect *e = mg_effect_set_get(set, i);
        json_begin_object(&j);
        cli_json_node_summary(&j, mg_graph_node(g, e->node));
        json_kv_int(&j, "sign", e->sign);
        json_kv_string(&j, "effect", sign_word(e->sign));
        json_kv_int(&j, "distance", e->distance);
        json_key(&j, "path");
        cli_json_path(&j, g, NULL, &e->path, false);
        json_end_object(&j);
    }
    json_end_array(&j);
    json_end_object(&j);
    json_finish(&j);
}

int cmd_effects(const cli_args *args)
{
    cli_path_query q;
    int status = cli_path_query_parse(args, &q);
    if (status) return status;
    bool upstream = cli_flag(args, "upstream");
    mg_graph *g = NULL;
    if ((status = cli_load_graph(args, &g))) return status;
    mg_id v;
    mg_effect_set *set = NULL;
    if (!(status = cli_lookup(g, args->positional[0], &v)) && !(status = cli_path_query_resolve(args, g, &q, 0))) {
        if (mg_effects_find(&set, g, v, upstream, &q.o)) {
            cli_error("%s", mg_last_error());
            status = EXIT_DATA;
        } else if (cli_flag(args, "json")) {
            print_json(g, v, upstream, set);
        } else {
            print_text(g, v, upstream, set, cli_flag(args, "evidence"));
            if (mg_effect_set_truncated(set)) cli_truncated(mg_effect_set_truncated(set));
        }
    }
    mg_effect_set_free(set);
    cli_path_query_free(&q);
    mg_graph_free(g);
    return status;
}
