/* test_names.c - name normalisation and lookup: case, separators, Greek, accents, tiers,
 * ambiguity and suggestions. */
#include "check.h"
#include "mechgraph.h"

static char buf[256];

static const char *norm(const char *s)
{
    mg_name_normalize(s, buf, sizeof buf);
    return buf;
}

static const char *found(const mg_graph *g, const char *name)
{
    mg_lookup_result r = MG_LOOKUP_RESULT_INIT;
    mg_error_t err = mg_graph_lookup(g, name, &r);
    const char *id = err == MG_OK ? mg_graph_node(g, r.node)->id : NULL;
    mg_lookup_result_clear(&r);
    return id;
}

static const char *const graph_json =
    "{\"format\": \"mechgraph-1\", \"nodes\": ["
    "{\"id\": \"TGFB1\", \"type\": \"gene\", \"label\": \"TGF-\xce\xb2" "1\"},"
    "{\"id\": \"NF-kappaB\", \"type\": \"pathway\", \"label\": \"NF-\xce\xba" "B\"},"
    "{\"id\": \"SIRT6\", \"type\": \"gene\", \"label\": \"Sirt6\", \"synonyms\": [\"sirtuin 6\"]},"
    "{\"id\": \"SPHK1\", \"type\": \"gene\", \"label\": \"SK1\", \"synonyms\": [\"SphK1\", \"kinase\"]},"
    "{\"id\": \"CK1\", \"type\": \"gene\", \"synonyms\": [\"kinase\"]},"
    "{\"id\": \"Sjogren's syndrome\", \"type\": \"disease\", \"label\": \"Sj\xc3\xb6gren's syndrome\"}"
    "], \"edges\": []}";

int main(void)
{
    CHECK_STR(norm("TGF-\xce\xb2" "1"), "tgfbeta1");
    CHECK_STR(norm("TGF-beta1"), "tgfbeta1");
    CHECK_STR(norm("tgf beta 1"), "tgfbeta1");
    CHECK_STR(norm("NF-\xce\xba" "B"), "nfkappab");
    CHECK_STR(norm("NF_KappaB"), "nfkappab");
    CHECK_STR(norm("IFN-\xce\xb3"), "ifngamma");
    CHECK_STR(norm("TNF-\xce\x91"), "tnfalpha"); /* capital alpha */
    CHECK_STR(norm("Sj\xc3\xb6gren's"), "sjogrens");
    CHECK_STR(norm("hsa-miR-105-5p"), "hsamir1055p");
    CHECK_STR(norm("ERK1/2"), "erk1/2");
    CHECK(mg_name_normalize("abc", NULL, 0) == 3);
    /* overlong UTF-8 is no letter: no NUL inside a key, no 's' spelled C1 93 (found by fuzz_lookup) */
    CHECK(mg_name_normalize("a\xc0\x80" "b", buf, sizeof buf) == 4 && strlen(buf) == 4);
    CHECK(mg_name_normalize("a\xe0\x80\x80" "b", buf, sizeof buf) == 5 && strlen(buf) == 5);
    CHECK_STR(norm("\xc1\x93"), "\xc1\x93");

    mg_graph *g = NULL;
    mg_diagnostics *d = NULL;
    CHECK(mg_diagnostics_new(&d) == MG_OK);
    CHECK(mg_graph_load_buffer(&g, graph_json, strlen(graph_json), "names.json", MG_INPUT_JSON, d) == MG_OK);
    CHECK(mg_diagnostics_count(d) == 0);
    if (g) {
        CHECK_STR(found(g, "TGFB1"), "TGFB1");
        CHECK_STR(found(g, "tgf-beta1"), "TGFB1");
        CHECK_STR(found(g, "TGF-\xce\xb2" "1"), "TGFB1");
        CHECK_STR(found(g, "tgf beta 1"), "TGFB1");
        CHECK_STR(found(g, "NF-kappaB"), "NF-kappaB");
        CHECK_STR(found(g, "nf-\xce\xba" "b"), "NF-kappaB");
        CHECK_STR(found(g, "sirt6"), "SIRT6");
        CHECK_STR(found(g, "Sirtuin-6"), "SIRT6");
        CHECK_STR(found(g, "sk1"), "SPHK1");
        CHECK_STR(found(g, "sjogrens syndrome"), "Sjogren's syndrome");
        CHECK(!found(g, "Sirt6\xc0\x80junk"));
        CHECK(!found(g, "\xc1\x93irt6"));

        mg_lookup_result r = MG_LOOKUP_RESULT_INIT;
        CHECK(mg_graph_lookup(g, "kinase", &r) == MG_EAMBIGUOUS);
        CHECK(r.candidate_count == 2);
        if (r.candidate_count == 2) {
            CHECK_STR(mg_graph_node(g, r.candidates[0])->id, "CK1"); /* sorted by id */
            CHECK_STR(mg_graph_node(g, r.candidates[1])->id, "SPHK1");
        }
        CHECK(mg_graph_lookup(g, "Sirt7x", &r) == MG_ENOTFOUND);
        CHECK(r.candidate_count >= 1);
        if (r.candidate_count >= 1) CHECK_STR(mg_graph_node(g, r.candidates[0])->id, "SIRT6");
        CHECK(mg_graph_lookup(g, "zzzzzzzzzzzz", &r) == MG_ENOTFOUND);
        CHECK(r.candidate_count == 0);
        CHECK(mg_graph_lookup(g, "", &r) == MG_ENOTFOUND);
        char long_name[2000]; /* longer than any key a graph can hold: not found, no overflow */
        memset(long_name, 'a', sizeof long_name - 1);
        long_name[sizeof long_name - 1] = '\0';
        CHECK(mg_graph_lookup(g, long_name, &r) == MG_ENOTFOUND);
        CHECK(!mg_node_matches(mg_graph_node(g, 0), long_name));
        mg_lookup_result_clear(&r);

        CHECK(mg_node_matches(mg_graph_node(g, mg_graph_find_id(g, "TGFB1")), "tgf-beta"));
        CHECK(!mg_node_matches(mg_graph_node(g, mg_graph_find_id(g, "SIRT6")), "tgf"));

        /* exact ids through the hash map: a key's prefix or extension is another key */
        CHECK(mg_graph_find_id(g, "SIRT6") >= 0);
        CHECK(mg_graph_find_id(g, "SIRT") == -1);
        CHECK(mg_graph_find_id(g, "SIRT66") == -1);
        CHECK(mg_graph_find_id(g, "") == -1);
        CHECK(mg_graph_find_id(g, "CK1") >= 0 && mg_graph_find_id(g, "CK1") != mg_graph_find_id(g, "SPHK1"));
    }
    mg_graph_free(g);
    mg_diagnostics_free(d);
    CHECK_DONE();
}
