/*
 * image_write.c - a graph written as its image (the format is described in image.c), as C source
 * for the build: the built-in graph goes into the library this way (src/tools/image_gen.c).
 */
#include "io/image.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    mg_buffer words; /* uint32_t each */
    mg_buffer strings;
    mg_hashmap seen; /* string -> offset in strings */
    const mg_graph *g;
    mg_error_t err;
} image_writer;

static void word(image_writer *w, uint64_t value)
{
    if (value > UINT32_MAX) {
        if (!w->err) w->err = mg__fail(MG_EINVAL, "the graph is too large for an image (a value of %llu)",
                                       (unsigned long long)value);
        return;
    }
    uint32_t v = (uint32_t)value;
    mg__buffer_append(&w->words, (const char *)&v, sizeof v);
}

static void string(image_writer *w, const char *s)
{
    if (!s) {
        word(w, 0);
        return;
    }
    mg_id at = mg_hashmap_get(&w->seen, s, strlen(s));
    if (at < 0) {
        at = (mg_id)w->strings.len;
        mg__buffer_append(&w->strings, s, strlen(s) + 1);
        if (!w->err && at <= INT32_MAX) w->err = mg_hashmap_put(&w->seen, s, at);
    }
    word(w, (uint64_t)at + 1);
}

static void list(image_writer *w, const void *items, size_t n) { word(w, items ? (uint64_t)n + 1 : 0); }

static void cautions(image_writer *w, const mg_caution *c, size_t n)
{
    list(w, c, n);
    for (size_t i = 0; c && i < n; i++) {
        string(w, c[i].code);
        string(w, c[i].text);
    }
}

static void reference(image_writer *w, const mg_reference *ref)
{
    word(w, ref ? (uint64_t)(ref - w->g->refs) + 1 : 0);
}

static void evidence(image_writer *w, const mg_evidence *ev, size_t n)
{
    list(w, ev, n);
    for (size_t i = 0; ev && i < n; i++) {
        const mg_evidence *e = &ev[i];
        reference(w, e->ref);
        reference(w, e->review);
        string(w, e->where);
        string(w, e->organism);
        string(w, e->system);
        string(w, e->disease);
        string(w, e->cell);
        string(w, e->note);
        string(w, e->model);
        cautions(w, e->cautions, e->caution_count);
    }
}

static void totals(image_writer *w)
{
    const mg_graph *g = w->g;
    size_t syn = 0, xref = 0, caution = 0, ev = 0;
    for (size_t i = 0; i < g->ref_count; i++) caution += g->refs[i].caution_count;
    for (size_t i = 0; i < g->node_count; i++) syn += g->nodes[i].synonym_count, xref += g->nodes[i].xref_count;
    for (size_t i = 0; i < g->edge_count + g->cmp_count; i++) {
        const mg_evidence *e = i < g->edge_count ? g->edges[i].evidence : g->cmps[i - g->edge_count].evidence;
        size_t n = i < g->edge_count ? g->edges[i].evidence_count : g->cmps[i - g->edge_count].evidence_count;
        ev += n;
        for (size_t k = 0; e && k < n; k++) caution += e[k].caution_count;
    }
    word(w, syn);
    word(w, xref);
    word(w, caution);
    word(w, ev);
}

static void body(image_writer *w)
{
    const mg_graph *g = w->g;
    word(w, MG_IMAGE_MAGIC);
    string(w, g->name);
    string(w, g->description);
    word(w, g->ref_count);
    word(w, g->node_count);
    word(w, g->edge_count);
    word(w, g->cmp_count);
    totals(w);
    for (size_t i = 0; i < g->ref_count; i++) {
        const mg_reference *r = &g->refs[i];
        string(w, r->id);
        string(w, r->citation);
        string(w, r->doi);
        string(w, r->pmid);
        string(w, r->note);
        cautions(w, r->cautions, r->caution_count);
    }
    for (size_t i = 0; i < g->node_count; i++) {
        const mg_node *n = &g->nodes[i];
        string(w, n->id);
        word(w, (uint64_t)n->type);
        string(w, n->label);
        string(w, n->note);
        list(w, n->synonyms, n->synonym_count);
        for (size_t k = 0; n->synonyms && k < n->synonym_count; k++) string(w, n->synonyms[k]);
        list(w, n->xrefs, n->xref_count);
        for (size_t k = 0; n->xrefs && k < n->xref_count; k++) {
            string(w, n->xrefs[k].key);
            string(w, n->xrefs[k].value);
        }
    }
    for (size_t i = 0; i < g->edge_count; i++) {
        const mg_edge *e = &g->edges[i];
        uint64_t bits;
        memcpy(&bits, &e->weight, sizeof bits);
        word(w, (uint64_t)e->source);
        word(w, (uint64_t)e->target);
        word(w, (uint64_t)e->relation);
        word(w, bits & UINT32_MAX);
        word(w, bits >> 32);
        string(w, e->note);
        string(w, e->origin);
        evidence(w, e->evidence, e->evidence_count);
    }
    for (size_t i = 0; i < g->cmp_count; i++) {
        const mg_comparison *c = &g->cmps[i];
        word(w, (uint64_t)c->a);
        word(w, (uint64_t)c->b);
        word(w, (uint64_t)(c->aspect + 1));
        string(w, c->aspect_text);
        word(w, (uint64_t)((int)c->direction + 1));
        string(w, c->note);
        evidence(w, c->evidence, c->evidence_count);
    }
}

mg_error_t mg__image_write_c(FILE *out, const mg_graph *g, const char *prefix, const char *origin)
{
    image_writer w = {.g = g};
    if ((w.err = mg_hashmap_init(&w.seen, 4 * g->node_count + 1024))) return w.err;
    body(&w);
    if (!w.err && (w.words.failed || w.strings.failed)) w.err = mg__fail(MG_ENOMEM, "out of memory");
    if (!w.err) {
        size_t nw = w.words.len / sizeof(uint32_t);
        fprintf(out, "/* Generated by mechgraph_image_gen from %s: do not edit (src/lib/io/image.c). */\n"
                     "#include <stddef.h>\n#include <stdint.h>\n\nconst uint32_t %s_words[] = {", origin, prefix);
        for (size_t i = 0; i < nw; i++) {
            uint32_t v;
            memcpy(&v, w.words.data + i * sizeof v, sizeof v);
            fprintf(out, "%s%lu,", i % 12 ? "" : "\n", (unsigned long)v);
        }
        fprintf(out, "\n};\nconst size_t %s_word_count = %zu;\n\nconst char %s_strings[] = {", prefix, nw, prefix);
        for (size_t i = 0; i < w.strings.len; i++)
            fprintf(out, "%s%d,", i % 20 ? "" : "\n", (int)(signed char)w.strings.data[i]);
        fprintf(out, "\n};\nconst size_t %s_strings_size = %zu;\n", prefix, w.strings.len);
        if (ferror(out)) w.err = mg__fail(MG_EIO, "unable to write the image");
    }
    mg__buffer_free(&w.words);
    mg__buffer_free(&w.strings);
    mg_hashmap_destroy(&w.seen);
    return w.err;
}
