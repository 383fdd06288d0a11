/*
 * test_select.c - mg_graph_select on a small graph worked out by hand: each criterion alone
 * (context by any name of the disease, organism by common and Latin name, system, cells, study
 * by id or DOI, review, min_studies, no_cautioned), what is left of edges, nodes and references,
 * the values that match nothing (MG_ENOTFOUND, the graph's values closest first), and the marks
 * of mg_select_context / mg_select_study through the same matcher.
 */
#include "check.h"
#include "mechgraph.h"

#include <stdlib.h>
#include <string.h>

/* A -> B: two studies (s1 in mouse in vivo IVDD, s2 in rat in vitro IVDD, cautioned);
 * B -| C: s1 in "Homo sapiens" skin wound, both systems, cells "Th2, mast cells";
 * C -> D: no evidence; E: isolated; B -> D: s3 (doi with capitals) in rat, read in review r2. */
static const char graph_json[] =
    "{\"format\": \"mechgraph-1\", \"name\": \"t\","
    " \"references\": ["
    "  {\"id\": \"r1\", \"citation\": \"Review one\"},"
    "  {\"id\": \"r2\", \"citation\": \"Review two\", \"doi\": \"10.1/R2\"},"
    "  {\"id\": \"s1\", \"citation\": \"Study one\", \"doi\": \"10.1000/S1\","
    "   \"cautions\": [{\"code\": \"doi-as-printed\", \"text\": \"looks mistyped\"}]},"
    "  {\"id\": \"s2\", \"citation\": \"Study two\"},"
    "  {\"id\": \"s3\", \"citation\": \"Study three\", \"doi\": \"10.1000/ABC\"},"
    "  {\"id\": \"unused\", \"citation\": \"Never cited\"}],"
    " \"nodes\": ["
    "  {\"id\": \"A\", \"type\": \"vesicle\"}, {\"id\": \"B\", \"type\": \"gene\"},"
    "  {\"id\": \"C\", \"type\": \"process\"}, {\"id\": \"D\", \"type\": \"process\"},"
    "  {\"id\": \"E\", \"type\": \"gene\"},"
    "  {\"id\": \"IVDD\", \"type\": \"disease\", \"label\": \"intervertebral disc degeneration\","
    "   \"synonyms\": [\"disc degeneration\"]}],"
    " \"edges\": ["
    "  {\"source\": \"A\", \"target\": \"B\", \"relation\": \"activates\", \"evidence\": ["
    "    {\"ref\": \"s1\", \"review\": \"r1\", \"organism\": \"mouse\", \"system\": \"in vivo\", \"disease\": \"IVDD\"},"
    "    {\"ref\": \"s2\", \"review\": \"r1\", \"organism\": \"rat\", \"system\": \"in vitro\", \"disease\": \"IVDD\","
    "     \"cautions\": [{\"code\": \"misprint\", \"text\": \"a word misread\"}]}]},"
    "  {\"source\": \"B\", \"target\": \"C\", \"relation\": \"inhibits\", \"evidence\": ["
    "    {\"ref\": \"s1\", \"review\": \"r1\", \"organism\": \"Homo sapiens\", \"system\": \"in vivo and in vitro\","
    "     \"disease\": \"skin wound\", \"cell\": \"Th2, mast cells\"}]},"
    "  {\"source\": \"C\", \"target\": \"D\", \"relation\": \"promotes\"},"
    "  {\"source\": \"B\", \"target\": \"D\", \"relation\": \"promotes\", \"evidence\": ["
    "    {\"ref\": \"s3\", \"review\": \"r2\", \"organism\": \"rat\", \"cell\": \"Th17 cells\"}]}]}";

static mg_graph *load(void)
{
    mg_graph *g = NULL;
    if (mg_graph_load_buffer(&g, graph_json, strlen(graph_json), "t.json", MG_INPUT_JSON, NULL) != MG_OK)
        fprintf(stderr, "load failed: %s\n", mg_last_error());
    return g;
}

