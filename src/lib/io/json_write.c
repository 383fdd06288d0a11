/*
 * json_write.c - the mechgraph-1 JSON writer (mg_graph_save_json): the graph as a cJSON tree, every
 * member the reader (io_json.c) takes, written whole or not at all (io_write.c).
 */
#include "json_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool add_string(cJSON *obj, const char *key, const char *value)
{
    return !value || cJSON_AddStringToObject(obj, key, value) != NULL;
}

/* "cautions": [{"code": ..., "text": ...}], when there are any */
static bool add_cautions(cJSON *obj, const mg_caution *cautions, size_t n)
{
    if (!n) return true;
    cJSON *arr = cJSON_AddArrayToObject(obj, "cautions");
    for (size_t i = 0; arr && i < n; i++) {
        cJSON *one = cJSON_CreateObject();
        if (!one || !cJSON_AddItemToArray(arr, one)) {
            cJSON_Delete(one);
            return false;
        }
        if (!add_string(one, "code", cautions[i].code) || !add_string(one, "text", cautions[i].text)) return false;
    }
    return arr != NULL;
}

static cJSON *reference_json(const mg_reference *ref)
{
    cJSON *o = cJSON_CreateObject();
    if (o && add_string(o, "id", ref->id) && add_string(o, "citation", ref->citation) && add_string(o, "doi", ref->doi) &&
        add_string(o, "pmid", ref->pmid) && add_string(o, "note", ref->note) &&
        add_cautions(o, ref->cautions, ref->caution_count))
        return o;
    cJSON_Delete(o);
    return NULL;
}

static cJSON *node_json(const mg_node *n)
{
    cJSON *o = cJSON_CreateObject();
    if (!o || !add_string(o, "id", n->id) || !add_string(o, "type", mg_node_type_name(n->type))) goto fail;
    if (strcmp(n->label, n->id) != 0 && !add_string(o, "label", n->label)) goto fail;
    if (n->synonym_count) {
        cJSON *syn = cJSON_AddArrayToObject(o, "synonyms");
        if (!syn) goto fail;
        for (size_t i = 0; i < n->synonym_count; i++) {
            cJSON *s = cJSON_CreateString(n->synonyms[i]);
            if (!s || !cJSON_AddItemToArray(syn, s)) {
                cJSON_Delete(s);
                goto fail;
            }
        }
    }
    if (n->xref_count) {
        cJSON *x = cJSON_AddObjectToObject(o, "xrefs");
        if (!x) goto fail;
        for (size_t i = 0; i < n->xref_count; i++)
            if (!add_string(x, n->xrefs[i].key, n->xrefs[i].value)) goto fail;
    }
    if (!add_string(o, "note", n->note)) goto fail;
    return o;
fail:
    cJSON_Delete(o);
    return NULL;
}

/* "evidence": [...] of an edge or a comparison, when there is any */
static bool add_evidence(cJSON *o, const mg_evidence *evidence, size_t n)
{
    if (!n) return true;
    cJSON *arr = cJSON_AddArrayToObject(o, "evidence");
    if (!arr) return false;
    for (size_t i = 0; i < n; i++) {
        const mg_evidence *x = &evidence[i];
        cJSON *ev = cJSON_CreateObject();
        if (!ev || !cJSON_AddItemToArray(arr, ev)) {
            cJSON_Delete(ev);
            return false;
        }
        if (!add_string(ev, "ref", x->ref->id) || !add_string(ev, "review", x->review ? x->review->id : NULL) ||
            !add_string(ev, "where", x->where) || !add_string(ev, "organism", x->organism) ||
            !add_string(ev, "system", x->system) || !add_string(ev, "disease", x->disease) ||
            !add_string(ev, "cell", x->cell) || !add_string(ev, "model", x->model) || !add_string(ev, "note", x->note))
            return false;
        if (!add_cautions(ev, x->cautions, x->caution_count)) return false;
    }
    return true;
}

static cJSON *edge_json(const mg_graph *g, const mg_edge *e)
{
    cJSON *o = cJSON_CreateObject();
    if (!o || !add_string(o, "source", g->nodes[e->source].id) || !add_string(o, "target", g->nodes[e->target].id) ||
        !add_string(o, "relation", mg_relation_name(e->relation))) goto fail;
    if (e->weight != 1.0 && !cJSON_AddNumberToObject(o, "weight", e->weight)) goto fail;
    if (!add_evidence(o, e->evidence, e->evidence_count)) goto fail;
    if (!add_string(o, "note", e->note) || !add_string(o, "origin", e->origin)) goto fail;
    return o;
fail:
    cJSON_Delete(o);
    return NULL;
}

