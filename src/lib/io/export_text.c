/*
 * export_text.c - the texts every writer of other tools' formats gives an edge or a node: the
 * numeric sign, the studies (ids or DOIs) joined by a separator, the synonyms and the xrefs. Shared
 * by the Cytoscape.js writer (io_cyjs.c) and export/export.c.
 */
#include "io/io.h"

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
