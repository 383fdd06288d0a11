/*
 * compare_query.c - which comparisons a question about A (and B) finds, shared by `compare`, `show`
 * and `render --compare`: either order (a record of B against A is turned to A's side, its direction
 * inverted), A's and B's subtypes (is_a) unless asked not to, an aspect and a context matched as
 * names are, grouped by aspect. A question that finds nothing is an error naming what there is.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

const char *cli_compare_symbol(mg_compare_direction d)
{
    return d == MG_COMPARE_GREATER ? ">" : d == MG_COMPARE_LESS ? "<" : "\u2248";
}

/* The normalised key of a name, malloc'd (NULL on failure). */
static char *key_of(const char *name)
{
    size_t need = mg_name_normalize(name, NULL, 0) + 1;
    char *key = malloc(need);
    if (key) mg_name_normalize(name, key, need);
    return key;
}

/* Marks X and, with `subtypes`, every node linked to it by a chain of is_a edges (X's variants:
 * IFN-γ-iMSC-EV is_a iMSC-EV). O(V + E). */
static int mark_members(const mg_graph *g, mg_id x, bool subtypes, bool **out)
{
    size_t n = (size_t)mg_graph_node_count(g);
    bool *in = calloc(n ? n : 1, sizeof *in);
    mg_id *queue = malloc((n ? n : 1) * sizeof *queue);
    if (!in || !queue) {
        free(in);
        free(queue);
        cli_error("out of memory");
        return EXIT_DATA;
    }
    size_t head = 0, tail = 0;
    in[x] = true;
    queue[tail++] = x;
    while (subtypes && head < tail) {
        size_t count;
        const mg_id *edges = mg_graph_incident(g, queue[head++], 0, &count);
        for (size_t i = 0; i < count; i++) {
            const mg_edge *e = mg_graph_edge(g, edges[i]);
            if (e->relation != MG_REL_IS_A || in[e->source]) continue;
            in[e->source] = true;
            queue[tail++] = e->source;
        }
    }
    free(queue);
    *out = in;
    return 0;
}

/* Whether the words of `want` (a normalised key's pieces: letters and digits, case folded) occur
 * one after another in `text`: "OA model" in "rat OA model", "rat" not in "pirate". */
