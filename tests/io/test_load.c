/* test_load.c - the loader: JSON records and evidence, TSV/SIF edge lists, gzip, the built-in
 * graph, statistics, the incidence lists and a save/load round trip. */
#include "check.h"
#include "mechgraph.h"

#include <stdlib.h>
#include <unistd.h>
#include <zlib.h>

static const char *data_dir;

static mg_graph *load(const char *file)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", data_dir, file);
    mg_graph *g = NULL;
    mg_diagnostics *d = NULL;
    mg_diagnostics_new(&d);
    if (mg_graph_load(&g, path, MG_INPUT_AUTO, d) != MG_OK) fprintf(stderr, "load %s: %s\n", file, mg_last_error());
    mg_diagnostics_free(d);
    return g;
}

static void test_json(void)
{
    mg_graph *g = load("tgf.json");
    CHECK(g != NULL);
    if (!g) return;
    CHECK(mg_graph_node_count(g) == 9);
    CHECK(mg_graph_edge_count(g) == 7);
    CHECK(mg_graph_reference_count(g) == 1);
    CHECK_STR(mg_graph_name(g), "tgf");
    mg_id t = mg_graph_find_id(g, "TGFB1");
    CHECK(t >= 0);
    const mg_node *n = mg_graph_node(g, t);
    CHECK_STR(n->label, "TGF-\xce\xb2" "1");
    CHECK(n->type == MG_NODE_GENE);
    CHECK(n->xref_count == 1 && strcmp(n->xrefs[0].key, "ncbigene") == 0);
    size_t in, out;
    const mg_id *in_edges = mg_graph_incident(g, t, 0, &in);
    mg_graph_incident(g, t, 1, &out);
    CHECK(in == 1 && out == 2);
    const mg_edge *e = mg_graph_edge(g, in_edges[0]);
    CHECK(e->relation == MG_REL_SECRETES);
    CHECK(mg_relation_sign(e->relation) == MG_SIGN_POSITIVE);
    CHECK(e->evidence_count == 1);
    CHECK_STR(e->evidence[0].ref->id, "zhong2019");
    CHECK_STR(e->evidence[0].ref->doi, "10.1000/fixture");
    CHECK_STR(e->evidence[0].where, "Table 1 row 7");
    CHECK(e->weight == 1.0);

    mg_graph_stats s;
    CHECK(mg_graph_get_stats(g, &s) == MG_OK);
    CHECK(s.components == 3); /* the Th17-like and Sjogren nodes stand alone */
    CHECK(s.node_types[MG_NODE_GENE] == 3);
    CHECK(s.relations[MG_REL_ACTIVATES] == 2);
    CHECK(s.edges_without_evidence == 6);

    /* round trip: save, load, same counts and the same evidence */
    char path[1024];
    snprintf(path, sizeof path, "%s", "roundtrip.tmp.json");
    CHECK(mg_graph_save_json(g, path) == MG_OK);
    mg_graph *g2 = NULL;
    CHECK(mg_graph_load(&g2, path, MG_INPUT_AUTO, NULL) == MG_OK);
    if (g2) {
        CHECK(mg_graph_node_count(g2) == 9 && mg_graph_edge_count(g2) == 7);
        mg_id t2 = mg_graph_find_id(g2, "TGFB1");
        const mg_id *in2 = mg_graph_incident(g2, t2, 0, &in);
        CHECK_STR(mg_graph_edge(g2, in2[0])->evidence[0].where, "Table 1 row 7");
    }
    mg_graph_free(g2);
    remove(path);
    mg_graph_free(g);
}

static void test_components_fixture(void)
{
    /* a graph of two components, to pin down the count */
    const char *json = "{\"format\":\"mechgraph-1\",\"nodes\":[{\"id\":\"a\",\"type\":\"gene\"},{\"id\":\"b\",\"type\":\"gene\"},"
                       "{\"id\":\"c\",\"type\":\"gene\"}],\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"relation\":\"activates\"}]}";
    mg_graph *g = NULL;
    CHECK(mg_graph_load_buffer(&g, json, strlen(json), "two.json", MG_INPUT_AUTO, NULL) == MG_OK);
    mg_graph_stats s;
    if (g && mg_graph_get_stats(g, &s) == MG_OK) {
        CHECK(s.components == 2);
        CHECK(s.largest_component == 2);
        CHECK(s.density > 0.166 && s.density < 0.167);
    }
    mg_graph_free(g);
}

