/*
 * cmd_neighbors.c - `mechgraph neighbors NODES`: the nodes within a few hops of one node or a set,
 * by depth, each with the edge that links it to the layer before; --relation and --sign choose the
 * edges followed, --type the nodes listed.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int parse_direction(const cli_command *cmd, const char *text, mg_direction *dir)
{
    if (!text || strcasecmp(text, "both") == 0) *dir = MG_DIRECTION_BOTH;
    else if (strcasecmp(text, "out") == 0) *dir = MG_DIRECTION_OUT;
    else if (strcasecmp(text, "in") == 0) *dir = MG_DIRECTION_IN;
    else return cli_usage_error(cmd, "--direction expects in, out or both, got '%s'", text);
    return 0;
}

/* The context of the chain of via edges from the start node to node i (NULL for the start, or when
 * out of memory): what the evidence along the way reports. The caller frees it. */
static mg_path_context *chain_context(const mg_graph *g, const mg_neighborhood *nb, const size_t *pos, size_t i)
{
    size_t len = (size_t)nb->depth[i];
    if (!len) return NULL;
    mg_id *nodes = malloc((len + 1) * sizeof *nodes), *edges = malloc(len * sizeof *edges);
    size_t *hop_start = malloc((len + 1) * sizeof *hop_start);
    mg_path_context *c = NULL;
    if (nodes && edges && hop_start) {
        size_t at = i;
        for (size_t k = len; k > 0; k--) {
            const mg_edge *e = mg_graph_edge(g, nb->via_edge[at]);
            mg_id prev = e->target == nb->nodes[at] ? e->source : e->target;
            nodes[k] = nb->nodes[at];
            edges[k - 1] = nb->via_edge[at];
            at = pos[prev];
        }
        nodes[0] = nb->nodes[0];
        for (size_t k = 0; k <= len; k++) hop_start[k] = k;
        mg_path p = {.nodes = nodes, .length = len, .edges = edges, .hop_start = hop_start};
        if (mg_path_context_compute(&c, g, &p, NULL)) c = NULL;
    }
    free(nodes);
    free(edges);
    free(hop_start);
    return c;
}

/* Each node's place in the neighbourhood (by node id), for walking the chains back. */
static size_t *positions(const mg_graph *g, const mg_neighborhood *nb)
{
    size_t *pos = calloc((size_t)mg_graph_node_count(g) + 1, sizeof *pos);
    for (size_t i = 0; pos && i < nb->count; i++) pos[nb->nodes[i]] = i;
    return pos;
}

/* Whether row i is listed: the start nodes always, the others when --type allows theirs. */
static bool listed(const mg_graph *g, const mg_neighborhood *nb, const bool *types, size_t i)
{
    return !types || nb->depth[i] == 0 || types[mg_graph_node(g, nb->nodes[i])->type];
}

static void print_text(const mg_graph *g, const mg_neighborhood *nb, const bool *types)
{
    size_t *pos = positions(g, nb);
    cli_table t;
    cli_table_init(&t, 5);
    cli_table_add(&t, "depth");
    cli_table_add(&t, "node");
    cli_table_add(&t, "type");
    cli_table_add(&t, "context");
    cli_table_add(&t, "via");
    for (size_t i = 0; i < nb->count; i++) {
        if (!listed(g, nb, types, i)) continue;
        const mg_node *n = mg_graph_node(g, nb->nodes[i]);
        cli_table_addf(&t, "%d", nb->depth[i]);
        cli_table_add(&t, cli_node_name(g, nb->nodes[i]));
        cli_table_add(&t, mg_node_type_name(n->type));
        if (nb->via_edge[i] < 0) {
            cli_table_add(&t, "");
            cli_table_add(&t, "");
            continue;
        }
        /* the context of the chain from the start node, a mixed one marked where it changes */
        mg_path_context *c = pos ? chain_context(g, nb, pos, i) : NULL;
        char *cell = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&cell, &len);
        if (mem) {
            cli_print_context_brief(mem, c);
            if (c && c->bridge_count) fprintf(mem, " (changes at hop %zu)", c->bridges[0].hop + 1);
            fclose(mem);
        }
        cli_table_add(&t, cell ? cell : "");
        free(cell);
        mg_path_context_free(c);
        const mg_edge *e = mg_graph_edge(g, nb->via_edge[i]);
        char arrow[64];
        mg_sign s = mg_relation_sign(e->relation);
        snprintf(arrow, sizeof arrow, "-%s%s", mg_relation_name(e->relation),
                 s == MG_SIGN_NEGATIVE ? "-|" : s == MG_SIGN_NONE ? "--" : "->");
        cli_table_addf(&t, "%s %s %s", cli_node_name(g, e->source), arrow, cli_node_name(g, e->target));
    }
    cli_table_print(&t, cli_out(), "");
    cli_table_free(&t);
    free(pos);
}

