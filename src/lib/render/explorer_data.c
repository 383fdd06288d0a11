/*
 * explorer_data.c - what the explorer page draws, as the JSON its script reads: the drawn nodes
 * (names and synonyms for the search box, Graphviz's coordinates), the merged edges with every
 * piece of evidence, the studies they cite (short citation, DOI link, cautions), and the styles of
 * styles.c, so the page and the static picture share one visual language. Written as text, not
 * through cJSON (which stays in io/): a flat record, and every string passes one escaper that also
 * keeps the text from closing the <script> element that holds it.
 */
#include "render_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A JSON string, safe inside an HTML <script> element: '<', '>' and '&' as \u escapes (no
 * "</script>" or "<!--" can appear), control characters escaped, U+2028 and U+2029 too (older
 * JavaScript rejects them in string literals). NULL is written null. */
static void json_string(mg_buffer *b, const char *text)
{
    if (!text) {
        mg__buffer_puts(b, "null");
        return;
    }
    mg__buffer_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p == '"' || *p == '\\') {
            mg__buffer_putc(b, '\\');
            mg__buffer_putc(b, (char)*p);
        } else if (*p == '\n') {
            mg__buffer_puts(b, "\\n");
        } else if (*p < 0x20 || *p == '<' || *p == '>' || *p == '&') {
            mg__buffer_printf(b, "\\u%04x", *p);
        } else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
            mg__buffer_printf(b, "\\u%04x", p[2] == 0xA8 ? 0x2028 : 0x2029);
            p += 2;
        } else {
            mg__buffer_putc(b, (char)*p);
        }
    }
    mg__buffer_putc(b, '"');
}

/* ,"key":"value" when there is a value */
static void member(mg_buffer *b, const char *key, const char *value)
{
    if (!value) return;
    mg__buffer_printf(b, ",\"%s\":", key);
    json_string(b, value);
}

static void cautions(mg_buffer *b, const mg_caution *c, size_t n)
{
    if (!n) return;
    mg__buffer_puts(b, ",\"cautions\":[");
    for (size_t i = 0; i < n; i++) {
        mg__buffer_puts(b, i ? ",[" : "[");
        json_string(b, c[i].code);
        mg__buffer_putc(b, ',');
        json_string(b, c[i].text);
        mg__buffer_putc(b, ']');
    }
    mg__buffer_putc(b, ']');
}

/* The studies and reviews the drawn evidence cites, numbered in the order first met:
 * index[ref - g->refs] is a reference's number in the page, or -1. */
static size_t number_references(int *index, const mg_graph *g, const mg_drawing *d)
{
    size_t n = 0;
    for (size_t r = 0; r < g->ref_count; r++) index[r] = -1;
    for (size_t i = 0; i < d->group_count; i++)
        for (size_t k = 0; k < d->groups[i].count; k++) {
            const mg_edge *e = mg_graph_edge(g, d->group_edges[d->groups[i].start + k]);
            for (size_t x = 0; x < e->evidence_count; x++) {
                const mg_reference *refs[2] = {e->evidence[x].ref, e->evidence[x].review};
                for (int j = 0; j < 2; j++) {
                    if (!refs[j] || refs[j] < g->refs || refs[j] >= g->refs + g->ref_count) continue;
                    size_t at = (size_t)(refs[j] - g->refs);
                    if (index[at] < 0) index[at] = (int)n++;
                }
            }
        }
    return n;
}

static void write_references(mg_buffer *b, const mg_graph *g, const int *index, size_t n)
{
    /* in their page numbers' order */
    const mg_reference **order = calloc(n + 1, sizeof *order);
    if (!order) {
        b->failed = true;
        return;
    }
    for (size_t r = 0; r < g->ref_count; r++)
        if (index[r] >= 0) order[index[r]] = &g->refs[r];
    mg_buffer text = {0};
    mg__buffer_puts(b, ",\"refs\":[");
    for (size_t i = 0; i < n; i++) {
        const mg_reference *ref = order[i];
        mg__buffer_puts(b, i ? ",\n{\"id\":" : "\n{\"id\":");
        json_string(b, ref->id);
        text.len = 0;
        mg__short_citation(&text, ref);
        member(b, "cite", mg__buffer_cstr(&text));
        member(b, "citation", ref->citation);
        member(b, "doi", ref->doi);
        if (ref->doi) {
            mg__doi_url(&text, ref->doi);
            member(b, "url", mg__buffer_cstr(&text));
        }
        member(b, "pmid", ref->pmid);
        cautions(b, ref->cautions, ref->caution_count);
        mg__buffer_putc(b, '}');
    }
    mg__buffer_puts(b, "]");
    if (text.failed) b->failed = true;
    mg__buffer_free(&text);
    free(order);
}