/* Adds the items made by `make` for each of `n` records as array `key` of `root`. */
static bool add_array(cJSON *root, const char *key, size_t n, cJSON *(*make)(const mg_graph *, size_t), const mg_graph *g)
{
    cJSON *arr = cJSON_AddArrayToObject(root, key);
    if (!arr) return false;
    for (size_t i = 0; i < n; i++) {
        cJSON *item = make(g, i);
        if (!item || !cJSON_AddItemToArray(arr, item)) {
            cJSON_Delete(item);
            return false;
        }
    }
    return true;
}

static cJSON *make_ref(const mg_graph *g, size_t i) { return reference_json(&g->refs[i]); }
static cJSON *make_node(const mg_graph *g, size_t i) { return node_json(&g->nodes[i]); }
static cJSON *make_edge(const mg_graph *g, size_t i) { return edge_json(g, &g->edges[i]); }

static cJSON *make_comparison(const mg_graph *g, size_t i)
{
    const mg_comparison *c = &g->cmps[i];
    cJSON *o = cJSON_CreateObject();
    if (o && add_string(o, "a", g->nodes[c->a].id) && add_string(o, "b", g->nodes[c->b].id) &&
        add_string(o, "aspect", c->aspect >= 0 ? g->nodes[c->aspect].id : NULL) &&
        add_string(o, "aspect_text", c->aspect >= 0 ? NULL : c->aspect_text) &&
        add_string(o, "direction", mg_compare_direction_name(c->direction)) &&
        add_evidence(o, c->evidence, c->evidence_count) && add_string(o, "note", c->note))
        return o;
    cJSON_Delete(o);
    return NULL;
}

cJSON *mg__comparisons_tree(const mg_graph *g)
{
    cJSON *root = cJSON_CreateObject(), *refs = root ? cJSON_AddArrayToObject(root, "references") : NULL;
    bool ok = refs && add_array(root, "comparisons", g->cmp_count, make_comparison, g);
    /* the studies the comparisons cite, each once, in the graph's order */
    for (size_t i = 0; ok && i < g->ref_count; i++) {
        bool cited = false;
        for (size_t c = 0; c < g->cmp_count && !cited; c++)
            for (size_t k = 0; k < g->cmps[c].evidence_count && !cited; k++)
                cited = g->cmps[c].evidence[k].ref == &g->refs[i] || g->cmps[c].evidence[k].review == &g->refs[i];
        if (!cited) continue;
        cJSON *item = reference_json(&g->refs[i]);
        if (!item || !cJSON_AddItemToArray(refs, item)) {
            cJSON_Delete(item);
            ok = false;
        }
    }
    if (ok) return root;
    cJSON_Delete(root);
    return NULL;
}

mg_error_t mg__comparisons_json(mg_buffer *out, const mg_graph *g)
{
    cJSON *tree = mg__comparisons_tree(g);
    char *text = tree ? cJSON_PrintUnformatted(tree) : NULL;
    if (text) mg__buffer_puts(out, text);
    cJSON_free(text);
    cJSON_Delete(tree);
    return text && !out->failed ? MG_OK : mg__fail(MG_ENOMEM, "out of memory");
}

mg_error_t mg_graph_save_json(const mg_graph *graph, const char *path)
{
    mg_init();
    mg_error_t err = MG_OK;
    cJSON *root = cJSON_CreateObject();
    if (!root || !add_string(root, "format", MG_FORMAT_NAME) || (*graph->name && !add_string(root, "name", graph->name)) ||
        (*graph->description && !add_string(root, "description", graph->description)) ||
        !add_array(root, "references", graph->ref_count, make_ref, graph) ||
        !add_array(root, "nodes", graph->node_count, make_node, graph) ||
        !add_array(root, "edges", graph->edge_count, make_edge, graph) ||
        /* written only when there are some: graphs without comparisons read as they always did */
        (graph->cmp_count && !add_array(root, "comparisons", graph->cmp_count, make_comparison, graph)))
        err = mg__fail(MG_ENOMEM, "out of memory");
    else
        err = mg__json_write_tree(path, root);
    cJSON_Delete(root);
    return err;
}