/* "A>B B>C" : the selected graph's edges, by ids, with their evidence counts "A>B:2" */
static const char *edges_of(const mg_graph *g)
{
    static char buf[512];
    buf[0] = '\0';
    for (mg_id e = 0; e < mg_graph_edge_count(g); e++) {
        const mg_edge *x = mg_graph_edge(g, e);
        char one[64];
        snprintf(one, sizeof one, "%s%s>%s:%zu", e ? " " : "", mg_graph_node(g, x->source)->id,
                 mg_graph_node(g, x->target)->id, x->evidence_count);
        strcat(buf, one);
    }
    return buf;
}

static const char *nodes_of(const mg_graph *g)
{
    static char buf[256];
    buf[0] = '\0';
    for (mg_id v = 0; v < mg_graph_node_count(g); v++) {
        if (v) strcat(buf, " ");
        strcat(buf, mg_graph_node(g, v)->id);
    }
    return buf;
}

/* The edges selected by `o`, or "error" (then mg_last_error says why). */
static const char *selected(const mg_graph *g, const mg_select_options *o, mg_error_t *code)
{
    static char buf[512];
    mg_graph *s = NULL;
    mg_error_t err = mg_graph_select(&s, g, o);
    if (code) *code = err;
    if (err) {
        CHECK(s == NULL);
        return "error";
    }
    snprintf(buf, sizeof buf, "%s", edges_of(s));
    mg_graph_free(s);
    return buf;
}

static void test_no_criterion(const mg_graph *g)
{
    mg_graph *s = NULL;
    CHECK(!mg_select_options_any(NULL));
    mg_select_options o = MG_SELECT_OPTIONS_INIT;
    CHECK(!mg_select_options_any(&o));
    CHECK(mg_graph_select(&s, g, NULL) == MG_OK);
    CHECK_STR(edges_of(s), "A>B:2 B>C:1 C>D:0 B>D:1");
    CHECK_STR(nodes_of(s), "A B C D E IVDD"); /* a copy: the isolated node stays */
    CHECK(mg_graph_reference_count(s) == 6);
    mg_graph_free(s);
}

static void test_context(const mg_graph *g)
{
    mg_select_options o = MG_SELECT_OPTIONS_INIT;
    o.context = "IVDD";
    CHECK_STR(selected(g, &o, NULL), "A>B:2");
    o.context = "intervertebral disc degeneration"; /* the node's label */
    CHECK_STR(selected(g, &o, NULL), "A>B:2");
    o.context = "Disc-Degeneration"; /* a synonym, case and hyphens ignored */
    CHECK_STR(selected(g, &o, NULL), "A>B:2");
    o.context = "skin wound"; /* as the evidence writes it: no node needed */
    CHECK_STR(selected(g, &o, NULL), "B>C:1");

    /* the nodes the edges touch, and only the references the kept evidence cites */
    mg_graph *s = NULL;
    CHECK(mg_graph_select(&s, g, &o) == MG_OK);
    CHECK_STR(nodes_of(s), "B C");
    CHECK(mg_graph_reference_count(s) == 2);
    CHECK_STR(mg_graph_reference(s, 0)->id, "r1");
    CHECK_STR(mg_graph_reference(s, 1)->id, "s1");
    const mg_edge *e = mg_graph_edge(s, 0);
    CHECK(e->evidence[0].ref == mg_graph_reference(s, 1));
    CHECK(e->evidence[0].ref->caution_count == 1); /* the reference's caution travels with it */
    CHECK(mg_graph_find_id(s, "C") == 1);
    mg_lookup_result r = MG_LOOKUP_RESULT_INIT;
    CHECK(mg_graph_lookup(s, "b", &r) == MG_OK && r.node == 0); /* the name index is rebuilt */
    mg_lookup_result_clear(&r);
    size_t out;
    CHECK(mg_graph_incident(s, 0, 1, &out) && out == 1);
    mg_graph_free(s);

    mg_error_t code;
    o.context = "skin wuond";
    CHECK_STR(selected(g, &o, &code), "error");
    CHECK(code == MG_ENOTFOUND);
    CHECK(strstr(mg_last_error(), "'skin wuond'") != NULL);
    CHECK(strstr(mg_last_error(), "closest first: skin wound, IVDD") != NULL);
}