static bool words_in(const char *text, const char *want)
{
    if (!text) return false;
    char t[2048], w[2048];
    size_t tl = 0, wl = 0;
    /* each text as " word word ... ": whole words then match as " w1 w2 " inside it */
    for (int pass = 0; pass < 2; pass++) {
        const char *s = pass ? want : text;
        char *d = pass ? w : t;
        size_t *len = pass ? &wl : &tl, cap = sizeof t - 2;
        d[(*len)++] = ' ';
        for (; *s && *len < cap; s++) {
            unsigned char c = (unsigned char)*s;
            bool word = c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
            if (word) d[(*len)++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            else if (d[*len - 1] != ' ') d[(*len)++] = ' ';
        }
        if (d[*len - 1] != ' ') d[(*len)++] = ' ';
        d[*len] = '\0';
    }
    return wl > 1 && strstr(t, w) != NULL;
}

/* Whether an evidence's disease is a name of the disease node the context names. */
static bool disease_is(const mg_graph *g, mg_id node, const char *disease)
{
    if (node < 0 || !disease) return false;
    char *key = key_of(disease);
    const mg_node *n = mg_graph_node(g, node);
    bool same = false;
    for (size_t i = 0; key && i < n->synonym_count + 2 && !same; i++) {
        char *k = key_of(i == 0 ? n->id : i == 1 ? n->label : n->synonyms[i - 2]);
        same = k && strcmp(k, key) == 0;
        free(k);
    }
    free(key);
    return same;
}

bool cli_compare_evidence_ok(const mg_graph *g, const cli_compare_query *q, const mg_evidence *x)
{
    if (!q->context) return true;
    const char *fields[] = {x->disease, x->model, x->organism, x->cell, x->system};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        if (words_in(fields[i], q->context)) return true;
    return disease_is(g, q->context_node, x->disease);
}

static bool aspect_ok(const mg_graph *g, const cli_compare_query *q, const mg_comparison *c)
{
    if (!q->aspect) return true;
    if (q->aspect_node >= 0 && c->aspect == q->aspect_node) return true;
    char *key = key_of(mg_comparison_aspect(g, c));
    bool ok = key && q->aspect_key && strstr(key, q->aspect_key) != NULL;
    free(key);
    return ok;
}

static bool context_ok(const mg_graph *g, const cli_compare_query *q, const mg_comparison *c)
{
    for (size_t i = 0; i < c->evidence_count; i++)
        if (cli_compare_evidence_ok(g, q, &c->evidence[i])) return true;
    return false;
}

/* Rows by aspect (its words, normalised), then the other side's id, then file order. */
static _Thread_local const mg_graph *sort_graph; /* qsort has no context argument */
static int compare_rows(const void *pa, const void *pb)
{
    const cli_compare_row *x = pa, *y = pb;
    const mg_graph *g = sort_graph;
    char *kx = key_of(mg_comparison_aspect(g, mg_graph_comparison(g, x->index)));
    char *ky = key_of(mg_comparison_aspect(g, mg_graph_comparison(g, y->index)));
    int c = kx && ky ? strcmp(kx, ky) : 0;
    free(kx);
    free(ky);
    if (!c) c = strcmp(mg_graph_node(g, x->right)->id, mg_graph_node(g, y->right)->id);
    if (!c) c = (x->index > y->index) - (x->index < y->index);
    return c;
}

int cli_compare_prepare(const mg_graph *g, cli_compare_query *q)
{
    int status = mark_members(g, q->a, q->subtypes, &q->in_a);
    if (!status && q->b >= 0) status = mark_members(g, q->b, q->subtypes, &q->in_b);
    if (status) return status;
    q->aspect_node = q->context_node = -1;
    if (q->aspect) {
        mg_lookup_result r = MG_LOOKUP_RESULT_INIT;
        if (mg_graph_lookup(g, q->aspect, &r) == MG_OK) q->aspect_node = r.node;
        mg_lookup_result_clear(&r);
        if (!(q->aspect_key = key_of(q->aspect))) return cli_error("out of memory"), EXIT_DATA;
    }
    if (q->context) {
        mg_lookup_result r = MG_LOOKUP_RESULT_INIT;
        if (mg_graph_lookup(g, q->context, &r) == MG_OK && mg_graph_node(g, r.node)->type == MG_NODE_DISEASE)
            q->context_node = r.node;
        mg_lookup_result_clear(&r);
    }
    return 0;
}

/* How comparison c stands to the question, before the aspect and the context: 0 no match; 1 as
 * recorded; 2 from b's side. A record that fits both ways (one of A's subtypes against A itself,
 * or A and B overlapping) is seen from A's exact node when it names it, else as recorded. */
static int orientation(const cli_compare_query *q, const mg_comparison *c)
{
    bool ab = q->in_a[c->a] && (q->b < 0 || q->in_b[c->b]);
    bool ba = q->in_a[c->b] && (q->b < 0 || q->in_b[c->a]);
    if (ab && ba) return c->b == q->a && c->a != q->a ? 2 : 1;
    return ab ? 1 : ba ? 2 : 0;
}

int cli_compare_find(const mg_graph *g, const cli_compare_query *q, cli_compare_row **rows, size_t *count)
{
    size_t n = mg_graph_comparison_count(g), k = 0;
    *rows = malloc((n ? n : 1) * sizeof **rows);
    *count = 0;
    if (!*rows) return cli_error("out of memory"), EXIT_DATA;
    for (size_t i = 0; i < n; i++) {
        const mg_comparison *c = mg_graph_comparison(g, i);
        int how = orientation(q, c);
        if (!how || !aspect_ok(g, q, c) || !context_ok(g, q, c)) continue;
        cli_compare_row *r = &(*rows)[k++];
        r->index = i;
        r->inverted = how == 2;
        r->left = r->inverted ? c->b : c->a;
        r->right = r->inverted ? c->a : c->b;
        r->direction = r->inverted ? (mg_compare_direction)(-(int)c->direction) : c->direction;
        r->left_parent = r->left != q->a ? q->a : -1;
        r->right_parent = q->b >= 0 && r->right != q->b ? q->b : -1;
    }
    sort_graph = g;
    if (k) qsort(*rows, k, sizeof **rows, compare_rows);
    *count = k;
    return 0;
}

void cli_compare_query_free(cli_compare_query *q)
{
    free(q->in_a);
    free(q->in_b);
    free(q->aspect_key);
    q->in_a = q->in_b = NULL;
    q->aspect_key = NULL;
}
