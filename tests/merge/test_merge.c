/* test_merge.c - mg_graph_merge on small graphs with known answers: alignment by id, by xref
 * both ways and by a shared xref, by name, ambiguous and refused names, node tables that type and
 * label, sign conflicts, references, provenance through merges of merges and a JSON round trip. */
#include "check.h"
#include "mechgraph.h"

#include <stdio.h>
#include <stdlib.h>

static mg_graph *json(const char *name, const char *text)
{
    mg_graph *g = NULL;
    if (mg_graph_load_buffer(&g, text, strlen(text), name, MG_INPUT_JSON, NULL) != MG_OK)
        fprintf(stderr, "load %s: %s\n", name, mg_last_error());
    return g;
}

static mg_graph *tsv(const char *name, const char *text)
{
    mg_graph *g = NULL;
    if (mg_graph_load_buffer(&g, text, strlen(text), name, MG_INPUT_TSV, NULL) != MG_OK)
        fprintf(stderr, "load %s: %s\n", name, mg_last_error());
    return g;
}

/* Merges two or three graphs (c may be NULL) with `options`; frees nothing. */
static mg_graph *merge(mg_merge_report **r, mg_graph *a, mg_graph *b, mg_graph *c, const mg_merge_options *options)
{
    const mg_graph *in[3] = {a, b, c};
    mg_graph *m = NULL;
    if (mg_graph_merge(&m, r, in, c ? 3 : 2, options) != MG_OK) fprintf(stderr, "merge: %s\n", mg_last_error());
    return m;
}

static const mg_node *node(const mg_graph *g, const char *id)
{
    mg_id v = mg_graph_find_id(g, id);
    return v >= 0 ? mg_graph_node(g, v) : NULL;
}

static bool has_synonym(const mg_node *n, const char *s)
{
    for (size_t i = 0; n && i < n->synonym_count; i++)
        if (strcmp(n->synonyms[i], s) == 0) return true;
    return false;
}

static size_t issues_of(const mg_merge_report *r, mg_merge_issue_kind kind)
{
    size_t n = 0;
    for (size_t i = 0; i < mg_merge_report_issue_count(r); i++) n += mg_merge_report_issue(r, i)->kind == kind;
    return n;
}

static const char *const CURATED =
    "{\"format\": \"mechgraph-1\", \"name\": \"cur\","
    " \"references\": [{\"id\": \"ref2020\", \"citation\": \"Ref R (2020) fixture\", \"doi\": \"10.1000/fixture-r\"}],"
    " \"nodes\": [{\"id\": \"SP1\", \"type\": \"gene\"},"
    "  {\"id\": \"SPHK1\", \"type\": \"gene\", \"label\": \"SK1\", \"synonyms\": [\"sphingosine kinase 1\"],"
    "   \"xrefs\": {\"ncbigene\": \"8877\", \"hetionet\": \"Gene::8877\"}}],"
    " \"edges\": [{\"source\": \"SP1\", \"target\": \"SPHK1\", \"relation\": \"upregulates\","
    "  \"evidence\": [{\"ref\": \"ref2020\", \"where\": \"Table 1 row 1\"}]}]}";

/* The same id is one node; the first graph's record leads. */
static void test_by_id(void)
{
    mg_graph *a = json("a.json", CURATED), *b = tsv("b.tsv", "SP1\tX\nX\tSPHK1\t-\n");
    mg_merge_report *r = NULL;
    mg_graph *m = merge(&r, a, b, NULL, NULL);
    CHECK(m && r);
    if (!m || !r) goto done;
    CHECK(mg_graph_node_count(m) == 3);
    CHECK(mg_graph_edge_count(m) == 3);
    CHECK(mg_merge_report_aligned(r, MG_ALIGN_ID) == 2); /* SP1 and SPHK1 */
    CHECK(node(m, "SP1") && node(m, "SP1")->type == MG_NODE_GENE);
    CHECK(node(m, "X") && node(m, "X")->type == MG_NODE_ENTITY);
    const mg_merge_alignment *al = mg_merge_report_alignment(r, 0);
    CHECK(al && al->rule == MG_ALIGN_ID && al->input == 0 && al->other == 1);
    CHECK(al && strcmp(al->id, "SP1") == 0 && strcmp(al->key, "SP1") == 0);
    CHECK_STR(mg_graph_source(m), "a.json + b.tsv");
    CHECK_STR(mg_graph_name(m), "cur");
    /* X -| SPHK1 from b and SP1 -> SPHK1 from a are different pairs: no conflict */
    CHECK(mg_merge_report_conflict_count(r) == 0);
done:
    mg_merge_report_free(r);
    mg_graph_free(m);
    mg_graph_free(a);
    mg_graph_free(b);
}