static void print_json(const mg_graph *g, const mg_neighborhood *nb, const bool *types)
{
    size_t *pos = positions(g, nb);
    json_out j;
    cli_json_begin(&j, "mechgraph-neighbors-1");
    cli_json_selection(&j);
    json_kv_string(&j, "node", mg_graph_node(g, nb->nodes[0])->id);
    json_key(&j, "starts");
    json_begin_array(&j);
    size_t shown = 0;
    for (size_t i = 0; i < nb->count; i++) {
        if (nb->depth[i] == 0) json_string(&j, mg_graph_node(g, nb->nodes[i])->id);
        shown += listed(g, nb, types, i);
    }
    json_end_array(&j);
    json_kv_int(&j, "count", (long long)shown);
    json_key(&j, "nodes");
    json_begin_array(&j);
    for (size_t i = 0; i < nb->count; i++) {
        if (!listed(g, nb, types, i)) continue;
        json_begin_object(&j);
        cli_json_node_summary(&j, mg_graph_node(g, nb->nodes[i]));
        json_kv_int(&j, "depth", nb->depth[i]);
        if (nb->via_edge[i] >= 0) {
            json_key(&j, "via");
            cli_json_edge(&j, g, mg_graph_edge(g, nb->via_edge[i]));
            mg_path_context *c = pos ? chain_context(g, nb, pos, i) : NULL;
            if (c) {
                /* the chain of via edges from the start node: its context */
                json_key(&j, "chain");
                json_begin_object(&j);
                mg_path none = {0};
                cli_json_context(&j, g, &none, c);
                json_end_object(&j);
            }
            mg_path_context_free(c);
        }
        json_end_object(&j);
    }
    json_end_array(&j);
    json_end_object(&j);
    json_finish(&j);
    free(pos);
}

int cmd_neighbors(const cli_args *args)
{
    const cli_command *cmd = args->command;
    long long depth = 1;
    mg_direction dir = MG_DIRECTION_BOTH;
    int sign = 0, n;
    bool relations[MG_RELATION_COUNT], types[MG_NODE_TYPE_COUNT];
    const char *const *values;
    const char *text = cli_value(args, "depth");
    int status = text ? cli_parse_count(cmd, "depth", text, 0, 1000000, &depth) : 0;
    if (status || (status = parse_direction(cmd, cli_value(args, "direction"), &dir))) return status;
    if ((text = cli_value(args, "sign")) && (status = cli_parse_sign(cmd, text, &sign))) return status;
    int n_relations = cli_values(args, "relation", &values);
    if (n_relations && (status = cli_parse_relations(cmd, values, n_relations, relations))) return status;
    if ((n = cli_values(args, "type", &values)) && (status = cli_parse_types(cmd, values, n, types))) return status;
    mg_graph *g = NULL;
    if ((status = cli_load_graph(args, &g))) return status;
    mg_id *starts = NULL;
    size_t start_count = 0;
    mg_neighborhood nb = {0};
    if (!(status = cli_node_set(g, args->positional, 1, &starts, &start_count))) {
        if (mg_graph_neighborhood_of(&nb, g, starts, start_count, (int)depth, dir, n_relations ? relations : NULL, sign)) {
            cli_error("%s", mg_last_error());
            status = EXIT_DATA;
        } else if (cli_flag(args, "json")) {
            print_json(g, &nb, n ? types : NULL);
        } else {
            print_text(g, &nb, n ? types : NULL);
        }
    }
    mg_neighborhood_clear(&nb);
    free(starts);
    cli_graph_free(g);
    return status;
}
