/*
 * drawing.c - what a picture shows, decided before Graphviz sees anything: the drawn nodes, the
 * drawn edges merged per (source, target, kind of effect), the disease clusters, and the texts
 * that carry the evidence (short citations, tooltips, DOI links).
 */
#include "render_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    mg_id source, target;
    mg_edge_class cls;
    mg_id edge;
} keyed_edge;

static int compare_keyed(const void *a, const void *b)
{
    const keyed_edge *p = a, *q = b;
    if (p->source != q->source) return p->source < q->source ? -1 : 1;
    if (p->target != q->target) return p->target < q->target ? -1 : 1;
    if (p->cls != q->cls) return p->cls < q->cls ? -1 : 1;
    return p->edge < q->edge ? -1 : p->edge > q->edge;
}

static int compare_strings(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* A node goes in a disease's cluster when every piece of evidence on its drawn edges that names a
 * disease names that one. */
static mg_error_t clusters(mg_drawing *d, const mg_graph *g)
{
    size_t n = (size_t)mg_graph_node_count(g);
    const char **only = calloc(n + 1, sizeof *only); /* the one disease seen, or NULL */
    bool *mixed = calloc(n + 1, sizeof *mixed);
    d->cluster_of = malloc((n + 1) * sizeof *d->cluster_of);
    if (!only || !mixed || !d->cluster_of) {
        free(only);
        free(mixed);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < d->group_count; i++) {
        for (size_t k = 0; k < d->groups[i].count; k++) {
            const mg_edge *e = mg_graph_edge(g, d->group_edges[d->groups[i].start + k]);
            for (size_t x = 0; x < e->evidence_count; x++) {
                const char *dis = e->evidence[x].disease;
                if (!dis) continue;
                mg_id ends[2] = {e->source, e->target};
                for (int j = 0; j < 2; j++) {
                    if (!only[ends[j]]) only[ends[j]] = dis;
                    else if (strcmp(only[ends[j]], dis) != 0) mixed[ends[j]] = true;
                }
            }
        }
    }
    d->diseases = malloc((n + 1) * sizeof *d->diseases);
    if (!d->diseases) {
        free(only);
        free(mixed);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    for (size_t v = 0; v < n; v++)
        if (d->drawn[v] && only[v] && !mixed[v]) d->diseases[d->disease_count++] = only[v];
    if (d->disease_count > 1) qsort(d->diseases, d->disease_count, sizeof *d->diseases, compare_strings);
    size_t unique = 0;
    for (size_t i = 0; i < d->disease_count; i++)
        if (i == 0 || strcmp(d->diseases[i], d->diseases[unique - 1]) != 0) d->diseases[unique++] = d->diseases[i];
    d->disease_count = unique;
    for (size_t v = 0; v < n; v++) {
        d->cluster_of[v] = -1;
        if (!d->drawn[v] || !only[v] || mixed[v]) continue;
        const char **at = bsearch(&only[v], d->diseases, d->disease_count, sizeof *d->diseases, compare_strings);
        d->cluster_of[v] = at ? (int)(at - d->diseases) : -1;
    }
    free(only);
    free(mixed);
    return MG_OK;
}

mg_error_t mg__drawing_build(mg_drawing *d, const mg_graph *g, const mg_render_options *o)
{
    memset(d, 0, sizeof *d);
    size_t n = (size_t)mg_graph_node_count(g), m = (size_t)mg_graph_edge_count(g);
    d->drawn = calloc(n + 1, sizeof *d->drawn);
    d->emphasis = calloc(n + 1, sizeof *d->emphasis);
    d->node_list = malloc((n + 1) * sizeof *d->node_list);
    keyed_edge *keyed = malloc((m + 1) * sizeof *keyed);
    d->group_edges = malloc((m + 1) * sizeof *d->group_edges);
    d->groups = malloc((m + 1) * sizeof *d->groups);
    mg_error_t err = MG_OK;
    if (!d->drawn || !d->emphasis || !d->node_list || !keyed || !d->group_edges || !d->groups) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t v = 0; v < n; v++) d->drawn[v] = o->nodes ? o->nodes[v] : true;
    for (size_t i = 0; i < o->emphasis_count; i++) {
        if (o->emphasis[i] < 0 || (size_t)o->emphasis[i] >= n) {
            err = mg__fail(MG_EINVAL, "node %lld is out of range", (long long)o->emphasis[i]);
            goto done;
        }
        d->emphasis[o->emphasis[i]] = true;
    }
    size_t k = 0;
    for (size_t e = 0; e < m; e++) {
        const mg_edge *x = mg_graph_edge(g, (mg_id)e);
        if (o->edges ? !o->edges[e] : false) continue;
        if (!d->drawn[x->source] || !d->drawn[x->target]) continue;
        keyed[k++] = (keyed_edge){x->source, x->target, mg__edge_class(x->relation), (mg_id)e};
    }
    if (k > 1) qsort(keyed, k, sizeof *keyed, compare_keyed);
    for (size_t i = 0; i < k; i++) {
        d->group_edges[i] = keyed[i].edge;
        if (i == 0 || keyed[i].source != keyed[i - 1].source || keyed[i].target != keyed[i - 1].target ||
            keyed[i].cls != keyed[i - 1].cls)
            d->groups[d->group_count++] = (mg_edge_group){keyed[i].cls, i, 0};
        d->groups[d->group_count - 1].count++;
        d->classes_shown[keyed[i].cls] = true;
    }
    for (size_t v = 0; v < n; v++) {
        if (!d->drawn[v]) continue;
        d->node_list[d->node_count++] = (mg_id)v;
        d->types_shown[mg_graph_node(g, (mg_id)v)->type] = true;
    }
    if (o->cluster_disease) err = clusters(d, g);
done:
    free(keyed);
    if (err) mg__drawing_destroy(d);
    return err;
}

void mg__drawing_destroy(mg_drawing *d)
{
    free(d->node_list);
    free(d->drawn);
    free(d->emphasis);
    free(d->groups);
    free(d->group_edges);
    free(d->diseases);
    free(d->cluster_of);
    memset(d, 0, sizeof *d);
}

/* ---- evidence texts ---- */

void mg__short_citation(mg_buffer *b, const mg_reference *ref)
{
    /* citations read "Surname, I., Other, J., ... (2017). Title ..." */
    const char *c = ref->citation;
    const char *comma = c ? strchr(c, ',') : NULL;
    const char *year = NULL;
    for (const char *p = c; p && *p && !year; p++)
        if (p[0] == '(' && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]) &&
            isdigit((unsigned char)p[4]))
            year = p + 1;
    if (!comma || !year || comma - c > 60) {
        mg__buffer_puts(b, ref->id);
        return;
    }
    mg__buffer_append(b, c, (size_t)(comma - c));
    mg__buffer_puts(b, " et al. ");
    mg__buffer_append(b, year, 4);
}