/* An id that is the other's xref value, whichever graph comes first; a shared xref pair. */
static void test_by_xref(void)
{
    mg_graph *a = json("a.json", CURATED), *b = tsv("het.sif", "source\tmetaedge\ttarget\nGene::8877\tGiG\tGene::1\n");
    mg_merge_report *r = NULL;
    mg_graph *m = merge(&r, a, b, NULL, NULL);
    CHECK(m && r);
    if (m && r) {
        CHECK(mg_graph_node_count(m) == 3);
        CHECK(mg_merge_report_aligned(r, MG_ALIGN_XREF) == 1);
        const mg_node *s = node(m, "SPHK1");
        CHECK(s && s->type == MG_NODE_GENE && strcmp(s->label, "SK1") == 0);
        CHECK(has_synonym(s, "Gene::8877") && has_synonym(s, "sphingosine kinase 1"));
        CHECK(node(m, "Gene::8877") == NULL);
        /* the Hetionet id still finds the node */
        mg_lookup_result lr = MG_LOOKUP_RESULT_INIT;
        CHECK(mg_graph_lookup(m, "Gene::8877", &lr) == MG_OK && lr.node == mg_graph_find_id(m, "SPHK1"));
        mg_lookup_result_clear(&lr);
        const mg_merge_alignment *al = mg_merge_report_alignment(r, 0);
        CHECK(al && al->rule == MG_ALIGN_XREF && strcmp(al->key, "hetionet:Gene::8877") == 0);
        CHECK(al && strcmp(al->id, "SPHK1") == 0 && strcmp(al->other_id, "Gene::8877") == 0);
        CHECK(al && al->node == mg_graph_find_id(m, "SPHK1"));
    }
    mg_merge_report_free(r);
    mg_graph_free(m);
    r = NULL;

    /* the other way round: the edge list's id leads, the curated record adds type, label, names */
    m = merge(&r, b, a, NULL, NULL);
    CHECK(m && r);
    if (m && r) {
        CHECK(mg_graph_node_count(m) == 3);
        const mg_node *s = node(m, "Gene::8877");
        CHECK(s && s->type == MG_NODE_GENE && strcmp(s->label, "SK1") == 0);
        CHECK(has_synonym(s, "SPHK1") && has_synonym(s, "sphingosine kinase 1"));
        CHECK(s && s->xref_count == 2);
        CHECK(mg_merge_report_aligned(r, MG_ALIGN_XREF) == 1);
    }
    mg_merge_report_free(r);
    mg_graph_free(m);
    mg_graph_free(b);
    r = NULL;

    /* two nodes with an xref in common; a second value for one key is reported, the first kept */
    b = json("b.json", "{\"format\": \"mechgraph-1\", \"nodes\": [{\"id\": \"sphingosine kinase\", \"type\": \"gene\","
                       " \"xrefs\": {\"ncbigene\": \"8877\", \"hetionet\": \"Gene::0\"}}], \"edges\": []}");
    mg_merge_options o = MG_MERGE_OPTIONS_INIT;
    m = merge(&r, a, b, NULL, &o);
    CHECK(m && r);
    if (m && r) {
        CHECK(mg_graph_node_count(m) == 2);
        CHECK(mg_merge_report_aligned(r, MG_ALIGN_XREF) == 1);
        CHECK_STR(mg_merge_report_alignment(r, 0)->key, "ncbigene:8877");
        CHECK(has_synonym(node(m, "SPHK1"), "sphingosine kinase"));
        CHECK(issues_of(r, MG_MERGE_XREF) == 1);
        const mg_node *s = node(m, "SPHK1");
        CHECK(s && s->xref_count == 2 && strcmp(s->xrefs[1].value, "Gene::8877") == 0);
    }
    mg_merge_report_free(r);
    mg_graph_free(m);
    r = NULL;

    /* --align id: no xref rule, so the node table's node stays apart (kept: asked for) */
    o.align = MG_ALIGN_ID;
    o.keep_unmatched = true;
    m = merge(&r, a, b, NULL, &o);
    CHECK(m && mg_graph_node_count(m) == 3 && mg_merge_report_aligned(r, MG_ALIGN_XREF) == 0);
    mg_merge_report_free(r);
    mg_graph_free(m);
    mg_graph_free(a);
    mg_graph_free(b);
}

