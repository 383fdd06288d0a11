/*
 * select_graph.c - mg_graph_select: the part of a graph a selection keeps, as a new graph that
 * every command then works on (the evidence that passes, the edges and comparisons left with any,
 * the nodes they name, the references cited), copied into the new graph's arena so that it outlives the old.
 */
#include "select/select.h"

#include <stdlib.h>
#include <string.h>

bool mg_select_options_any(const mg_select_options *o)
{
    return o && (o->context || o->organism || o->system || o->cell || o->study || o->review || o->min_studies ||
                 o->no_cautioned);
}

/* What the selection keeps of the old graph, by index; map_* give the new indices (-1: left out). */
typedef struct {
    bool *evidence;  /* per piece of evidence, edge by edge (offset[e] + k) */
    size_t *offset;  /* [edge_count + 1] */
    mg_id *map_node, *map_edge, *map_ref;
    bool *cmp_evidence; /* the same for comparisons (cmp_offset[c] + k) */
    size_t *cmp_offset; /* [cmp_count + 1] */
    bool *keep_cmp;
} keep;

static void keep_free(keep *k)
{
    free(k->evidence);
    free(k->offset);
    free(k->map_node);
    free(k->map_edge);
    free(k->map_ref);
    free(k->cmp_evidence);
    free(k->cmp_offset);
    free(k->keep_cmp);
}

static mg_error_t keep_alloc(keep *k, const mg_graph *g)
{
    size_t n = g->node_count, m = g->edge_count, x = 0;
    k->offset = malloc((m + 1) * sizeof *k->offset);
    if (!k->offset) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t e = 0; e < m; e++) {
        k->offset[e] = x;
        x += g->edges[e].evidence_count;
    }
    k->offset[m] = x;
    k->evidence = calloc(x + 1, sizeof *k->evidence);
    k->map_node = malloc((n + 1) * sizeof *k->map_node);
    k->map_edge = malloc((m + 1) * sizeof *k->map_edge);
    k->map_ref = malloc((g->ref_count + 1) * sizeof *k->map_ref);
    if (!k->evidence || !k->map_node || !k->map_edge || !k->map_ref) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t i = 0; i < n; i++) k->map_node[i] = -1;
    for (size_t i = 0; i < m; i++) k->map_edge[i] = -1;
    for (size_t i = 0; i < g->ref_count; i++) k->map_ref[i] = -1;
    size_t c = g->cmp_count;
    x = 0;
    if (!(k->cmp_offset = malloc((c + 1) * sizeof *k->cmp_offset))) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t i = 0; i < c; i++) {
        k->cmp_offset[i] = x;
        x += g->cmps[i].evidence_count;
    }
    k->cmp_offset[c] = x;
    k->cmp_evidence = calloc(x + 1, sizeof *k->cmp_evidence);
    k->keep_cmp = calloc(c + 1, sizeof *k->keep_cmp);
    if (!k->cmp_evidence || !k->keep_cmp) return mg__fail(MG_ENOMEM, "out of memory");
    return MG_OK;
}

/* Distinct primary studies among the kept pieces of evidence (a few each: pairwise). */
static size_t kept_studies(const mg_evidence *ev, size_t count, const bool *kept)
{
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
        if (!kept[i]) continue;
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++) seen = kept[j] && ev[j].ref == ev[i].ref;
        n += !seen;
    }
    return n;
}

/* Marks the kept evidence's references. */
static void mark_refs(keep *k, const mg_graph *g, const mg_evidence *ev, size_t count, const bool *kept)
{
    for (size_t i = 0; i < count; i++) {
        if (!kept[i]) continue;
        k->map_ref[ev[i].ref - g->refs] = 0;
        if (ev[i].review) k->map_ref[ev[i].review - g->refs] = 0;
    }
}

/* Comparisons are kept as edges are (evidence that passes, min_studies), with the nodes they
 * name: a comparison's subjects need not have an edge in the selection. */
static void mark_comparisons(keep *k, const mg_graph *g, const mg_evidence_filter *f, const mg_select_options *o, bool any)
{
    for (size_t c = 0; c < g->cmp_count; c++) {
        const mg_comparison *cmp = &g->cmps[c];
        bool *kept = k->cmp_evidence + k->cmp_offset[c];
        size_t count = 0;
        for (size_t i = 0; i < cmp->evidence_count; i++) count += (kept[i] = mg__evidence_filter_ok(f, &cmp->evidence[i]));
        size_t studies = kept_studies(cmp->evidence, cmp->evidence_count, kept);
        if (any && (!(count || !mg__evidence_filter_active(f)) || studies < o->min_studies)) continue;
        k->keep_cmp[c] = true;
        k->map_node[cmp->a] = k->map_node[cmp->b] = 0;
        if (cmp->aspect >= 0) k->map_node[cmp->aspect] = 0;
        mark_refs(k, g, cmp->evidence, cmp->evidence_count, kept);
    }
}