static void evidence_line(mg_buffer *b, const mg_evidence *x)
{
    mg__short_citation(b, x->ref);
    const char *parts[] = {x->organism, x->system, x->disease};
    bool open = false;
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        if (!parts[i]) continue;
        mg__buffer_puts(b, open ? ", " : " (");
        mg__buffer_puts(b, parts[i]);
        open = true;
    }
    if (open) mg__buffer_putc(b, ')');
}

static int detail(const mg_evidence *x) { return (x->organism != NULL) + (x->system != NULL) + (x->disease != NULL); }

void mg__node_tooltip(mg_buffer *b, const mg_graph *g, const mg_drawing *d, mg_id v)
{
    const mg_node *node = mg_graph_node(g, v);
    mg__buffer_printf(b, "%s (%s)", node->label, mg_node_type_name(node->type));
    /* the studies behind the node's drawn edges, each once, in the order met, each with the
     * model of its most detailed piece of evidence (organism, system, disease) */
    const mg_evidence *best[64];
    size_t nseen = 0, more = 0;
    for (size_t i = 0; i < d->group_count; i++) {
        const mg_edge_group *grp = &d->groups[i];
        for (size_t k = 0; k < grp->count; k++) {
            const mg_edge *e = mg_graph_edge(g, d->group_edges[grp->start + k]);
            if (e->source != v && e->target != v) continue;
            for (size_t x = 0; x < e->evidence_count; x++) {
                const mg_evidence *ev = &e->evidence[x];
                size_t s = 0;
                while (s < nseen && best[s]->ref != ev->ref) s++;
                if (s < nseen) {
                    if (detail(ev) > detail(best[s])) best[s] = ev;
                } else if (nseen < sizeof best / sizeof *best) {
                    best[nseen++] = ev;
                } else {
                    more++;
                }
            }
        }
    }
    for (size_t s = 0; s < nseen; s++) {
        mg__buffer_puts(b, "\n");
        evidence_line(b, best[s]);
    }
    if (more) mg__buffer_printf(b, "\nand more studies");
}