/* A normalised name that names one node on each side, of compatible types. */
static void test_by_name(void)
{
    mg_graph *a = json("a.json", "{\"format\": \"mechgraph-1\", \"nodes\": ["
                                 "{\"id\": \"angiogenesis\", \"type\": \"process\"},"
                                 "{\"id\": \"TGFB1\", \"type\": \"gene\", \"synonyms\": [\"TGF-beta\"]},"
                                 "{\"id\": \"TGF-beta pathway\", \"type\": \"pathway\", \"synonyms\": [\"TGF-beta\"]},"
                                 "{\"id\": \"Sirt6\", \"type\": \"gene\"},"
                                 "{\"id\": \"S1P\", \"type\": \"chemical\", \"synonyms\": [\"sphingosine-1-phosphate\"]}],"
                                 " \"edges\": [{\"source\": \"TGFB1\", \"target\": \"angiogenesis\", \"relation\": \"promotes\"}]}");
    mg_graph *b = json("b.json", "{\"format\": \"mechgraph-1\", \"nodes\": ["
                                 "{\"id\": \"Angiogenesis\", \"type\": \"entity\"},"
                                 "{\"id\": \"tgf beta\", \"type\": \"gene\"},"
                                 "{\"id\": \"SIRT6\", \"type\": \"disease\"},"
                                 "{\"id\": \"Sphingosine 1-phosphate\", \"type\": \"chemical\", \"label\": \"S-1-P\"}],"
                                 " \"edges\": [{\"source\": \"tgf beta\", \"target\": \"SIRT6\", \"relation\": \"drives\"},"
                                 " {\"source\": \"Sphingosine 1-phosphate\", \"target\": \"Angiogenesis\", \"relation\": \"promotes\"}]}");
    mg_merge_report *r = NULL;
    mg_graph *m = merge(&r, a, b, NULL, NULL);
    CHECK(m && r);
    if (m && r) {
        CHECK(mg_merge_report_aligned(r, MG_ALIGN_NAME) == 2); /* angiogenesis, S1P */
        const mg_node *s = node(m, "S1P");
        /* b's id and label are the same names as a's synonym and id once normalised: not repeated */
        CHECK(s && s->synonym_count == 1 && has_synonym(s, "sphingosine-1-phosphate"));
        CHECK_STR(mg_merge_report_alignment(r, 1)->key, "S-1-P");
        CHECK(node(m, "Angiogenesis") == NULL && node(m, "angiogenesis")->type == MG_NODE_PROCESS);
        /* 'tgf beta' names two nodes of a: not merged, reported */
        CHECK(node(m, "tgf beta") != NULL);
        CHECK(issues_of(r, MG_MERGE_AMBIGUOUS) == 1);
        /* 'SIRT6' is a disease in b, 'Sirt6' a gene in a: not merged; the id is renamed so that
         * ids stay distinct once normalised */
        CHECK(issues_of(r, MG_MERGE_TYPE) == 1 && issues_of(r, MG_MERGE_RENAMED) == 1);
        const mg_node *d = node(m, "SIRT6~2");
        CHECK(d && d->type == MG_NODE_DISEASE && strcmp(d->label, "SIRT6") == 0);
        CHECK(node(m, "Sirt6") && node(m, "Sirt6")->type == MG_NODE_GENE);
        CHECK(mg_graph_node_count(m) == 7);
        const mg_merge_issue *x = mg_merge_report_issue(r, 0);
        CHECK(x && x->message && x->input == 1);
    }
    mg_merge_report_free(r);
    mg_graph_free(m);
    mg_graph_free(a);
    mg_graph_free(b);
}

