/*
 * cmd_effects.c - `mechgraph effects NODES`: everything the nodes influence (or, --upstream,
 * everything that influences them) within --max-len hops, with the net sign and the shortest
 * path behind each. Several nodes ("a,b" or @FILE) are searched one by one and their effects
 * merged: per node and sign, the shortest, from the first node given on a tie. --sign and
 * --type then keep the effects of that net sign, on nodes of those types.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* An effect and the start node whose search found it. */
typedef struct {
    const mg_effect *e;
    size_t from;
} found;

/* The effects listed: what the sets hold, merged, filtered and ordered. */
typedef struct {
    const mg_graph *g;
    const mg_id *starts;
    size_t start_count;
    found *items;
    size_t count;
} listing;

static const char *sign_word(int sign) { return sign > 0 ? "activates" : sign < 0 ? "inhibits" : "unsigned"; }

/* "iMSC-EV, iMSC-exosome": the start nodes, as people read them. */
static void print_starts(FILE *f, const listing *l)
{
    for (size_t i = 0; i < l->start_count; i++) fprintf(f, "%s%s", i ? ", " : "", cli_node_name(l->g, l->starts[i]));
}

static void print_text(const listing *l, bool upstream, bool evidence)
{
    const mg_graph *g = l->g;
    size_t n = l->count;
    bool several = l->start_count > 1;
    fprintf(cli_out(), "%zu %s of ", n, upstream ? "upstream influences" : "downstream effects");
    print_starts(cli_out(), l);
    fprintf(cli_out(), "\n");
    if (!evidence) {
        cli_table t;
        cli_table_init(&t, several ? 7 : 6);
        if (several) cli_table_add(&t, upstream ? "on" : "from");
        cli_table_add(&t, "node");
        cli_table_add(&t, "type");
        cli_table_add(&t, "net");
        cli_table_add(&t, "hops");
        cli_table_add(&t, "context");
        cli_table_add(&t, "shortest path");
        for (size_t i = 0; i < n; i++) {
            const mg_effect *e = l->items[i].e;
            const mg_node *v = mg_graph_node(g, e->node);
            if (several) cli_table_add(&t, cli_node_name(g, l->starts[l->items[i].from]));
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
        fprintf(cli_out(), "\n");
        cli_table_print(&t, cli_out(), "");
        cli_table_free(&t);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const mg_effect *e = l->items[i].e;
        mg_id node = l->starts[l->items[i].from];
        fprintf(cli_out(), "\n%s %s %s\n   ", upstream ? cli_node_name(g, e->node) : cli_node_name(g, node), sign_word(e->sign),
               upstream ? cli_node_name(g, node) : cli_node_name(g, e->node));
        cli_print_chain(cli_out(), g, &e->path);
        fprintf(cli_out(), "\n");
        cli_print_path(cli_out(), g, NULL, &e->path, true, "   ");
    }
}

static void print_json(const listing *l, bool upstream, const char *truncated)
{
    const mg_graph *g = l->g;
    json_out j;
    cli_json_begin(&j, "mechgraph-effects-1");
    cli_json_selection(&j);
    json_kv_string(&j, "node", cli_node_name(g, l->starts[0]));
    json_key(&j, "starts");
    json_begin_array(&j);
    for (size_t i = 0; i < l->start_count; i++) json_string(&j, mg_graph_node(g, l->starts[i])->id);
    json_end_array(&j);
    json_kv_string(&j, "direction", upstream ? "upstream" : "downstream");
    json_key(&j, "truncated");
    json_bool(&j, truncated != NULL);
    json_kv_string(&j, "truncation", truncated);
    json_kv_int(&j, "count", (long long)l->count);
    json_key(&j, "effects");
    json_begin_array(&j);
    for (size_t i = 0; i < l->count; i++) {
        const mg_effect *e = l->items[i].e;
        json_begin_object(&j);
        cli_json_node_summary(&j, mg_graph_node(g, e->node));
        if (l->start_count > 1) json_kv_string(&j, upstream ? "on" : "from", mg_graph_node(g, l->starts[l->items[i].from])->id);
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

static _Thread_local const mg_graph *sorting;

/* As the library orders one set: by distance, node id, then +, -, unsigned; then by start. */
static int compare_found(const void *a, const void *b)
{
    const found *x = a, *y = b;
    const mg_effect *p = x->e, *q = y->e;
    if (p->distance != q->distance) return p->distance < q->distance ? -1 : 1;
    int d = strcmp(mg_graph_node(sorting, p->node)->id, mg_graph_node(sorting, q->node)->id);
    if (d) return d;
    int rp = p->sign > 0 ? 0 : p->sign < 0 ? 1 : 2, rq = q->sign > 0 ? 0 : q->sign < 0 ? 1 : 2;
    if (rp != rq) return rp - rq;
    return x->from < y->from ? -1 : x->from > y->from;
}

/* Merges the sets (one per start) into l: per node and sign the first after ordering, that is the
 * shortest, from the earliest start; keeps only `sign` (0: any) and `types`. */
static int merge_sets(listing *l, mg_effect_set *const *sets, int sign, const bool *types)
{
    size_t total = 0;
    for (size_t s = 0; s < l->start_count; s++) total += mg_effect_set_count(sets[s]);
    l->items = malloc((total ? total : 1) * sizeof *l->items);
    if (!l->items) return -1;
    l->count = 0;
    for (size_t s = 0; s < l->start_count; s++)
        for (size_t i = 0; i < mg_effect_set_count(sets[s]); i++) {
            const mg_effect *e = mg_effect_set_get(sets[s], i);
            if (sign && e->sign != sign) continue;
            if (types && !types[mg_graph_node(l->g, e->node)->type]) continue;
            l->items[l->count++] = (found){e, s};
        }
    sorting = l->g;
    qsort(l->items, l->count, sizeof *l->items, compare_found);
    sorting = NULL;
    if (l->start_count < 2) return 0;
    /* a (node, sign) pair found from several starts: the first kept, which is the nearest */
    unsigned char *seen = calloc((size_t)mg_graph_node_count(l->g), 1);
    if (!seen) return -1;
    size_t kept = 0;
    for (size_t i = 0; i < l->count; i++) {
        const mg_effect *e = l->items[i].e;
        unsigned char bit = (unsigned char)(1u << (e->sign + 1));
        if (seen[e->node] & bit) continue;
        seen[e->node] |= bit;
        l->items[kept++] = l->items[i];
    }
    l->count = kept;
    free(seen);
    return 0;
}

int cmd_effects(const cli_args *args)
{
    cli_path_query q;
    int status = cli_path_query_parse(args, &q);
    if (status) return status;
    bool upstream = cli_flag(args, "upstream");
    bool types[MG_NODE_TYPE_COUNT];
    const char *const *values;
    int n_types = cli_values(args, "type", &values);
    if (n_types && (status = cli_parse_types(args->command, values, n_types, types))) return status;
    int sign = q.o.sign;
    q.o.sign = 0; /* a filter on the listing: the search finds every sign */
    mg_graph *g = NULL;
    if ((status = cli_load_graph(args, &g))) return status;
    listing l = {.g = g};
    mg_id *starts = NULL;
    mg_effect_set **sets = NULL;
    const char *truncated = NULL;
    status = cli_node_set(g, args->positional, 1, &starts, &l.start_count);
    if (!status) status = cli_path_query_resolve(args, g, &q, 0);
    if (!status && !(sets = calloc(l.start_count, sizeof *sets))) {
        cli_error("out of memory");
        status = EXIT_DATA;
    }
    l.starts = starts;
    for (size_t s = 0; !status && s < l.start_count; s++) {
        if (mg_effects_find(&sets[s], g, starts[s], upstream, &q.o)) {
            cli_error("%s", mg_last_error());
            status = EXIT_DATA;
        } else if (!truncated) {
            truncated = mg_effect_set_truncated(sets[s]);
        }
    }
    if (!status && merge_sets(&l, sets, sign, n_types ? types : NULL)) {
        cli_error("out of memory");
        status = EXIT_DATA;
    }
    if (!status && cli_flag(args, "json")) {
        print_json(&l, upstream, truncated);
    } else if (!status) {
        print_text(&l, upstream, cli_flag(args, "evidence"));
        if (truncated) cli_truncated(truncated);
    }
    for (size_t s = 0; sets && s < l.start_count; s++) mg_effect_set_free(sets[s]);
    free(sets);
    free(l.items);
    free(starts);
    cli_path_query_free(&q);
    cli_graph_free(g);
    return status;
}
