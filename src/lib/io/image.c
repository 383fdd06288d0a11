/*
 * image.c - a graph from its image: the built-in graph, read from graphs/imsc_ev.json at build
 * time by the normal reader and written as arrays (image_write.c), is rebuilt at start without
 * parsing JSON. The graph is made through the constructors every reader uses (mg__graph_new,
 * mg__graph_add_*, mg__graph_index_*); its strings stay in the image (read-only data of the
 * library, never copied); its arrays of synonyms, xrefs, cautions and evidence are four blocks of
 * the graph's arena.
 *
 * The image is two arrays: 32-bit words and a string table (NUL-terminated strings). A string is
 * a word: 0 for NULL, else its offset in the table + 1. A list is a word: 0 when absent (NULL),
 * else its length + 1, then its items. In order:
 *   magic, name, description, counts: references, nodes, edges, comparisons; totals: synonyms,
 *   xrefs, cautions, pieces of evidence;
 *   a reference: id, citation, doi, pmid, note, cautions (code, text);
 *   a node: id, type, label, note, synonyms (string), xrefs (key, value);
 *   an edge: source, target, relation, weight (two words: the double's low then high 32 bits),
 *     note, origin, evidence;
 *   a comparison: a, b, aspect + 1 (0: none), aspect text, direction + 1, note, evidence;
 *   evidence: ref and review (reference index + 1, 0: NULL), where, organism, system, disease,
 *     cell, note, model, cautions.
 */
#include "io/image.h"

#include <string.h>

typedef struct {
    const uint32_t *word;
    size_t count, at;
    const char *strings;
    size_t strings_size;
    mg_graph *g;
    bool bad;
    /* the blocks the lists are cut from, and how much of each is used */
    const char **syn;
    mg_xref *xref;
    mg_caution *caution;
    mg_evidence *ev;
    size_t syn_used, xref_used, caution_used, ev_used, syn_total, xref_total, caution_total, ev_total;
} image_reader;

static uint32_t next(image_reader *r)
{
    if (r->at >= r->count) {
        r->bad = true;
        return 0;
    }
    return r->word[r->at++];
}

static const char *string(image_reader *r)
{
    uint32_t w = next(r);
    if (!w) return NULL;
    if (w - 1 >= r->strings_size) {
        r->bad = true;
        return NULL;
    }
    return r->strings + (w - 1);
}

/* A list's length from its word; *present false for an absent list (NULL). */
static size_t list(image_reader *r, bool *present)
{
    uint32_t w = next(r);
    *present = w != 0;
    return w ? w - 1 : 0;
}

/* `n` items from a block of `total`, `*used` of them taken: NULL when out of bounds (bad). */
static void *cut(image_reader *r, void *block, size_t elem, size_t *used, size_t total, size_t n)
{
    if (n > total - *used) {
        r->bad = true;
        return NULL;
    }
    void *p = (char *)block + *used * elem;
    *used += n;
    return p;
}

static void cautions(image_reader *r, const mg_caution **out, size_t *count)
{
    bool present;
    size_t n = list(r, &present);
    mg_caution *c = present ? cut(r, r->caution, sizeof *c, &r->caution_used, r->caution_total, n) : NULL;
    if (!c) return;
    for (size_t i = 0; i < n; i++) {
        c[i].code = string(r);
        c[i].text = string(r);
    }
    *out = c;
    *count = n;
}

static const mg_reference *reference(image_reader *r)
{
    uint32_t w = next(r);
    if (!w) return NULL;
    if (w - 1 >= r->g->ref_count) {
        r->bad = true;
        return NULL;
    }
    return &r->g->refs[w - 1];
}

static void evidence(image_reader *r, const mg_evidence **out, size_t *count)
{
    bool present;
    size_t n = list(r, &present);
    mg_evidence *ev = present ? cut(r, r->ev, sizeof *ev, &r->ev_used, r->ev_total, n) : NULL;
    if (!ev) return;
    for (size_t i = 0; i < n && !r->bad; i++) {
        mg_evidence *e = &ev[i];
        memset(e, 0, sizeof *e);
        e->ref = reference(r);
        e->review = reference(r);
        e->where = string(r);
        e->organism = string(r);
        e->system = string(r);
        e->disease = string(r);
        e->cell = string(r);
        e->note = string(r);
        e->model = string(r);
        cautions(r, &e->cautions, &e->caution_count);
    }
    *out = ev;
    *count = n;
}

static mg_error_t read_references(image_reader *r, size_t n)
{
    for (size_t i = 0; i < n && !r->bad; i++) {
        mg_reference *ref;
        mg_error_t err = mg__graph_add_reference(r->g, &ref);
        if (err) return err;
        ref->id = string(r);
        ref->citation = string(r);
        ref->doi = string(r);
        ref->pmid = string(r);
        ref->note = string(r);
        cautions(r, &ref->cautions, &ref->caution_count);
    }
    return MG_OK;
}