/* A graph of nodes and no edges types and labels the nodes it aligns with; the others stay out. */
static void test_node_table(void)
{
    mg_graph *e = tsv("edges.sif", "source\tmetaedge\ttarget\nGene::1\tGiG\tGene::2\nGene::2\tGr>G\tDisease::3\n");
    mg_graph *t = json("nodes.json", "{\"format\": \"mechgraph-1\", \"nodes\": ["
                                     "{\"id\": \"Gene::1\", \"type\": \"gene\", \"label\": \"ONE\"},"
                                     "{\"id\": \"Gene::2\", \"type\": \"gene\", \"label\": \"TWO\"},"
                                     "{\"id\": \"Disease::3\", \"type\": \"disease\", \"label\": \"three\"},"
                                     "{\"id\": \"Gene::4\", \"type\": \"gene\", \"label\": \"FOUR\"}], \"edges\": []}");
    mg_merge_report *r = NULL;
    mg_graph *m = merge(&r, e, t, NULL, NULL);
    CHECK(m && r);
    if (m && r) {
        CHECK(mg_graph_node_count(m) == 3 && mg_graph_edge_count(m) == 2);
        CHECK(mg_merge_report_dropped(r) == 1);
        CHECK(mg_merge_report_aligned(r, MG_ALIGN_ID) == 3);
        const mg_node *g1 = node(m, "Gene::1"), *d3 = node(m, "Disease::3");
        CHECK(g1 && g1->type == MG_NODE_GENE && strcmp(g1->label, "ONE") == 0);
        CHECK(d3 && d3->type == MG_NODE_DISEASE && strcmp(d3->label, "three") == 0);
        CHECK(g1 && g1->synonym_count == 0);
        mg_graph_stats st;
        CHECK(mg_graph_get_stats(m, &st) == MG_OK && st.node_types[MG_NODE_ENTITY] == 0);
        /* the label finds the node */
        mg_lookup_result lr = MG_LOOKUP_RESULT_INIT;
        CHECK(mg_graph_lookup(m, "two", &lr) == MG_OK && lr.node == mg_graph_find_id(m, "Gene::2"));
        mg_lookup_result_clear(&lr);
    }
    mg_merge_report_free(r);
    mg_graph_free(m);
    r = NULL;
    /* the table first: the same nodes, its ids lead; keep_unmatched keeps Gene::4 */
    mg_merge_options o = MG_MERGE_OPTIONS_INIT;
    o.keep_unmatched = true;
    m = merge(&r, t, e, NULL, &o);
    CHECK(m && mg_graph_node_count(m) == 4 && mg_merge_report_dropped(r) == 0);
    CHECK(m && node(m, "Gene::4") && node(m, "Gene::1")->type == MG_NODE_GENE);
    mg_merge_report_free(r);
    mg_graph_free(m);
    mg_graph_free(e);
    mg_graph_free(t);
}