/* The comparisons node v is a side of, seen from its side (a record of the other against it
 * turned round, its direction inverted), each piece of evidence with its citation inline: the
 * page's numbered studies are those of the drawn edges. */
static void write_comparisons(mg_buffer *b, const mg_graph *g, mg_id v)
{
    static const char *const symbols[] = {"<", "\u2248", ">"};
    bool any = false;
    mg_buffer text = {0};
    for (size_t i = 0; i < g->cmp_count; i++) {
        const mg_comparison *c = &g->cmps[i];
        if (c->a != v && c->b != v) continue;
        bool inv = c->a != v;
        int dir = inv ? -(int)c->direction : (int)c->direction;
        mg__buffer_puts(b, any ? ",{\"other\":" : ",\"cmp\":[{\"other\":");
        any = true;
        json_string(b, g->nodes[inv ? c->a : c->b].label);
        member(b, "aspect", mg_comparison_aspect(g, c));
        member(b, "dir", mg_compare_direction_name((mg_compare_direction)dir));
        member(b, "sym", symbols[dir + 1]);
        if (inv) {
            text.len = 0;
            mg__buffer_printf(&text, "%s %s %s", g->nodes[c->a].label, symbols[c->direction + 1], g->nodes[c->b].label);
            member(b, "recorded", mg__buffer_cstr(&text));
        }
        member(b, "note", c->note);
        mg__buffer_puts(b, ",\"ev\":[");
        for (size_t k = 0; k < c->evidence_count; k++) {
            const mg_evidence *x = &c->evidence[k];
            text.len = 0;
            mg__short_citation(&text, x->ref);
            mg__buffer_puts(b, k ? ",{\"cite\":" : "{\"cite\":");
            json_string(b, mg__buffer_cstr(&text));
            member(b, "citation", x->ref->citation);
            if (x->ref->doi) {
                text.len = 0;
                mg__doi_url(&text, x->ref->doi);
                member(b, "url", mg__buffer_cstr(&text));
            }
            member(b, "review", x->review ? x->review->id : NULL);
            member(b, "where", x->where);
            member(b, "organism", x->organism);
            member(b, "system", x->system);
            member(b, "disease", x->disease);
            member(b, "cell", x->cell);
            member(b, "model", x->model);
            member(b, "note", x->note);
            cautions(b, x->cautions, x->caution_count);
            mg__buffer_putc(b, '}');
        }
        mg__buffer_puts(b, "]}");
    }
    if (any) mg__buffer_putc(b, ']');
    if (text.failed) b->failed = true;
    mg__buffer_free(&text);
}

static void write_nodes(mg_buffer *b, const mg_graph *g, const mg_drawing *d, const double *xy)
{
    mg__buffer_puts(b, ",\"nodes\":[");
    for (size_t i = 0; i < d->node_count; i++) {
        mg_id v = d->node_list[i];
        const mg_node *n = mg_graph_node(g, v);
        mg__buffer_puts(b, i ? ",\n{\"id\":" : "\n{\"id\":");
        json_string(b, n->id);
        member(b, "label", n->label);
        member(b, "type", mg_node_type_name(n->type));
        if (xy && !isnan(xy[2 * v]) && !isnan(xy[2 * v + 1]))
            mg__buffer_printf(b, ",\"x\":%.1f,\"y\":%.1f", xy[2 * v], xy[2 * v + 1]);
        if (d->emphasis[v]) mg__buffer_puts(b, ",\"em\":true");
        if (n->synonym_count) {
            mg__buffer_puts(b, ",\"syn\":[");
            for (size_t s = 0; s < n->synonym_count; s++) {
                if (s) mg__buffer_putc(b, ',');
                json_string(b, n->synonyms[s]);
            }
            mg__buffer_putc(b, ']');
        }
        if (n->xref_count) {
            mg__buffer_puts(b, ",\"xrefs\":[");
            for (size_t s = 0; s < n->xref_count; s++) {
                if (s) mg__buffer_putc(b, ',');
                mg_buffer kv = {0};
                mg__buffer_printf(&kv, "%s:%s", n->xrefs[s].key, n->xrefs[s].value);
                json_string(b, mg__buffer_cstr(&kv));
                if (kv.failed) b->failed = true;
                mg__buffer_free(&kv);
            }
            mg__buffer_putc(b, ']');
        }
        member(b, "note", n->note);
        write_comparisons(b, g, v);
        mg__buffer_putc(b, '}');
    }
    mg__buffer_puts(b, "]");
}

static int ref_number(const mg_graph *g, const int *index, const mg_reference *ref)
{
    if (!ref || ref < g->refs || ref >= g->refs + g->ref_count) return -1;
    return index[ref - g->refs];
}