static void test_tsv_sif(void)
{
    mg_graph *g = load("good.sif");
    CHECK(g != NULL);
    if (g) {
        CHECK(mg_graph_node_count(g) == 4);
        CHECK(mg_graph_edge_count(g) == 3);
        CHECK(mg_graph_edge(g, 2)->relation == MG_REL_INHIBITS);
        CHECK(mg_graph_node(g, 0)->type == MG_NODE_ENTITY);
    }
    mg_graph_free(g);

    const char *tsv = "\xEF\xBB\xBFsource\ttarget\tweight\tpmid\trelation\r\nA\tB\t0.5\r\n# comment\r\n\r\nB\tC\t1\t123\tdownregulates\r\n";
    CHECK(mg_graph_load_buffer(&g, tsv, strlen(tsv), "x.tsv", MG_INPUT_AUTO, NULL) == MG_OK);
    if (g) {
        CHECK(mg_graph_edge_count(g) == 2);
        CHECK(mg_graph_edge(g, 0)->weight == 0.5);
        CHECK(mg_graph_edge(g, 0)->relation == MG_REL_ASSOCIATED_WITH);
        CHECK(mg_graph_edge(g, 1)->relation == MG_REL_DOWNREGULATES);
    }
    mg_graph_free(g);
}

/* An edge list naming many nodes: the id map grows from its small start, and every name still
 * finds its node. */
static void test_many_nodes(void)
{
    size_t n = 5000, size = n * 24 + 32;
    char *text = malloc(size);
    if (!text) return;
    size_t at = (size_t)snprintf(text, size, "source\ttarget\n");
    for (size_t i = 0; i < n; i++) at += (size_t)snprintf(text + at, size - at, "node%zu\tnode%zu\n", i, (i * 7 + 1) % n);
    mg_graph *g = NULL;
    CHECK(mg_graph_load_buffer(&g, text, at, "many.tsv", MG_INPUT_TSV, NULL) == MG_OK);
    free(text);
    if (!g) return;
    CHECK(mg_graph_node_count(g) == (mg_id)n && mg_graph_edge_count(g) == (mg_id)n);
    char id[32];
    for (size_t i = 0; i < n; i += 97) {
        snprintf(id, sizeof id, "node%zu", i);
        mg_id v = mg_graph_find_id(g, id);
        CHECK(v >= 0 && strcmp(mg_graph_node(g, v)->id, id) == 0);
    }
    mg_graph_free(g);
}

static void test_gzip(void)
{
    const char *text = "A\tB\tactivates\n";
    char gzpath[] = "gz.tmp.tsv.gz";
    gzFile f = gzopen(gzpath, "wb");
    CHECK(f != NULL);
    if (!f) return;
    gzputs(f, text);
    gzclose(f);
    mg_graph *g = NULL;
    CHECK(mg_graph_load(&g, gzpath, MG_INPUT_AUTO, NULL) == MG_OK);
    CHECK(g && mg_graph_edge_count(g) == 1);
    mg_graph_free(g);
    remove(gzpath);
}

static void test_default(void)
{
    mg_graph *g = NULL;
    CHECK(mg_graph_load_default(&g, NULL) == MG_OK);
    CHECK(g && mg_graph_node_count(g) > 0);
    CHECK(g && mg_graph_find_id(g, "SIRT6") >= 0);
    mg_graph_free(g);
}

static void test_missing_file(void)
{
    mg_graph *g = (mg_graph *)1;
    CHECK(mg_graph_load(&g, "/nonexistent/file.json", MG_INPUT_AUTO, NULL) == MG_EIO);
    CHECK(g == NULL);
    CHECK(strstr(mg_last_error(), "unable to open") != NULL);
}

/* Cautions on evidence and on references: read, kept through a save and a reload, copied by a
 * merge; a caution without its text is a located problem. */
static const char cautioned[] =
    "{\"format\": \"mechgraph-1\", \"references\": [{\"id\": \"r1\", \"citation\": \"R (2020)\", \"doi\": \"10.1/x\","
    " \"cautions\": [{\"code\": \"doi-as-printed\", \"text\": \"looks mistyped\"}]}],"
    " \"nodes\": [{\"id\": \"A\", \"type\": \"gene\"}, {\"id\": \"B\", \"type\": \"process\"}],"
    " \"edges\": [{\"source\": \"A\", \"target\": \"B\", \"relation\": \"promotes\", \"evidence\": ["
    "{\"ref\": \"r1\", \"cautions\": [{\"code\": \"misprint\", \"text\": \"'Th16' read as Th17\"},"
    " {\"code\": \"citation-mismatch\", \"text\": \"row cites another paper\"}]}, {\"ref\": \"r1\"}]}]}";

static void check_cautioned(const mg_graph *g)
{
    CHECK(g != NULL);
    if (!g) return;
    const mg_edge *e = mg_graph_edge(g, 0);
    CHECK(e->evidence_count == 2);
    CHECK(e->evidence[0].caution_count == 2);
    CHECK_STR(e->evidence[0].cautions[0].code, "misprint");
    CHECK_STR(e->evidence[0].cautions[1].text, "row cites another paper");
    CHECK(e->evidence[1].caution_count == 0 && e->evidence[1].cautions == NULL);
    CHECK(e->evidence[0].ref->caution_count == 1);
    CHECK_STR(e->evidence[0].ref->cautions[0].code, "doi-as-printed");
}

