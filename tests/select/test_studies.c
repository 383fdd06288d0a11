/* test_studies.c - the studies a graph cites (mg_studies_new): what rests on each, and finding one
 * by id, DOI, first author and year, or the citation's beginning. */
#include "check.h"
#include "mechgraph.h"

static const char *const graph_json =
    "{\"format\": \"mechgraph-1\", \"references\": ["
    "{\"id\": \"rev2024\", \"citation\": \"Zhou X, Liu J (2024). A review.\"},"
    "{\"id\": \"nong2016\", \"citation\": \"Nong, K., Wang, W. (2016). Hepatoprotective effect.\", \"doi\": \"10.1016/j.jcyt.2016.08.002\","
    " \"cautions\": [{\"code\": \"doi-as-printed\", \"text\": \"looks mistyped\"}]},"
    "{\"id\": \"kim2021\", \"citation\": \"Kim S, Lee J (2021). One.\"},"
    "{\"id\": \"kim2021b\", \"citation\": \"Kim H, Park K (2021). Two.\"}"
    "], \"nodes\": ["
    "{\"id\": \"A\", \"type\": \"gene\"}, {\"id\": \"B\", \"type\": \"gene\"}, {\"id\": \"C\", \"type\": \"disease\"}"
    "], \"edges\": ["
    "{\"source\": \"A\", \"target\": \"B\", \"relation\": \"activates\", \"evidence\": ["
    " {\"ref\": \"nong2016\", \"review\": \"rev2024\", \"organism\": \"rat\", \"disease\": \"C\"},"
    " {\"ref\": \"nong2016\", \"review\": \"rev2024\", \"organism\": \"mouse\", \"disease\": \"C\","
    "  \"cautions\": [{\"code\": \"misprint\", \"text\": \"read as\"}]},"
    " {\"ref\": \"kim2021\", \"review\": \"rev2024\"}]},"
    "{\"source\": \"B\", \"target\": \"C\", \"relation\": \"drives\", \"evidence\": ["
    " {\"ref\": \"nong2016\", \"organism\": \"rat\"}]}"
    "]}";

static const char *found(const mg_studies *s, const char *text, mg_error_t want)
{
    mg_study_match m = MG_STUDY_MATCH_INIT;
    mg_error_t err = mg_studies_find(&m, s, text);
    CHECK(err == want);
    const char *id = err == MG_OK ? mg_studies_get(s, m.study)->ref->id
                     : m.candidate_count ? mg_studies_get(s, m.candidates[0])->ref->id : NULL;
    if (err == MG_EAMBIGUOUS) CHECK(m.candidate_count >= 2);
    mg_study_match_clear(&m);
    return id;
}

int main(void)
{
    mg_graph *g = NULL;
    mg_diagnostics *d = NULL;
    mg_studies *s = NULL;
    CHECK(mg_diagnostics_new(&d) == MG_OK);
    CHECK(mg_graph_load_buffer(&g, graph_json, strlen(graph_json), "studies.json", MG_INPUT_JSON, d) == MG_OK);
    CHECK(mg_diagnostics_count(d) == 0);
    if (g) CHECK(mg_studies_new(&s, g) == MG_OK);
    if (s) {
        CHECK(mg_studies_count(s) == 4);
        /* sorted by id */
        CHECK_STR(mg_studies_get(s, 0)->ref->id, "kim2021");
        CHECK_STR(mg_studies_get(s, 2)->ref->id, "nong2016");
        CHECK(mg_studies_get(s, 4) == NULL);
        const mg_study *n = mg_studies_get(s, 2);
        CHECK_STR(n->label, "Nong 2016");
        CHECK(n->edge_count == 2 && n->evidence_count == 3);
        CHECK(n->review_count == 1 && strcmp(n->reviews[0]->id, "rev2024") == 0);
        CHECK(n->organism_count == 2 && strcmp(n->organisms[0], "mouse") == 0 && strcmp(n->organisms[1], "rat") == 0);
        CHECK(n->context_count == 1 && strcmp(n->contexts[0], "C") == 0);
        CHECK(n->cautioned_count == 1 && n->caution_code_count == 1 && strcmp(n->caution_codes[0], "misprint") == 0);
        const mg_study *r = mg_studies_get(s, 3);
        CHECK_STR(r->label, "Zhou 2024");
        CHECK(r->edge_count == 0 && r->read_from_count == 3);

        CHECK_STR(found(s, "nong2016", MG_OK), "nong2016");
        CHECK_STR(found(s, "NONG2016", MG_OK), "nong2016");
        CHECK_STR(found(s, "doi:10.1016/J.JCYT.2016.08.002", MG_OK), "nong2016");
        CHECK_STR(found(s, "https://doi.org/10.1016/j.jcyt.2016.08.002", MG_OK), "nong2016");
        CHECK_STR(found(s, "10.1016/j.jcyt.2016.08.002", MG_OK), "nong2016");
        CHECK_STR(found(s, "Nong 2016", MG_OK), "nong2016");
        CHECK_STR(found(s, "Nong, K.", MG_OK), "nong2016");
        CHECK_STR(found(s, "Kim 2021", MG_EAMBIGUOUS), "kim2021");
        CHECK_STR(found(s, "Kim H", MG_OK), "kim2021b");
        CHECK_STR(found(s, "nong2061", MG_ENOTFOUND), "nong2016");
        CHECK(!found(s, "zzzzzzzzzzzzzzz", MG_ENOTFOUND));
    }
    mg_studies_free(s);
    mg_studies_free(NULL);
    mg_graph_free(g);
    mg_diagnostics_free(d);
    CHECK_DONE();
}
