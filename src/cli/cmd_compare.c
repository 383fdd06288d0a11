/*
 * cmd_compare.c - `mechgraph compare A [B]`: the head-to-head findings between A and B (or A and
 * anything), as the reviews report them, grouped by aspect, each seen from A's side with its
 * direction, context and citations (docs/compare.md). A question that finds nothing is an error that
 * names what there is: what A is compared with, the aspects, the contexts.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* Values listed at most in a message; the rest are counted. */
#define LISTED 10

void cli_print_comparisons(FILE *f, const mg_graph *g, const cli_compare_query *q, const cli_compare_row *rows,
                           size_t count, const char *indent)
{
    const char *group = NULL;
    for (size_t i = 0; i < count; i++) {
        const cli_compare_row *r = &rows[i];
        const mg_comparison *c = mg_graph_comparison(g, r->index);
        const char *aspect = mg_comparison_aspect(g, c);
        if (!group || strcmp(group, aspect) != 0) fprintf(f, "%s%s%s\n", i ? "\n" : "", indent, aspect);
        group = aspect;
        fprintf(f, "%s  %s %s %s  (%s", indent, cli_node_name(g, r->left), cli_compare_symbol(r->direction),
                cli_node_name(g, r->right), mg_compare_direction_name(r->direction));
        /* the record as the review words it stays visible: its subject is the sentence's */
        if (r->inverted)
            fprintf(f, "; recorded as %s %s %s, %s", mg_graph_node(g, c->a)->id, cli_compare_symbol(c->direction),
                    mg_graph_node(g, c->b)->id, mg_compare_direction_name(c->direction));
        if (r->left_parent >= 0) fprintf(f, "; %s is a subtype of %s", mg_graph_node(g, r->left)->id, mg_graph_node(g, r->left_parent)->id);
        if (r->right_parent >= 0)
            fprintf(f, "; %s is a subtype of %s", mg_graph_node(g, r->right)->id, mg_graph_node(g, r->right_parent)->id);
        fputs(")\n", f);
        if (c->note) fprintf(f, "%s    note: %s\n", indent, c->note);
        for (size_t k = 0; k < c->evidence_count; k++) {
            const mg_evidence *x = &c->evidence[k];
            if (!cli_compare_evidence_ok(g, q, x)) continue;
            cli_print_evidence(f, x, indent);
            fprintf(f, "%s        study: %s\n", indent, x->ref->citation);
        }
    }
}

/* Each distinct value once, in first-seen order. */
static void add_distinct(json_out *j, const mg_comparison *c, const mg_graph *g, const cli_compare_query *q, size_t field)
{
    for (size_t k = 0; k < c->evidence_count; k++) {
        const mg_evidence *x = &c->evidence[k];
        const char *v[] = {x->disease, x->model, x->organism, x->cell, x->system};
        if (!v[field] || !cli_compare_evidence_ok(g, q, x)) continue;
        bool seen = false;
        for (size_t m = 0; m < k && !seen; m++) {
            const mg_evidence *y = &c->evidence[m];
            const char *w[] = {y->disease, y->model, y->organism, y->cell, y->system};
            seen = w[field] && cli_compare_evidence_ok(g, q, y) && strcmp(w[field], v[field]) == 0;
        }
        if (!seen) json_string(j, v[field]);
    }
}

void cli_json_comparisons(json_out *j, const mg_graph *g, const cli_compare_query *q, const cli_compare_row *rows,
                          size_t count)
{
    static const char *const contexts[] = {"diseases", "models", "organisms", "cells", "systems"};
    json_begin_array(j);
    for (size_t i = 0; i < count; i++) {
        const cli_compare_row *r = &rows[i];
        const mg_comparison *c = mg_graph_comparison(g, r->index);
        json_begin_object(j);
        json_kv_string(j, "a", mg_graph_node(g, r->left)->id);
        json_kv_string(j, "b", mg_graph_node(g, r->right)->id);
        json_key(j, "aspect");
        json_begin_object(j);
        if (c->aspect >= 0) json_kv_string(j, "id", mg_graph_node(g, c->aspect)->id);
        json_kv_string(j, c->aspect >= 0 ? "label" : "text", mg_comparison_aspect(g, c));
        json_end_object(j);
        json_kv_string(j, "direction", mg_compare_direction_name(r->direction));
        json_kv_string(j, "symbol", cli_compare_symbol(r->direction));
        json_key(j, "inverted");
        json_bool(j, r->inverted);
        json_key(j, "recorded");
        json_begin_object(j);
        json_kv_string(j, "a", mg_graph_node(g, c->a)->id);
        json_kv_string(j, "b", mg_graph_node(g, c->b)->id);
        json_kv_string(j, "direction", mg_compare_direction_name(c->direction));
        json_end_object(j);
        if (r->left_parent >= 0) json_kv_string(j, "a_subtype_of", mg_graph_node(g, r->left_parent)->id);
        if (r->right_parent >= 0) json_kv_string(j, "b_subtype_of", mg_graph_node(g, r->right_parent)->id);
        json_key(j, "context");
        json_begin_object(j);
        for (size_t f = 0; f < sizeof contexts / sizeof *contexts; f++) {
            json_key(j, contexts[f]);
            json_begin_array(j);
            add_distinct(j, c, g, q, f);
            json_end_array(j);
        }
        json_end_object(j);
        json_kv_string(j, "note", c->note);
        json_key(j, "evidence");
        json_begin_array(j);
        for (size_t k = 0; k < c->evidence_count; k++)
            if (cli_compare_evidence_ok(g, q, &c->evidence[k])) cli_json_evidence(j, &c->evidence[k]);
        json_end_array(j);
        json_end_object(j);
    }
    json_end_array(j);
}