static void test_cautions(void)
{
    mg_graph *g = NULL, *again = NULL, *merged = NULL;
    CHECK(mg_graph_load_buffer(&g, cautioned, sizeof cautioned - 1, "cautioned.json", MG_INPUT_JSON, NULL) == MG_OK);
    check_cautioned(g);
    const char *path = "test_load_cautions.json";
    CHECK(g && mg_graph_save_json(g, path) == MG_OK);
    CHECK(mg_graph_load(&again, path, MG_INPUT_AUTO, NULL) == MG_OK);
    check_cautioned(again);
    remove(path);
    mg_merge_report *report = NULL;
    const mg_graph *both[] = {g, again};
    CHECK(g && again && mg_graph_merge(&merged, &report, both, 2, NULL) == MG_OK);
    CHECK(merged && mg_graph_edge(merged, 0)->evidence[0].caution_count == 2);
    CHECK(merged && mg_graph_edge(merged, 0)->evidence[0].ref->caution_count == 1);
    mg_merge_report_free(report);
    mg_graph_free(merged);
    mg_graph_free(again);
    mg_graph_free(g);

    static const char no_text[] =
        "{\"format\": \"mechgraph-1\", \"references\": [{\"id\": \"r1\", \"citation\": \"R\"}],"
        " \"nodes\": [{\"id\": \"A\", \"type\": \"gene\"}],"
        " \"edges\": [{\"source\": \"A\", \"target\": \"A\", \"relation\": \"promotes\","
        " \"evidence\": [{\"ref\": \"r1\", \"cautions\": [{\"code\": \"misprint\", \"txt\": \"x\"}]}]}]}";
    mg_diagnostics *d = NULL;
    mg_diagnostics_new(&d);
    g = NULL;
    CHECK(mg_graph_load_buffer(&g, no_text, sizeof no_text - 1, "no_text.json", MG_INPUT_JSON, d) == MG_EINVAL);
    char buf[512] = "";
    bool missing = false, unknown = false;
    for (size_t i = 0; i < mg_diagnostics_count(d); i++) {
        mg_diagnostic_format(mg_diagnostics_get(d, i), buf, sizeof buf);
        missing |= strstr(buf, "edges[0].evidence[0].cautions[0]") && strstr(buf, "missing member 'text'");
        unknown |= strstr(buf, "unknown member 'txt' (did you mean 'text'?)") != NULL;
    }
    CHECK(missing);
    CHECK(unknown);
    mg_diagnostics_free(d);
    mg_graph_free(g);
}

/* Issue 24: an output name of 245 to 255 bytes failed ("File name too long"): its temporary
 * file's name, FILE.tmp.XXXXXX, was longer than a file name may be. Each such name is written,
 * also one cut inside a multibyte character, and no temporary file is left beside it. */
static void test_long_output_names(void)
{
    mg_graph *g = load("good.sif");
    CHECK(g != NULL);
    if (!g) return;
    char dir[] = "/tmp/mg-long-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    const size_t lengths[] = {244, 245, 250, 255};
    for (int k = 0; k < 5; k++) {
        char path[512], name[256];
        size_t n = k < 4 ? lengths[k] : 255;
        memset(name, 'a', n);
        if (k == 4) memcpy(name + 239, "\xCE\xB2\xCE\xB2\xCE\xB2", 6); /* the third beta across the cut at 244 */
        memcpy(name + n - 4, ".tsv", 4);
        name[n] = '\0';
        snprintf(path, sizeof path, "%s/%s", dir, name);
        mg_error_t err = mg_export(g, MG_EXPORT_TSV, path);
        if (err) fprintf(stderr, "export to a name of %zu bytes: %s\n", n, mg_last_error());
        CHECK(err == MG_OK);
        mg_graph *back = NULL;
        CHECK(mg_graph_load(&back, path, MG_INPUT_AUTO, NULL) == MG_OK && back &&
              mg_graph_edge_count(back) == mg_graph_edge_count(g));
        mg_graph_free(back);
        CHECK(unlink(path) == 0);
    }
    CHECK(rmdir(dir) == 0); /* fails if a temporary file was left */
    mg_graph_free(g);
}

int main(int argc, char **argv)
{
    data_dir = argc > 1 ? argv[1] : "tests/data";
    test_long_output_names();
    test_json();
    test_components_fixture();
    test_tsv_sif();
    test_many_nodes();
    test_gzip();
    test_default();
    test_missing_file();
    test_cautions();
    CHECK_DONE();
}
