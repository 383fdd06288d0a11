/*
 * test_image.c - the built-in graph rebuilt from its image (src/lib/io/image.c) is the graph the
 * JSON reader makes of graphs/imsc_ev.json: every record field by field (NULL where the reader
 * leaves NULL, the evidence's references the same ones), the same mechgraph-1 export byte for
 * byte, the same answer to every name lookup; and a damaged image is refused, not read past.
 * usage: test_image GRAPHS_DIR SCRATCH_DIR
 */
#include "check.h"
#include "io/image.h"
#include "mechgraph.h"

#include <stdlib.h>

extern const uint32_t mg__default_image_words[];
extern const size_t mg__default_image_word_count;
extern const char mg__default_image_strings[];
extern const size_t mg__default_image_strings_size;

static const mg_graph *image_graph, *json_graph;

static void same_string(const char *a, const char *b, const char *what, size_t i)
{
    if ((a == NULL) != (b == NULL) || (a && strcmp(a, b) != 0)) {
        fprintf(stderr, "%s %zu: image \"%s\", JSON \"%s\"\n", what, i, a ? a : "(null)", b ? b : "(null)");
        check_failures++;
    }
}

static void same_list(const void *a, size_t an, const void *b, size_t bn, const char *what, size_t i)
{
    if ((a == NULL) != (b == NULL) || an != bn) {
        fprintf(stderr, "%s %zu: image %zu (%s), JSON %zu (%s)\n", what, i, an, a ? "set" : "NULL", bn, b ? "set" : "NULL");
        check_failures++;
    }
}

static void same_cautions(const mg_caution *a, size_t an, const mg_caution *b, size_t bn, size_t i)
{
    same_list(a, an, b, bn, "cautions of", i);
    for (size_t k = 0; a && b && k < an && k < bn; k++) {
        same_string(a[k].code, b[k].code, "caution code", i);
        same_string(a[k].text, b[k].text, "caution text", i);
    }
}

static long ref_index(const mg_graph *g, const mg_reference *r)
{
    return r ? (long)(r - mg_graph_reference(g, 0)) : -1;
}

static void same_evidence(const mg_evidence *a, size_t an, const mg_evidence *b, size_t bn, size_t i)
{
    same_list(a, an, b, bn, "evidence of", i);
    for (size_t k = 0; a && b && k < an && k < bn; k++) {
        CHECK(ref_index(image_graph, a[k].ref) == ref_index(json_graph, b[k].ref));
        CHECK(ref_index(image_graph, a[k].review) == ref_index(json_graph, b[k].review));
        same_string(a[k].where, b[k].where, "evidence where", i);
        same_string(a[k].organism, b[k].organism, "evidence organism", i);
        same_string(a[k].system, b[k].system, "evidence system", i);
        same_string(a[k].disease, b[k].disease, "evidence disease", i);
        same_string(a[k].cell, b[k].cell, "evidence cell", i);
        same_string(a[k].note, b[k].note, "evidence note", i);
        same_string(a[k].model, b[k].model, "evidence model", i);
        same_cautions(a[k].cautions, a[k].caution_count, b[k].cautions, b[k].caution_count, i);
    }
}

static void same_records(const mg_graph *a, const mg_graph *b)
{
    CHECK_STR(mg_graph_name(a), mg_graph_name(b));
    CHECK_STR(mg_graph_description(a), mg_graph_description(b));
    CHECK(mg_graph_node_count(a) == mg_graph_node_count(b));
    CHECK(mg_graph_edge_count(a) == mg_graph_edge_count(b));
    CHECK(mg_graph_reference_count(a) == mg_graph_reference_count(b));
    CHECK(mg_graph_comparison_count(a) == mg_graph_comparison_count(b));
    for (size_t i = 0; i < mg_graph_reference_count(a) && i < mg_graph_reference_count(b); i++) {
        const mg_reference *x = mg_graph_reference(a, i), *y = mg_graph_reference(b, i);
        same_string(x->id, y->id, "reference id", i);
        same_string(x->citation, y->citation, "reference citation", i);
        same_string(x->doi, y->doi, "reference doi", i);
        same_string(x->pmid, y->pmid, "reference pmid", i);
        same_string(x->note, y->note, "reference note", i);
        same_cautions(x->cautions, x->caution_count, y->cautions, y->caution_count, i);
    }
    for (mg_id i = 0; i < mg_graph_node_count(a) && i < mg_graph_node_count(b); i++) {
        const mg_node *x = mg_graph_node(a, i), *y = mg_graph_node(b, i);
        same_string(x->id, y->id, "node id", (size_t)i);
        CHECK(x->type == y->type);
        same_string(x->label, y->label, "node label", (size_t)i);
        same_string(x->note, y->note, "node note", (size_t)i);
        same_list(x->synonyms, x->synonym_count, y->synonyms, y->synonym_count, "synonyms of node", (size_t)i);
        for (size_t k = 0; x->synonyms && y->synonyms && k < x->synonym_count && k < y->synonym_count; k++)
            same_string(x->synonyms[k], y->synonyms[k], "synonym of node", (size_t)i);
        same_list(x->xrefs, x->xref_count, y->xrefs, y->xref_count, "xrefs of node", (size_t)i);
        for (size_t k = 0; x->xrefs && y->xrefs && k < x->xref_count && k < y->xref_count; k++) {
            same_string(x->xrefs[k].key, y->xrefs[k].key, "xref key of node", (size_t)i);
            same_string(x->xrefs[k].value, y->xrefs[k].value, "xref value of node", (size_t)i);
        }
    }
    for (mg_id i = 0; i < mg_graph_edge_count(a) && i < mg_graph_edge_count(b); i++) {
        const mg_edge *x = mg_graph_edge(a, i), *y = mg_graph_edge(b, i);
        CHECK(x->source == y->source && x->target == y->target && x->relation == y->relation);
        CHECK(memcmp(&x->weight, &y->weight, sizeof x->weight) == 0);
        same_string(x->note, y->note, "edge note", (size_t)i);
        same_string(x->origin, y->origin, "edge origin", (size_t)i);
        same_evidence(x->evidence, x->evidence_count, y->evidence, y->evidence_count, (size_t)i);
    }
    for (size_t i = 0; i < mg_graph_comparison_count(a) && i < mg_graph_comparison_count(b); i++) {
        const mg_comparison *x = mg_graph_comparison(a, i), *y = mg_graph_comparison(b, i);
        CHECK(x->a == y->a && x->b == y->b && x->aspect == y->aspect && x->direction == y->direction);
        same_string(x->aspect_text, y->aspect_text, "comparison aspect", i);
        same_string(x->note, y->note, "comparison note", i);
        same_evidence(x->evidence, x->evidence_count, y->evidence, y->evidence_count, i);
    }
    /* the incidence lists, in file order */
    for (mg_id v = 0; v < mg_graph_node_count(a) && v < mg_graph_node_count(b); v++)
        for (int out = 0; out < 2; out++) {
            size_t an = 0, bn = 0;
            const mg_id *ae = mg_graph_incident(a, v, out, &an), *be = mg_graph_incident(b, v, out, &bn);
            CHECK(an == bn && (an == 0 || memcmp(ae, be, an * sizeof *ae) == 0));
        }
}