/* ---- what there is, when a question finds nothing ---- */

typedef struct {
    const char **v;
    size_t n;
} names;

static void names_add(names *l, const char *value)
{
    if (!value) return;
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i], value) == 0) return;
    const char **v = realloc(l->v, (l->n + 1) * sizeof *v);
    if (!v) return;
    l->v = v;
    l->v[l->n++] = value;
}

/* "<lead>; <what>: x, y, z (and N more)", the values closest to `given` first. */
static int fail_listing(names *l, const char *given, const char *lead, const char *what)
{
    mg_sort_closest(l->v, l->n, given); /* out of memory: listed as found */
    fprintf(cli_err(), "mechgraph: %s", lead);
    for (size_t i = 0; i < l->n && i < LISTED; i++) {
        if (i) fputs(", ", cli_err());
        else fprintf(cli_err(), "; %s", what);
        fputs(l->v[i], cli_err());
    }
    if (l->n > LISTED) fprintf(cli_err(), " (and %zu more)", l->n - LISTED);
    fputc('\n', cli_err());
    free(l->v);
    return EXIT_DATA;
}

/* Nothing between A and B (or A and anything) before the aspect and the context. */
static int fail_pair(const mg_graph *g, const cli_compare_query *q)
{
    names l = {0};
    char lead[3 * MG_NAME_MAX];
    const char *a = mg_graph_node(g, q->a)->id;
    for (size_t i = 0; i < mg_graph_comparison_count(g); i++) {
        const mg_comparison *c = mg_graph_comparison(g, i);
        if (q->in_a[c->a]) names_add(&l, mg_graph_node(g, c->b)->id);
        else if (q->in_a[c->b]) names_add(&l, mg_graph_node(g, c->a)->id);
    }
    if (q->b >= 0 && l.n) {
        snprintf(lead, sizeof lead, "no comparison between %s and %s", a, mg_graph_node(g, q->b)->id);
        char what[MG_NAME_MAX + 32];
        snprintf(what, sizeof what, "%s is compared with ", a);
        return fail_listing(&l, mg_graph_node(g, q->b)->id, lead, what);
    }
    /* A is compared with nothing: the nodes that are compared, closest to A first */
    free(l.v);
    l = (names){0};
    for (size_t i = 0; i < mg_graph_comparison_count(g); i++) {
        names_add(&l, mg_graph_node(g, mg_graph_comparison(g, i)->a)->id);
        names_add(&l, mg_graph_node(g, mg_graph_comparison(g, i)->b)->id);
    }
    snprintf(lead, sizeof lead, "%s is compared with nothing in the graph%s", a, l.n ? "" : ": it has no comparisons");
    return fail_listing(&l, a, lead, "nodes compared: ");
}

static int fail_values(const mg_graph *g, const cli_compare_query *q, const cli_compare_row *rows, size_t count, bool aspect)
{
    names l = {0};
    for (size_t i = 0; i < count; i++) {
        const mg_comparison *c = mg_graph_comparison(g, rows[i].index);
        if (aspect) {
            names_add(&l, mg_comparison_aspect(g, c));
            continue;
        }
        for (size_t k = 0; k < c->evidence_count; k++) {
            const mg_evidence *x = &c->evidence[k];
            const char *v[] = {x->disease, x->model, x->organism, x->cell, x->system};
            for (size_t f = 0; f < sizeof v / sizeof *v; f++) names_add(&l, v[f]);
        }
    }
    char lead[4 * MG_NAME_MAX];
    const char *given = aspect ? q->aspect : q->context;
    snprintf(lead, sizeof lead, "no comparison of %s with %s %s '%s'", mg_graph_node(g, q->a)->id,
             q->b >= 0 ? mg_graph_node(g, q->b)->id : "anything", aspect ? "on the aspect" : "in the context", given);
    return fail_listing(&l, given, lead, aspect ? "aspects compared: " : "contexts known: ");
}