/* Marks what passes; fails when min_studies leaves no edge (the values were checked before). */
static mg_error_t mark(keep *k, const mg_graph *g, const mg_evidence_filter *f, const mg_select_options *o, bool any)
{
    size_t best = 0, edges = 0;
    for (size_t e = 0; e < g->edge_count; e++) {
        const mg_edge *edge = &g->edges[e];
        bool *kept = k->evidence + k->offset[e];
        size_t count = 0;
        for (size_t i = 0; i < edge->evidence_count; i++) count += (kept[i] = mg__evidence_filter_ok(f, &edge->evidence[i]));
        size_t studies = kept_studies(edge->evidence, edge->evidence_count, kept);
        if (studies > best) best = studies;
        /* with an evidence criterion, an edge without evidence has nothing to pass */
        bool keep_edge = !any || ((count || !mg__evidence_filter_active(f)) && studies >= o->min_studies);
        if (!keep_edge) continue;
        k->map_edge[e] = (mg_id)edges++;
        k->map_node[edge->source] = k->map_node[edge->target] = 0;
        mark_refs(k, g, edge->evidence, edge->evidence_count, kept);
    }
    mark_comparisons(k, g, f, o, any);
    if (any && o->min_studies && !edges && best < o->min_studies)
        return mg__fail(MG_ENOTFOUND, "no edge has %zu stud%s or more%s (the most is %zu)", o->min_studies,
                        o->min_studies == 1 ? "y" : "ies", mg__evidence_filter_active(f) ? " in the selection" : "",
                        best);
    return MG_OK;
}

/* ---- copying into the new graph ---- */

#define COPY(dst, src)                                                                     \
    do {                                                                                   \
        if ((src) && !((dst) = mg_arena_strdup(&ng->arena, (src)))) goto nomem;            \
    } while (0)

static mg_error_t copy_cautions(mg_graph *ng, const mg_caution **dst, size_t *count, const mg_caution *src, size_t n)
{
    *dst = NULL;
    *count = 0;
    if (!n) return MG_OK;
    mg_caution *c = mg_arena_alloc(&ng->arena, n * sizeof *c);
    if (!c) goto nomem;
    for (size_t i = 0; i < n; i++) {
        COPY(c[i].code, src[i].code);
        COPY(c[i].text, src[i].text);
    }
    *dst = c;
    *count = n;
    return MG_OK;
nomem:
    return mg__fail(MG_ENOMEM, "out of memory");
}

static mg_error_t copy_reference(mg_graph *ng, const mg_reference *r)
{
    mg_reference *c;
    mg_error_t err = mg__graph_add_reference(ng, &c);
    if (err) return err;
    COPY(c->id, r->id);
    COPY(c->citation, r->citation);
    COPY(c->doi, r->doi);
    COPY(c->pmid, r->pmid);
    COPY(c->note, r->note);
    return copy_cautions(ng, &c->cautions, &c->caution_count, r->cautions, r->caution_count);
nomem:
    return mg__fail(MG_ENOMEM, "out of memory");
}

static mg_error_t copy_node(mg_graph *ng, const mg_node *v)
{
    mg_node *c;
    mg_error_t err = mg__graph_add_node(ng, &c);
    if (err) return err;
    c->type = v->type;
    COPY(c->id, v->id);
    COPY(c->label, v->label);
    COPY(c->note, v->note);
    if (v->synonym_count) {
        const char **syn = mg_arena_alloc(&ng->arena, v->synonym_count * sizeof *syn);
        if (!syn) goto nomem;
        for (size_t i = 0; i < v->synonym_count; i++) COPY(syn[i], v->synonyms[i]);
        c->synonyms = syn;
        c->synonym_count = v->synonym_count;
    }
    if (v->xref_count) {
        mg_xref *x = mg_arena_alloc(&ng->arena, v->xref_count * sizeof *x);
        if (!x) goto nomem;
        for (size_t i = 0; i < v->xref_count; i++) {
            COPY(x[i].key, v->xrefs[i].key);
            COPY(x[i].value, v->xrefs[i].value);
        }
        c->xrefs = x;
        c->xref_count = v->xref_count;
    }
    return MG_OK;
nomem:
    return mg__fail(MG_ENOMEM, "out of memory");
}

/* The kept evidence of an edge or a comparison; the references are all in (their array moves no more). */
static mg_error_t copy_evidence(mg_graph *ng, const mg_graph *g, const keep *k, const mg_evidence *from, size_t count,
                                const bool *kept, const mg_evidence **out, size_t *out_count)
{
    mg_error_t err;
    size_t n = 0;
    for (size_t i = 0; i < count; i++) n += kept[i];
    *out = NULL;
    *out_count = 0;
    if (!n) return MG_OK;
    mg_evidence *x = mg_arena_alloc(&ng->arena, n * sizeof *x);
    if (!x) goto nomem;
    memset(x, 0, n * sizeof *x);
    size_t j = 0;
    for (size_t i = 0; i < count; i++) {
        if (!kept[i]) continue;
        const mg_evidence *s = &from[i];
        mg_evidence *d = &x[j++];
        d->ref = &ng->refs[k->map_ref[s->ref - g->refs]];
        d->review = s->review ? &ng->refs[k->map_ref[s->review - g->refs]] : NULL;
        COPY(d->where, s->where);
        COPY(d->organism, s->organism);
        COPY(d->system, s->system);
        COPY(d->disease, s->disease);
        COPY(d->cell, s->cell);
        COPY(d->note, s->note);
        COPY(d->model, s->model);
        if ((err = copy_cautions(ng, &d->cautions, &d->caution_count, s->cautions, s->caution_count))) return err;
    }
    *out = x;
    *out_count = n;
    return MG_OK;
nomem:
    return mg__fail(MG_ENOMEM, "out of memory");
}