static void test_organism(const mg_graph *g)
{
    mg_select_options o = MG_SELECT_OPTIONS_INIT;
    o.organism = "rat";
    CHECK_STR(selected(g, &o, NULL), "A>B:1 B>D:1");
    o.organism = "Rattus norvegicus";
    CHECK_STR(selected(g, &o, NULL), "A>B:1 B>D:1");
    o.organism = "human"; /* the evidence writes Homo sapiens */
    CHECK_STR(selected(g, &o, NULL), "B>C:1");
    o.organism = "H. sapiens";
    CHECK_STR(selected(g, &o, NULL), "B>C:1");
    o.organism = "mice";
    CHECK_STR(selected(g, &o, NULL), "A>B:1");
    mg_error_t code;
    o.organism = "zebrafish"; /* a known organism the graph lacks */
    CHECK_STR(selected(g, &o, &code), "error");
    CHECK(code == MG_ENOTFOUND);
    CHECK(strstr(mg_last_error(), "organism 'zebrafish'") != NULL);
    o.organism = "Mus musculis"; /* closest first: the mouse, by its Latin name */
    CHECK_STR(selected(g, &o, NULL), "error");
    CHECK(strstr(mg_last_error(), "closest first: mouse, ") != NULL);
}

static void test_system(const mg_graph *g)
{
    mg_select_options o = MG_SELECT_OPTIONS_INIT;
    o.system = "in vivo"; /* a study of both passes either */
    CHECK_STR(selected(g, &o, NULL), "A>B:1 B>C:1");
    o.system = "In-Vitro";
    CHECK_STR(selected(g, &o, NULL), "A>B:1 B>C:1");
    o.system = "vitro";
    CHECK_STR(selected(g, &o, NULL), "A>B:1 B>C:1");
    o.system = "in vivo and in vitro"; /* both: only the studies of both */
    CHECK_STR(selected(g, &o, NULL), "B>C:1");
    o.system = "patients";
    CHECK_STR(selected(g, &o, NULL), "error");
    CHECK(strstr(mg_last_error(), "system 'patients'") != NULL);
}

static void test_cell(const mg_graph *g)
{
    mg_select_options o = MG_SELECT_OPTIONS_INIT;
    o.cell = "mast cells";
    CHECK_STR(selected(g, &o, NULL), "B>C:1");
    o.cell = "mast cell"; /* a plural s ignored */
    CHECK_STR(selected(g, &o, NULL), "B>C:1");
    o.cell = "TH17";
    CHECK_STR(selected(g, &o, NULL), "B>D:1");
    o.cell = "Th1"; /* a word, not a prefix: Th1 is not Th17 */
    CHECK_STR(selected(g, &o, NULL), "error");
    CHECK(strstr(mg_last_error(), "cells 'Th1'") != NULL);
    CHECK(strstr(mg_last_error(), "Th17 cells") != NULL);
    o.cell = "cells mast"; /* in order */
    CHECK_STR(selected(g, &o, NULL), "error");
}