int cli_compare_rows(const mg_graph *g, cli_compare_query *q, cli_compare_row **rows, size_t *count)
{
    cli_compare_query wide = *q;
    wide.aspect = wide.context = NULL;
    int status = cli_compare_find(g, &wide, rows, count);
    if (status) return status;
    if (!*count) return fail_pair(g, q);
    if (q->aspect) {
        cli_compare_row *all = *rows;
        size_t all_count = *count;
        wide.aspect = q->aspect;
        status = cli_compare_find(g, &wide, rows, count);
        if (!status && !*count) status = fail_values(g, q, all, all_count, true);
        free(all);
        if (status) return status;
    }
    if (q->context) {
        cli_compare_row *all = *rows;
        size_t all_count = *count;
        status = cli_compare_find(g, q, rows, count);
        if (!status && !*count) status = fail_values(g, q, all, all_count, false);
        free(all);
    }
    return status;
}

static void print_json(const mg_graph *g, const cli_compare_query *q, const cli_compare_row *rows, size_t count,
                       const char *const *given, const mg_lookup_result *ra, const mg_lookup_result *rb)
{
    json_out j;
    cli_json_begin(&j, "mechgraph-compare-1");
    json_key(&j, "a");
    json_begin_object(&j);
    cli_json_node_summary(&j, mg_graph_node(g, q->a));
    cli_json_resolved(&j, g, given[0], ra);
    json_end_object(&j);
    if (q->b >= 0) {
        json_key(&j, "b");
        json_begin_object(&j);
        cli_json_node_summary(&j, mg_graph_node(g, q->b));
        cli_json_resolved(&j, g, given[1], rb);
        json_end_object(&j);
    }
    json_kv_string(&j, "aspect", q->aspect);
    json_kv_string(&j, "context", q->context);
    json_key(&j, "subtypes");
    json_bool(&j, q->subtypes);
    cli_json_selection(&j);
    json_kv_int(&j, "count", (long long)count);
    json_key(&j, "comparisons");
    cli_json_comparisons(&j, g, q, rows, count);
    json_end_object(&j);
    json_finish(&j);
}

int cli_compare_sides(const cli_args *args, const mg_graph *g, cli_compare_query *q, mg_lookup_result *ra,
                      mg_lookup_result *rb)
{
    int status = cli_lookup_result(g, args->positional[0], ra);
    if (status) return status;
    q->a = ra->node;
    q->b = -1;
    if (args->positional_count < 2) return 0;
    if ((status = cli_lookup_result(g, args->positional[1], rb))) return status;
    q->b = rb->node;
    if (q->b == q->a)
        return cli_usage_error(args->command, "'%s' and '%s' are the same node (%s): compare it with another",
                               args->positional[0], args->positional[1], mg_graph_node(g, q->a)->id);
    return 0;
}

int cmd_compare(const cli_args *args)
{
    cli_compare_query q = {.b = -1, .aspect = cli_value(args, "aspect"), .context = cli_value(args, "context"),
                           .subtypes = !cli_flag(args, "no-subtypes")};
    if (q.aspect && !*q.aspect) return cli_usage_error(args->command, "--aspect needs a name");
    if (q.context && !*q.context) return cli_usage_error(args->command, "--context needs a text");
    mg_graph *g = NULL;
    int status = cli_load_graph(args, &g);
    if (status) return status;
    mg_lookup_result ra = MG_LOOKUP_RESULT_INIT, rb = MG_LOOKUP_RESULT_INIT;
    cli_compare_row *rows = NULL;
    size_t count = 0;
    if ((status = cli_compare_sides(args, g, &q, &ra, &rb))) goto done;
    if ((status = cli_compare_prepare(g, &q)) || (status = cli_compare_rows(g, &q, &rows, &count))) goto done;
    if (cli_flag(args, "json")) {
        print_json(g, &q, rows, count, args->positional, &ra, &rb);
    } else {
        size_t aspects = 0;
        for (size_t i = 0; i < count; i++)
            aspects += i == 0 || strcmp(mg_comparison_aspect(g, mg_graph_comparison(g, rows[i].index)),
                                        mg_comparison_aspect(g, mg_graph_comparison(g, rows[i - 1].index))) != 0;
        fprintf(cli_out(), "%s compared with %s: %zu comparison%s on %zu aspect%s, seen from %s\n\n",
                cli_node_name(g, q.a), q.b >= 0 ? cli_node_name(g, q.b) : "anything", count, count == 1 ? "" : "s",
                aspects, aspects == 1 ? "" : "s", mg_graph_node(g, q.a)->id);
        cli_print_comparisons(cli_out(), g, &q, rows, count, "");
    }
done:
    free(rows);
    cli_compare_query_free(&q);
    mg_lookup_result_clear(&ra);
    mg_lookup_result_clear(&rb);
    cli_graph_free(g);
    return status;
}