/* Opposite signs for one pair in two inputs conflict; within one input they do not. */
static void test_sign_conflicts(void)
{
    mg_graph *a = tsv("a.tsv", "P\tQ\t+\nP\tR\t+\nP\tR\t-\nQ\tR\tregulates\n");
    mg_graph *b = tsv("b.tsv", "P\tQ\tinhibition\nP\tQ\t-\nQ\tR\t-\nR\tP\t-\n");
    mg_graph *c = tsv("c.tsv", "P\tQ\tup\nQ\tR\t+\n");
    mg_merge_report *r = NULL;
    mg_graph *m = merge(&r, a, b, c, NULL);
    CHECK(m && r);
    if (m && r) {
        /* P->Q: + in a and c, - in b: (a, b) and (c, b); Q->R: + in c, - in b; P->R: one input */
        CHECK(mg_merge_report_conflict_count(r) == 3);
        const mg_merge_sign_conflict *k = mg_merge_report_conflict(r, 0);
        CHECK(k && k->source == mg_graph_find_id(m, "P") && k->target == mg_graph_find_id(m, "Q"));
        if (k) {
            const mg_edge *p = mg_graph_edge(m, k->positive), *n = mg_graph_edge(m, k->negative);
            CHECK(p->relation == MG_REL_ACTIVATES && n->relation == MG_REL_INHIBITS);
            CHECK_STR(p->origin, "a.tsv");
            CHECK_STR(n->origin, "b.tsv");
            CHECK(k->negative == 4); /* the first of b's two negative P->Q edges */
        }
        k = mg_merge_report_conflict(r, 1);
        CHECK(k && strcmp(mg_graph_edge(m, k->positive)->origin, "c.tsv") == 0);
        k = mg_merge_report_conflict(r, 2);
        CHECK(k && k->source == mg_graph_find_id(m, "Q") && k->target == mg_graph_find_id(m, "R"));
    }
    mg_merge_report_free(r);
    mg_graph_free(m);
    mg_graph_free(a);
    mg_graph_free(b);
    mg_graph_free(c);
}

/* Every edge keeps its evidence and says where it came from, through merges of merges and JSON. */
static void test_provenance(void)
{
    mg_graph *a = json("a.json", CURATED);
    mg_graph *b = json("b.json", "{\"format\": \"mechgraph-1\","
                                 " \"references\": [{\"id\": \"REF2020\", \"citation\": \"other\", \"doi\": \"10.1000/FIXTURE-R\"},"
                                 "  {\"id\": \"ref2021\", \"citation\": \"Ref R (2021) fixture\", \"doi\": \"10.1000/fixture-s\"}],"
                                 " \"nodes\": [{\"id\": \"SP1\", \"type\": \"gene\"}, {\"id\": \"Y\", \"type\": \"process\"}],"
                                 " \"edges\": [{\"source\": \"SP1\", \"target\": \"Y\", \"relation\": \"promotes\","
                                 "  \"evidence\": [{\"ref\": \"REF2020\"}, {\"ref\": \"ref2021\", \"review\": \"REF2020\"}]}]}");
    mg_graph *c = tsv("c.tsv", "Y\tZ\n");
    mg_merge_report *r = NULL;
    mg_graph *m1 = merge(&r, a, b, NULL, NULL), *m2 = NULL, *back = NULL;
    CHECK(m1 && r);
    if (!m1 || !r) goto done;
    /* the same DOI (ignoring case) under the same id (ignoring case) is one study */
    CHECK(mg_graph_reference_count(m1) == 2);
    const mg_edge *e0 = mg_graph_edge(m1, 0), *e1 = mg_graph_edge(m1, 1);
    CHECK_STR(e0->origin, "a.json");
    CHECK_STR(e1->origin, "b.json");
    CHECK(e0->evidence_count == 1 && strcmp(e0->evidence[0].where, "Table 1 row 1") == 0);
    CHECK(e1->evidence_count == 2 && e1->evidence[0].ref == e0->evidence[0].ref);
    CHECK(e1->evidence[1].review == e0->evidence[0].ref);
    CHECK_STR(e1->evidence[1].ref->id, "ref2021");
    mg_merge_report_free(r);
    r = NULL;

    /* a merge of a merge keeps the origins it has */
    m2 = merge(&r, m1, c, NULL, NULL);
    CHECK(m2 && mg_graph_edge_count(m2) == 3);
    if (m2) {
        CHECK_STR(mg_graph_edge(m2, 0)->origin, "a.json");
        CHECK_STR(mg_graph_edge(m2, 1)->origin, "b.json");
        CHECK_STR(mg_graph_edge(m2, 2)->origin, "c.tsv");
    }
    CHECK(r && issues_of(r, MG_MERGE_DUPLICATE) == 0);
    mg_merge_report_free(r);
    r = NULL;

    /* JSON round trip: origins and gained synonyms come back */
    const char *path = "merge_roundtrip.tmp.json";
    CHECK(m2 && mg_graph_save_json(m2, path) == MG_OK);
    CHECK(mg_graph_load(&back, path, MG_INPUT_AUTO, NULL) == MG_OK);
    remove(path);
    if (back) {
        CHECK(mg_graph_edge_count(back) == 3 && mg_graph_reference_count(back) == 2);
        CHECK_STR(mg_graph_edge(back, 0)->origin, "a.json");
        CHECK_STR(mg_graph_edge(back, 2)->origin, "c.tsv");
        CHECK(mg_graph_edge(back, 1)->evidence_count == 2);
        CHECK(has_synonym(node(back, "SP1"), "SP1") == false);
    }
    /* the same graph twice: said, and its edges are there twice */
    mg_graph_free(m2);
    m2 = merge(&r, m1, a, NULL, NULL);
    CHECK(m2 && mg_graph_edge_count(m2) == 3 && issues_of(r, MG_MERGE_DUPLICATE) == 1);
done:
    mg_merge_report_free(r);
    mg_graph_free(back);
    mg_graph_free(m2);
    mg_graph_free(m1);
    mg_graph_free(a);
    mg_graph_free(b);
    mg_graph_free(c);
}