static void test_study_review(const mg_graph *g)
{
    mg_select_options o = MG_SELECT_OPTIONS_INIT;
    o.study = "s1";
    CHECK_STR(selected(g, &o, NULL), "A>B:1 B>C:1");
    o.study = "10.1000/abc"; /* DOIs ignore case */
    CHECK_STR(selected(g, &o, NULL), "B>D:1");
    o.study = "doi:10.1000/ABC";
    CHECK_STR(selected(g, &o, NULL), "B>D:1");
    o.study = "https://doi.org/10.1000/s1";
    CHECK_STR(selected(g, &o, NULL), "A>B:1 B>C:1");
    o.study = "r1"; /* a review is not a primary study */
    CHECK_STR(selected(g, &o, NULL), "error");
    CHECK(strstr(mg_last_error(), "cites the study 'r1'") != NULL);
    CHECK(strstr(mg_last_error(), "closest first: s1, s2, s3") != NULL);
    o.study = "unused"; /* a reference no evidence cites */
    CHECK_STR(selected(g, &o, NULL), "error");
    o.study = NULL;
    o.review = "r2";
    CHECK_STR(selected(g, &o, NULL), "B>D:1");
    o.review = "doi:10.1/r2";
    CHECK_STR(selected(g, &o, NULL), "B>D:1");
    o.review = "r3";
    CHECK_STR(selected(g, &o, NULL), "error");
    CHECK(strstr(mg_last_error(), "closest first: r1, r2") != NULL);
}

static void test_min_studies_cautions(const mg_graph *g)
{
    mg_select_options o = MG_SELECT_OPTIONS_INIT;
    o.min_studies = 1; /* drops the edge without evidence */
    CHECK_STR(selected(g, &o, NULL), "A>B:2 B>C:1 B>D:1");
    o.min_studies = 2;
    CHECK_STR(selected(g, &o, NULL), "A>B:2");
    o.min_studies = 3;
    mg_error_t code;
    CHECK_STR(selected(g, &o, &code), "error");
    CHECK(code == MG_ENOTFOUND && strstr(mg_last_error(), "the most is 2") != NULL);
    o.min_studies = 2;
    o.organism = "rat"; /* counted in the evidence kept: one rat study on A>B */
    CHECK_STR(selected(g, &o, NULL), "error");
    CHECK(strstr(mg_last_error(), "in the selection (the most is 1)") != NULL);

    mg_select_options c = MG_SELECT_OPTIONS_INIT;
    c.no_cautioned = true; /* s2's misprint goes; s1's doi-as-printed is on the citation: kept */
    CHECK_STR(selected(g, &c, NULL), "A>B:1 B>C:1 B>D:1");
    mg_graph *s = NULL;
    CHECK(mg_graph_select(&s, g, &c) == MG_OK);
    CHECK(strcmp(mg_graph_edge(s, 0)->evidence[0].ref->id, "s1") == 0);
    CHECK(mg_graph_node_count(s) == 4); /* A B C D: E and IVDD have no edge */
    mg_graph_free(s);
    c.organism = "rat"; /* criteria together: A>B's rat evidence is the cautioned one */
    CHECK_STR(selected(g, &c, NULL), "B>D:1");
    c.organism = NULL;
    c.context = "IVDD";
    c.study = "s2"; /* each matches something, together nothing: an empty graph, not an error */
    c.no_cautioned = true;
    CHECK_STR(selected(g, &c, &code), "");
    CHECK(code == MG_OK);
}

/* The marks pictures use and the path options go through the same matcher. */
static void test_same_matcher(const mg_graph *g)
{
    bool nodes[6] = {0}, edges[4] = {0};
    size_t count = 0;
    CHECK(mg_select_context(nodes, edges, &count, g, "disc degeneration") == MG_OK && count == 1 && edges[0]);
    CHECK(nodes[0] && nodes[1] && !nodes[2]);
    memset(edges, 0, sizeof edges);
    CHECK(mg_select_study(nodes, edges, &count, g, "https://doi.org/10.1000/abc") == MG_OK && count == 1 && edges[3]);
    CHECK(mg_select_study(nodes, edges, &count, g, "nothing") == MG_OK && count == 0);

    mg_path_options o = MG_PATH_OPTIONS_INIT;
    o.organism = "Homo sapiens";
    mg_id a = mg_graph_find_id(g, "A"), c = mg_graph_find_id(g, "C"), b = mg_graph_find_id(g, "B");
    mg_path_set *set = NULL;
    CHECK(mg_paths_find(&set, g, &b, 1, &c, 1, &o) == MG_OK && mg_path_set_count(set) == 1);
    mg_path_set_free(set);
    o.organism = "human";
    CHECK(mg_paths_find(&set, g, &b, 1, &c, 1, &o) == MG_OK && mg_path_set_count(set) == 1);
    mg_path_set_free(set);
    o.organism = "rat"; /* A>B is rat, B>C human: no path */
    CHECK(mg_paths_find(&set, g, &a, 1, &c, 1, &o) == MG_OK && mg_path_set_count(set) == 0);
    mg_path_set_free(set);
}