static void same_lookup(const char *name)
{
    mg_lookup_result x = MG_LOOKUP_RESULT_INIT, y = MG_LOOKUP_RESULT_INIT;
    mg_error_t ex = mg_graph_lookup(image_graph, name, &x), ey = mg_graph_lookup(json_graph, name, &y);
    if (ex != ey || x.node != y.node || x.rule != y.rule || x.candidate_count != y.candidate_count ||
        (x.candidate_count && memcmp(x.candidates, y.candidates, x.candidate_count * sizeof *x.candidates) != 0)) {
        fprintf(stderr, "lookup '%s': image %d node %lld, JSON %d node %lld\n", name, (int)ex, (long long)x.node, (int)ey,
                (long long)y.node);
        check_failures++;
    }
    same_string(x.matched, y.matched, "lookup matched", 0);
    same_string(x.how, y.how, "lookup how", 0);
    mg_lookup_result_clear(&x);
    mg_lookup_result_clear(&y);
}

static char *slurp(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *data = malloc(1 << 22);
    *size = data ? fread(data, 1, 1 << 22, f) : 0;
    fclose(f);
    return data;
}

int main(int argc, char **argv)
{
    if (argc < 3) return 2;
    char path[4096], out_image[4096], out_json[4096];
    snprintf(path, sizeof path, "%s/imsc_ev.json", argv[1]);
    snprintf(out_image, sizeof out_image, "%s/image_export.json", argv[2]);
    snprintf(out_json, sizeof out_json, "%s/json_export.json", argv[2]);
    mg_graph *a = NULL, *b = NULL;
    mg_diagnostics *diags = NULL;
    CHECK(mg_diagnostics_new(&diags) == MG_OK);
    CHECK(mg_graph_load_default(&a, diags) == MG_OK);
    CHECK(mg_graph_load_with(&b, path, NULL, diags) == MG_OK);
    CHECK(mg_diagnostics_count(diags) == 0);
    if (!a || !b) return 1;
    image_graph = a;
    json_graph = b;
    CHECK_STR(mg_graph_source(a), "imsc_ev.json (built-in)");
    same_records(a, b);

    /* the export, byte for byte */
    CHECK(mg_export(a, MG_EXPORT_JSON, out_image) == MG_OK);
    CHECK(mg_export(b, MG_EXPORT_JSON, out_json) == MG_OK);
    size_t na = 0, nb = 0;
    char *ta = slurp(out_image, &na), *tb = slurp(out_json, &nb);
    CHECK(ta && tb && na > 1000 && na == nb && memcmp(ta, tb, na) == 0);
    free(ta);
    free(tb);
    remove(out_image);
    remove(out_json);

    /* every name, and some a user would type, found the same way */
    for (mg_id v = 0; v < mg_graph_node_count(a); v++) {
        const mg_node *n = mg_graph_node(a, v);
        same_lookup(n->id);
        same_lookup(n->label);
        for (size_t k = 0; k < n->synonym_count; k++) same_lookup(n->synonyms[k]);
    }
    static const char *const typed[] = {"sirt6", "IL-6", "il6", "EVs", "exosome", "I/R", "STAT", "miR-105", "NF-kB",
                                        "no such thing", "macrophage", "TGF-beta", "iMSC-EV", "ischemia reperfusion"};
    for (size_t i = 0; i < sizeof typed / sizeof *typed; i++) same_lookup(typed[i]);

    /* a damaged image: refused with MG_EINTERNAL, never read past its end */
    for (size_t cut = 0; cut < mg__default_image_word_count; cut += 1 + cut / 3) {
        mg_image damaged = {mg__default_image_words, cut, mg__default_image_strings, mg__default_image_strings_size};
        mg_graph *g = NULL;
        CHECK(mg__image_read(&g, &damaged, "damaged") == MG_EINTERNAL && !g);
    }
    mg_image no_strings = {mg__default_image_words, mg__default_image_word_count, mg__default_image_strings, 10};
    mg_graph *g = NULL;
    CHECK(mg__image_read(&g, &no_strings, "damaged") == MG_EINTERNAL && !g);

    mg_graph_free(a);
    mg_graph_free(b);
    mg_diagnostics_free(diags);
    return check_failures ? 1 : 0;
}
