/*
 * export_text.c - the texts every writer of other tools' formats gives an edge or a node: the
 * numeric sign, the studies (ids or DOIs) joined by a separator, the synonyms and the xrefs. Shared
 * by the Cytoscape.js writer (io_cyjs.c) and export/export.c.
 */
#include "io/io.h"

#include <string.h>

int mg__export_sign(mg_relation rel)
{
    mg_sign s = mg_relation_sign(rel);
    return s == MG_SIGN_STRUCTURAL ? 0 : (int)s;
}

/* "a|b|c": the ids (or DOIs) of the edge's primary studies, each once, joined by `sep` */
void mg__export_citations(mg_buffer *b, const mg_edge *e, bool dois, char sep)
{
    b->len = 0;
    if (b->data) b->data[0] = '\0';
    for (size_t i = 0; i < e->evidence_count; i++) {
        const mg_reference *r = e->evidence[i].ref;
        const char *text = dois ? r->doi : r->id;
        if (!text) continue;
        bool dup = false;
        for (size_t j = 0; j < i && !dup; j++) {
            const mg_reference *q = e->evidence[j].ref;
            dup = q == r;
        }
        if (dup) continue;
        if (b->len) mg__buffer_putc(b, sep);
        mg__buffer_puts(b, text);
    }
}

void mg__export_synonyms(mg_buffer *b, const mg_node *n, char sep)
{
    b->len = 0;
    if (b->data) b->data[0] = '\0';
    for (size_t i = 0; i < n->synonym_count; i++) {
        if (i) mg__buffer_putc(b, sep);
        mg__buffer_puts(b, n->synonyms[i]);
    }
}

void mg__export_xrefs(mg_buffer *b, const mg_node *n, char sep)
{
    b->len = 0;
    if (b->data) b->data[0] = '\0';
    for (size_t i = 0; i < n->xref_count; i++) {
        if (i) mg__buffer_putc(b, sep);
        mg__buffer_printf(b, "%s:%s", n->xrefs[i].key, n->xrefs[i].value);
    }
}

const char *const mg__evidence_field_names[MG_EVF_COUNT] = {"organism", "disease", "system", "cell", "review", "location"};

/* Evidence i's value of field `f`, NULL when absent; a location ("zhou2024 Table 2 row 15": the
 * review and where in it, as `show` prints it) is composed in `tmp`. */
static const char *evidence_value(const mg_edge *e, size_t i, mg_evidence_field f, mg_buffer *tmp)
{
    const mg_evidence *x = &e->evidence[i];
    switch (f) {
    case MG_EVF_ORGANISM: return x->organism;
    case MG_EVF_DISEASE: return x->disease;
    case MG_EVF_SYSTEM: return x->system;
    case MG_EVF_CELL: return x->cell;
    case MG_EVF_REVIEW: return x->review ? x->review->id : NULL;
    default:
        if (!x->where) return NULL;
        tmp->len = 0;
        if (x->review) mg__buffer_printf(tmp, "%s ", x->review->id);
        mg__buffer_puts(tmp, x->where);
        return mg__buffer_cstr(tmp);
    }
}

size_t mg__export_evidence_field(mg_buffer *b, const mg_edge *e, mg_evidence_field f, char sep)
{
    b->len = 0;
    if (b->data) b->data[0] = '\0';
    mg_buffer t1 = {0}, t2 = {0};
    size_t items = 0;
    for (size_t i = 0; i < e->evidence_count; i++) {
        const char *v = evidence_value(e, i, f, &t1);
        if (!v || !*v) continue;
        bool dup = false;
        for (size_t j = 0; j < i && !dup; j++) {
            const char *w = evidence_value(e, j, f, &t2);
            dup = w && strcmp(v, w) == 0;
        }
        if (dup) continue;
        if (items++) mg__buffer_putc(b, sep);
        mg__buffer_puts(b, v);
    }
    if (t1.failed || t2.failed) b->failed = true;
    mg__buffer_free(&t1);
    mg__buffer_free(&t2);
    return items;
}