static mg_error_t copy_edge(mg_graph *ng, const mg_graph *g, const keep *k, size_t e)
{
    const mg_edge *edge = &g->edges[e];
    mg_edge *c;
    mg_error_t err = mg__graph_add_edge(ng, &c);
    if (err) return err;
    c->source = k->map_node[edge->source];
    c->target = k->map_node[edge->target];
    c->relation = edge->relation;
    c->weight = edge->weight;
    COPY(c->note, edge->note);
    COPY(c->origin, edge->origin);
    return copy_evidence(ng, g, k, edge->evidence, edge->evidence_count, k->evidence + k->offset[e], &c->evidence,
                         &c->evidence_count);
nomem:
    return mg__fail(MG_ENOMEM, "out of memory");
}

static mg_error_t copy_comparison(mg_graph *ng, const mg_graph *g, const keep *k, size_t i)
{
    const mg_comparison *cmp = &g->cmps[i];
    mg_comparison *c;
    mg_error_t err = mg__graph_add_comparison(ng, &c);
    if (err) return err;
    c->a = k->map_node[cmp->a];
    c->b = k->map_node[cmp->b];
    c->aspect = cmp->aspect >= 0 ? k->map_node[cmp->aspect] : -1;
    c->direction = cmp->direction;
    COPY(c->aspect_text, cmp->aspect_text);
    COPY(c->note, cmp->note);
    return copy_evidence(ng, g, k, cmp->evidence, cmp->evidence_count, k->cmp_evidence + k->cmp_offset[i], &c->evidence,
                         &c->evidence_count);
nomem:
    return mg__fail(MG_ENOMEM, "out of memory");
}

static mg_error_t build(mg_graph **out, const mg_graph *g, keep *k)
{
    mg_graph *ng = NULL;
    mg_error_t err = mg__graph_new(&ng, g->source);
    if (err) return err;
    COPY(ng->name, g->name);
    COPY(ng->description, g->description);
    /* references first: evidence points into their array, which must not move afterwards */
    for (size_t i = 0; !err && i < g->ref_count; i++)
        if (k->map_ref[i] >= 0 && !(err = copy_reference(ng, &g->refs[i]))) k->map_ref[i] = (mg_id)ng->ref_count - 1;
    for (size_t i = 0; !err && i < g->node_count; i++)
        if (k->map_node[i] >= 0 && !(err = copy_node(ng, &g->nodes[i]))) k->map_node[i] = (mg_id)ng->node_count - 1;
    if (!err) err = mg__graph_index_nodes(ng);
    for (size_t e = 0; !err && e < g->edge_count; e++)
        if (k->map_edge[e] >= 0) err = copy_edge(ng, g, k, e);
    for (size_t i = 0; !err && i < g->cmp_count; i++)
        if (k->keep_cmp[i]) err = copy_comparison(ng, g, k, i);
    if (!err) err = mg__graph_index_edges(ng);
    if (err) goto fail;
    *out = ng;
    return MG_OK;
nomem:
    err = mg__fail(MG_ENOMEM, "out of memory");
fail:
    mg_graph_free(ng);
    return err;
}

mg_error_t mg_graph_select(mg_graph **out, const mg_graph *graph, const mg_select_options *options)
{
    mg_init();
    *out = NULL;
    mg_select_options none = MG_SELECT_OPTIONS_INIT;
    const mg_select_options *o = options ? options : &none;
    bool any = mg_select_options_any(o);
    mg_evidence_filter f;
    keep k = {0};
    mg_error_t err = mg__evidence_filter_init_with(&f, graph, o);
    if (err) return err;
    if ((err = keep_alloc(&k, graph))) goto done;
    if (any && (err = mg__select_check(graph, o, &f))) goto done;
    if ((err = mark(&k, graph, &f, o, any))) goto done;
    /* no criterion: the whole graph, its isolated nodes and uncited references too */
    for (size_t i = 0; !any && i < graph->node_count; i++) k.map_node[i] = 0;
    for (size_t i = 0; !any && i < graph->ref_count; i++) k.map_ref[i] = 0;
    err = build(out, graph, &k);
done:
    keep_free(&k);
    mg__evidence_filter_destroy(&f);
    return err;
}