static mg_error_t read_nodes(image_reader *r, size_t n)
{
    for (size_t i = 0; i < n && !r->bad; i++) {
        mg_node *node;
        mg_error_t err = mg__graph_add_node(r->g, &node);
        if (err) return err;
        node->id = string(r);
        node->type = (mg_node_type)next(r);
        node->label = string(r);
        node->note = string(r);
        bool present;
        size_t k = list(r, &present);
        const char **syn = present ? cut(r, r->syn, sizeof *syn, &r->syn_used, r->syn_total, k) : NULL;
        for (size_t j = 0; syn && j < k; j++) syn[j] = string(r);
        node->synonyms = syn;
        node->synonym_count = syn ? k : 0;
        k = list(r, &present);
        mg_xref *x = present ? cut(r, r->xref, sizeof *x, &r->xref_used, r->xref_total, k) : NULL;
        for (size_t j = 0; x && j < k; j++) {
            x[j].key = string(r);
            x[j].value = string(r);
        }
        node->xrefs = x;
        node->xref_count = x ? k : 0;
    }
    return MG_OK;
}

static mg_error_t read_edges(image_reader *r, size_t n)
{
    for (size_t i = 0; i < n && !r->bad; i++) {
        mg_edge *e;
        mg_error_t err = mg__graph_add_edge(r->g, &e);
        if (err) return err;
        e->source = next(r);
        e->target = next(r);
        e->relation = (mg_relation)next(r);
        uint64_t bits = next(r);
        bits |= (uint64_t)next(r) << 32;
        memcpy(&e->weight, &bits, sizeof e->weight);
        e->note = string(r);
        e->origin = string(r);
        evidence(r, &e->evidence, &e->evidence_count);
        if (e->source >= (mg_id)r->g->node_count || e->target >= (mg_id)r->g->node_count) r->bad = true;
    }
    return MG_OK;
}

static mg_error_t read_comparisons(image_reader *r, size_t n)
{
    for (size_t i = 0; i < n && !r->bad; i++) {
        mg_comparison *c;
        mg_error_t err = mg__graph_add_comparison(r->g, &c);
        if (err) return err;
        c->a = next(r);
        c->b = next(r);
        c->aspect = (mg_id)next(r) - 1;
        c->aspect_text = string(r);
        c->direction = (mg_compare_direction)((int)next(r) - 1);
        c->note = string(r);
        evidence(r, &c->evidence, &c->evidence_count);
        mg_id nodes = (mg_id)r->g->node_count;
        if (c->a >= nodes || c->b >= nodes || c->aspect >= nodes) r->bad = true;
    }
    return MG_OK;
}

static void *block(mg_graph *g, size_t n, size_t elem) { return mg_arena_alloc(&g->arena, (n ? n : 1) * elem); }

mg_error_t mg__image_read(mg_graph **out, const mg_image *image, const char *source)
{
    *out = NULL;
    image_reader r = {.word = image->words, .count = image->word_count, .strings = image->strings,
                      .strings_size = image->strings_size};
    mg_error_t err = mg__graph_new(&r.g, source);
    if (err) return err;
    if (next(&r) != MG_IMAGE_MAGIC || image->strings_size == 0 || image->strings[image->strings_size - 1] != '\0') {
        r.bad = true;
        goto done;
    }
    const char *name = string(&r), *description = string(&r);
    if (name) r.g->name = name;
    if (description) r.g->description = description;
    size_t refs = next(&r), nodes = next(&r), edges = next(&r), cmps = next(&r);
    r.syn_total = next(&r);
    r.xref_total = next(&r);
    r.caution_total = next(&r);
    r.ev_total = next(&r);
    if (r.bad) goto done;
    r.syn = block(r.g, r.syn_total, sizeof *r.syn);
    r.xref = block(r.g, r.xref_total, sizeof *r.xref);
    r.caution = block(r.g, r.caution_total, sizeof *r.caution);
    r.ev = block(r.g, r.ev_total, sizeof *r.ev);
    if (!r.syn || !r.xref || !r.caution || !r.ev) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    /* as the JSON reader: references, nodes and their index, edges, comparisons, the edge index */
    if ((err = read_references(&r, refs)) || (err = read_nodes(&r, nodes))) goto done;
    if (r.bad || (err = mg__graph_index_nodes(r.g))) goto done;
    if ((err = read_edges(&r, edges)) || (err = read_comparisons(&r, cmps))) goto done;
    if (r.at != r.count) r.bad = true;
    if (r.bad || (err = mg__graph_index_edges(r.g))) goto done;
    *out = r.g;
    r.g = NULL;
done:
    if (!err && r.bad)
        err = mg__fail(MG_EINTERNAL, "the image of '%s' is damaged (word %zu of %zu)", source, r.at, r.count);
    mg_graph_free(r.g);
    return err;
}