void mg__group_relations(mg_buffer *b, const mg_graph *g, const mg_drawing *d, const mg_edge_group *grp)
{
    b->len = 0;
    if (b->data) b->data[0] = '\0';
    for (size_t k = 0; k < grp->count; k++) {
        mg_relation rel = mg_graph_edge(g, d->group_edges[grp->start + k])->relation;
        bool dup = false;
        for (size_t j = 0; j < k && !dup; j++) dup = mg_graph_edge(g, d->group_edges[grp->start + j])->relation == rel;
        if (dup) continue;
        if (b->len) mg__buffer_putc(b, '/');
        mg__buffer_puts(b, mg_relation_name(rel));
    }
}

void mg__group_tooltip(mg_buffer *b, const mg_graph *g, const mg_drawing *d, const mg_edge_group *grp)
{
    const mg_edge *first = mg_graph_edge(g, d->group_edges[grp->start]);
    mg__group_relations(b, g, d, grp);
    mg_buffer rels = {0};
    mg__buffer_puts(&rels, mg__buffer_cstr(b));
    b->len = 0;
    mg__buffer_printf(b, "%s %s %s", mg_graph_node(g, first->source)->label, mg__buffer_cstr(&rels),
                      mg_graph_node(g, first->target)->label);
    mg__buffer_free(&rels);
    for (size_t k = 0; k < grp->count; k++) {
        const mg_edge *e = mg_graph_edge(g, d->group_edges[grp->start + k]);
        for (size_t x = 0; x < e->evidence_count; x++) {
            mg__buffer_puts(b, "\n");
            evidence_line(b, &e->evidence[x]);
        }
    }
}

const char *mg__group_doi(const mg_graph *g, const mg_drawing *d, const mg_edge_group *grp)
{
    for (size_t k = 0; k < grp->count; k++) {
        const mg_edge *e = mg_graph_edge(g, d->group_edges[grp->start + k]);
        for (size_t x = 0; x < e->evidence_count; x++)
            if (e->evidence[x].ref->doi) return e->evidence[x].ref->doi;
    }
    return NULL;
}

void mg__doi_url(mg_buffer *b, const char *doi)
{
    b->len = 0;
    mg__buffer_puts(b, "https://doi.org/");
    /* RFC 3986 unreserved characters and '/' pass; everything else (quotes, <, >, spaces, %,
     * non-ASCII bytes) is percent-encoded, so a DOI cannot break out of an attribute */
    for (const unsigned char *p = (const unsigned char *)doi; *p; p++) {
        if (isalnum(*p) || strchr("-._~/", *p)) mg__buffer_putc(b, (char)*p);
        else mg__buffer_printf(b, "%%%02X", *p);
    }
}