/* An edge list has no evidence: every evidence criterion fails, saying the graph states none. */
static void test_no_evidence(void)
{
    const char *text = "A\tB\tactivates\nB\tC\tinhibits\n";
    mg_graph *g = NULL, *s = NULL;
    CHECK(mg_graph_load_buffer(&g, text, strlen(text), "t.tsv", MG_INPUT_TSV, NULL) == MG_OK);
    mg_select_options o = MG_SELECT_OPTIONS_INIT;
    o.organism = "rat";
    CHECK(mg_graph_select(&s, g, &o) == MG_ENOTFOUND && s == NULL);
    CHECK(strstr(mg_last_error(), "none states its organism") != NULL);
    o.organism = NULL;
    o.min_studies = 1;
    CHECK(mg_graph_select(&s, g, &o) == MG_ENOTFOUND && strstr(mg_last_error(), "the most is 0") != NULL);
    o.min_studies = 0;
    o.no_cautioned = true; /* nothing to pass: an empty graph, not an error */
    CHECK(mg_graph_select(&s, g, &o) == MG_OK && mg_graph_edge_count(s) == 0 && mg_graph_node_count(s) == 0);
    mg_graph_free(s);
    mg_graph_free(g);
}

/* On the curated graph: the cases of the issue. */
static void test_curated(void)
{
    mg_graph *g = NULL, *s = NULL;
    CHECK(mg_graph_load_default(&g, NULL) == MG_OK);
    mg_select_options o = MG_SELECT_OPTIONS_INIT;
    o.organism = "rat";
    CHECK(mg_graph_select(&s, g, &o) == MG_OK);
    CHECK(mg_graph_edge_count(s) > 0 && mg_graph_edge_count(s) < mg_graph_edge_count(g));
    for (mg_id e = 0; e < mg_graph_edge_count(s); e++)
        for (size_t k = 0; k < mg_graph_edge(s, e)->evidence_count; k++)
            CHECK(strcmp(mg_graph_edge(s, e)->evidence[k].organism, "rat") == 0);
    mg_graph_free(s);
    o.organism = NULL;
    o.context = "skin wound";
    CHECK(mg_graph_select(&s, g, &o) == MG_OK);
    for (mg_id e = 0; e < mg_graph_edge_count(s); e++)
        for (size_t k = 0; k < mg_graph_edge(s, e)->evidence_count; k++)
            CHECK(strcmp(mg_graph_edge(s, e)->evidence[k].disease, "skin wound") == 0);
    CHECK(mg_graph_edge_count(s) > 5);
    mg_graph_free(s);
    o.context = "inflammation"; /* a process, not a disease any evidence names */
    CHECK(mg_graph_select(&s, g, &o) == MG_ENOTFOUND && s == NULL);
    CHECK(strstr(mg_last_error(), "allergic airway inflammation") != NULL);
    mg_graph_free(g);
}

int main(void)
{
    mg_graph *g = load();
    CHECK(g != NULL);
    if (g) {
        test_no_criterion(g);
        test_context(g);
        test_organism(g);
        test_system(g);
        test_cell(g);
        test_study_review(g);
        test_min_studies_cautions(g);
        test_same_matcher(g);
    }
    mg_graph_free(g);
    test_no_evidence();
    test_curated();
    CHECK_DONE();
}