/* Two studies under one reference id: both kept, the later renamed. */
static void test_references(void)
{
    mg_graph *a = json("a.json", CURATED);
    mg_graph *b = json("b.json", "{\"format\": \"mechgraph-1\","
                                 " \"references\": [{\"id\": \"ref2020\", \"citation\": \"Another (2020)\", \"doi\": \"10.1000/fixture-x\"}],"
                                 " \"nodes\": [{\"id\": \"X\", \"type\": \"gene\"}, {\"id\": \"SP1\", \"type\": \"gene\"}],"
                                 " \"edges\": [{\"source\": \"X\", \"target\": \"SP1\", \"relation\": \"activates\","
                                 "  \"evidence\": [{\"ref\": \"ref2020\"}]}]}");
    mg_merge_report *r = NULL;
    mg_graph *m = merge(&r, a, b, NULL, NULL);
    CHECK(m && r && mg_graph_reference_count(m) == 2);
    if (m && r) {
        CHECK_STR(mg_graph_reference(m, 1)->id, "ref2020~2");
        CHECK_STR(mg_graph_edge(m, 1)->evidence[0].ref->doi, "10.1000/fixture-x");
        CHECK(issues_of(r, MG_MERGE_RENAMED) == 1);
    }
    mg_merge_report_free(r);
    mg_graph_free(m);
    mg_graph_free(a);
    mg_graph_free(b);
}

static void test_errors(void)
{
    mg_graph *m = (mg_graph *)1;
    mg_merge_report *r = (mg_merge_report *)1;
    CHECK(mg_graph_merge(&m, &r, NULL, 0, NULL) == MG_EINVAL && m == NULL && r == NULL);
    const mg_graph *none[2] = {NULL, NULL};
    CHECK(mg_graph_merge(&m, NULL, none, 2, NULL) == MG_EINVAL);
    mg_graph *a = json("a.json", CURATED);
    const mg_graph *one[1] = {a};
    mg_merge_options o = MG_MERGE_OPTIONS_INIT;
    o.align = (mg_align_rule)7;
    CHECK(mg_graph_merge(&m, NULL, one, 1, &o) == MG_EINVAL);
    /* one graph: a copy whose edges say where they came from */
    CHECK(mg_graph_merge(&m, NULL, one, 1, NULL) == MG_OK);
    CHECK(m && mg_graph_edge_count(m) == 1 && strcmp(mg_graph_edge(m, 0)->origin, "a.json") == 0);
    CHECK(mg_graph_edge(a, 0)->origin == NULL);
    mg_graph_free(m);
    mg_graph_free(a);
    CHECK_STR(mg_align_rule_name(MG_ALIGN_XREF), "xref");
    CHECK_STR(mg_merge_issue_kind_name(MG_MERGE_DUPLICATE), "duplicate");
    CHECK(mg_align_rule_name((mg_align_rule)9) == NULL);
    mg_merge_report_free(NULL);
}

int main(void)
{
    test_by_id();
    test_by_xref();
    test_by_name();
    test_node_table();
    test_sign_conflicts();
    test_provenance();
    test_references();
    test_errors();
    CHECK_DONE();
}