static void write_edges(mg_buffer *b, const mg_graph *g, const mg_drawing *d, const int *index)
{
    /* a node's place in the page's node list */
    size_t *place = malloc(((size_t)mg_graph_node_count(g) + 1) * sizeof *place);
    if (!place) {
        b->failed = true;
        return;
    }
    for (size_t i = 0; i < d->node_count; i++) place[d->node_list[i]] = i;
    mg_buffer rel = {0};
    mg__buffer_puts(b, ",\"edges\":[");
    for (size_t i = 0; i < d->group_count; i++) {
        const mg_edge_group *grp = &d->groups[i];
        const mg_edge *first = mg_graph_edge(g, d->group_edges[grp->start]);
        mg__group_relations(&rel, g, d, grp);
        mg__buffer_printf(b, "%s{\"s\":%zu,\"t\":%zu,\"c\":%d", i ? ",\n" : "\n", place[first->source],
                          place[first->target], (int)grp->cls);
        member(b, "rel", mg__buffer_cstr(&rel));
        mg__buffer_puts(b, ",\"ev\":[");
        size_t shown = 0;
        for (size_t k = 0; k < grp->count; k++) {
            const mg_edge *e = mg_graph_edge(g, d->group_edges[grp->start + k]);
            for (size_t x = 0; x < e->evidence_count; x++) {
                const mg_evidence *ev = &e->evidence[x];
                mg__buffer_printf(b, "%s{\"rel\":", shown++ ? "," : "");
                json_string(b, mg_relation_name(e->relation));
                mg__buffer_printf(b, ",\"ref\":%d", ref_number(g, index, ev->ref));
                if (ev->review) mg__buffer_printf(b, ",\"review\":%d", ref_number(g, index, ev->review));
                member(b, "where", ev->where);
                member(b, "organism", ev->organism);
                member(b, "system", ev->system);
                member(b, "disease", ev->disease);
                member(b, "cell", ev->cell);
                member(b, "model", ev->model);
                member(b, "note", ev->note);
                cautions(b, ev->cautions, ev->caution_count);
                mg__buffer_putc(b, '}');
            }
        }
        mg__buffer_puts(b, "]}");
    }
    mg__buffer_puts(b, "]");
    if (rel.failed) b->failed = true;
    mg__buffer_free(&rel);
    free(place);
}

/* The styles of styles.c, for the types and kinds of edge drawn; legend texts with them. */
static void write_styles(mg_buffer *b, const mg_drawing *d)
{
    mg__buffer_puts(b, ",\"types\":{");
    bool any = false;
    for (int t = 0; t < MG_NODE_TYPE_COUNT; t++) {
        if (!d->types_shown[t]) continue;
        const mg_type_style *st = &mg__type_styles[t];
        mg__buffer_printf(b, "%s\"%s\":{\"shape\":\"%s\",\"fill\":\"%s\",\"font\":\"%s\",\"peripheries\":%d", any ? "," : "",
                          mg_node_type_name((mg_node_type)t), st->shape, st->fill, st->font, st->peripheries);
        member(b, "meaning", mg_node_type_description((mg_node_type)t));
        mg__buffer_putc(b, '}');
        any = true;
    }
    mg__buffer_puts(b, "},\"classes\":[");
    static const char *const names[MG_EDGE_CLASS_COUNT] = {"raises", "lowers", "regulates", "associated", "structural"};
    for (int c = 0; c < MG_EDGE_CLASS_COUNT; c++) {
        const mg_edge_style *st = &mg__edge_styles[c];
        mg__buffer_printf(b, "%s{\"name\":\"%s\",\"color\":\"%s\",\"arrowhead\":\"%s\",\"style\":\"%s\",\"shown\":%s", c ? "," : "",
                          names[c], st->color, st->arrowhead, st->style, d->classes_shown[c] ? "true" : "false");
        member(b, "meaning", st->meaning);
        mg__buffer_putc(b, '}');
    }
    mg__buffer_puts(b, "]");
}

mg_error_t mg__explorer_data(mg_buffer *out, const mg_graph *g, const mg_drawing *d, const mg_render_options *o,
                             const double *xy)
{
    int *index = malloc((g->ref_count + 1) * sizeof *index);
    if (!index) return mg__fail(MG_ENOMEM, "out of memory");
    size_t nrefs = number_references(index, g, d);
    mg__buffer_puts(out, "{\"format\":\"mechgraph-explorer-1\",\"version\":\"" MG_VERSION "\"");
    member(out, "title", o->title);
    member(out, "graph", g->name);
    write_styles(out, d);
    write_references(out, g, index, nrefs);
    write_nodes(out, g, d, xy);
    write_edges(out, g, d, index);
    mg__buffer_puts(out, "}");
    free(index);
    return out->failed ? mg__fail(MG_ENOMEM, "out of memory") : MG_OK;
}
