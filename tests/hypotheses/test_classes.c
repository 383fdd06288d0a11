/*
 * test_classes.c - the disease-class layer (graphs/disease_classes.tsv, hyp_classes.c) and the
 * prior it gives `transfer`: the built-in table parses, a disease is matched by id, label or DOID,
 * transfer with and without the prior on a graph worked out by hand, and a malformed table's
 * error names its line.
 */
#include "check.h"
#include "mechgraph.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool near(double a, double b) { return fabs(a - b) < 1e-6; }

static double component(const mg_hypothesis *h, const char *name)
{
    for (size_t i = 0; i < h->component_count; i++)
        if (strcmp(h->components[i].name, name) == 0) return h->components[i].value;
    return NAN;
}

/* D1's study (r1): EV -> M1 -| S -> D1. D2's (r2): EV -| S -> D2, EV alleviates D2. `d2` is D2's
 * id and `extra` the rest of its node record (a label, xrefs). */
static mg_graph *load(const char *d2, const char *extra)
{
    char text[4096];
    snprintf(text, sizeof text,
             "{\"format\": \"mechgraph-1\", \"references\": [{\"id\": \"r1\", \"citation\": \"Ab C (2001). One.\"},"
             " {\"id\": \"r2\", \"citation\": \"Gh I (2002). Two.\"}], \"nodes\": [{\"id\": \"EV\", \"type\": \"vesicle\"},"
             " {\"id\": \"M1\", \"type\": \"gene\"}, {\"id\": \"S\", \"type\": \"process\"},"
             " {\"id\": \"D1\", \"type\": \"disease\"}, {\"id\": \"%s\", \"type\": \"disease\"%s}], \"edges\": ["
             "{\"source\": \"EV\", \"target\": \"M1\", \"relation\": \"activates\", \"evidence\": [{\"ref\": \"r1\", \"disease\": \"D1\"}]},"
             "{\"source\": \"M1\", \"target\": \"S\", \"relation\": \"inhibits\", \"evidence\": [{\"ref\": \"r1\", \"disease\": \"D1\"}]},"
             "{\"source\": \"S\", \"target\": \"D1\", \"relation\": \"drives\", \"evidence\": [{\"ref\": \"r1\", \"disease\": \"D1\"}]},"
             "{\"source\": \"EV\", \"target\": \"S\", \"relation\": \"inhibits\", \"evidence\": [{\"ref\": \"r2\", \"disease\": \"%s\"}]},"
             "{\"source\": \"S\", \"target\": \"%s\", \"relation\": \"drives\", \"evidence\": [{\"ref\": \"r2\", \"disease\": \"%s\"}]},"
             "{\"source\": \"EV\", \"target\": \"%s\", \"relation\": \"alleviates\", \"evidence\": [{\"ref\": \"r2\", \"disease\": \"%s\"}]}]}",
             d2, extra, d2, d2, d2, d2, d2);
    mg_graph *g = NULL;
    if (mg_graph_load_buffer(&g, text, strlen(text), "classes.json", MG_INPUT_JSON, NULL) != MG_OK)
        fprintf(stderr, "load failed: %s\n", mg_last_error());
    return g;
}

static mg_hypothesis_set *transfer(const mg_graph *g, const char *table, mg_error_t *err)
{
    bool methods[MG_HYP_METHOD_COUNT] = {false};
    methods[MG_HYP_TRANSFER] = true;
    mg_hyp_options o = MG_HYP_OPTIONS_INIT;
    o.methods = methods;
    o.top = 0;
    o.disease_classes = table;
    mg_hypothesis_set *set = NULL;
    *err = mg_hypotheses_generate(&set, g, &o);
    return set;
}

/* D1 is matched by id, "disease two" by label, asthma's DOID (Hetionet's Disease::DOID:2841) by
 * xref or Hetionet id. */
static const char TABLE[] = "# a test table\n"
                            "disease\tdoid\tclass\tsource\tnote\n"
                            "D1\t-\ttest diseases\tcurator\tby id\n"
                            "disease two\t-\ttest diseases\tcurator\tby label\n"
                            "\n"
                            "asthma\tDOID:2841\ttest diseases\tDOID:2841\tby doid\r\n";

/* The mechanisms (backward from each disease through its own studies' edges): D1 {S, M1, EV},
 * D2 {S, EV}; idf ln(1 + 2/2) = ln 2 for S and EV, ln 3 for M1, so
 *   sim = 2 ln 2 / (2 ln 2 + ln 3) = 0.557886.
 * They share one mediator (S; EV is an agent): no analogy on mechanisms alone. Sharing a class,
 *   prior = 0.1 (1 - sim) = 0.044211,  sim' = sim + prior = 1 - 0.9 (1 - sim) = 0.602097,
 * and D1 lends D2 M1, whose path to D1 enters D2's mechanism at S, one step on (entry 1):
 *   score = sim' x 1 / sqrt(deg M1 = 2) = 0.425747, its method's best, so normalised to 1. */
static void check_prior(const mg_graph *g, const char *d2, const char *table)
{
    mg_error_t err;
    mg_hypothesis_set *set = transfer(g, table, &err);
    CHECK(err == MG_OK);
    CHECK(set && mg_hypothesis_set_count(set) == 1);
    const mg_hypothesis *h = set && mg_hypothesis_set_count(set) ? mg_hypothesis_set_get(set, 0) : NULL;
    if (h) {
        CHECK(h->subject == mg_graph_find_id(g, "M1") && h->object == mg_graph_find_id(g, d2));
        double sim = 2 * log(2) / (2 * log(2) + log(3));
        CHECK(near(sim, 0.557886));
        CHECK(near(component(h, "transfer.class_prior"), 0.1 * (1 - sim)));
        CHECK(near(component(h, "transfer.similarity"), 1 - 0.9 * (1 - sim)));
        CHECK(near(component(h, "transfer.steps"), 2));
        CHECK(near(component(h, "transfer"), 1.0));
        CHECK(h->predicted_sign == -1);
    }
    mg_hypothesis_set_free(set);
}

static void test_prior(void)
{
    mg_graph *g = load("D2", ", \"label\": \"disease two\"");
    mg_error_t err;
    /* without classes (none given, or the built-in table, which knows neither disease): S alone
     * is one shared mediator, a coincidence, so nothing is transferred */
    mg_hypothesis_set *set = transfer(g, "", &err);
    CHECK(err == MG_OK && set && mg_hypothesis_set_count(set) == 0);
    mg_hypothesis_set_free(set);
    set = transfer(g, NULL, &err);
    CHECK(err == MG_OK && set && mg_hypothesis_set_count(set) == 0);
    mg_hypothesis_set_free(set);
    /* with them: D1 by id, D2 by label */
    check_prior(g, "D2", TABLE);
    set = transfer(g, TABLE, &err);
    if (set && mg_hypothesis_set_count(set) == 1)
        CHECK_STR(mg_hypothesis_set_get(set, 0)->statement,
                  "EV may protect against disease two through M1 ⊣ S, as shown in D1 (Ab 2001); both are test diseases and involve S.");
    mg_hypothesis_set_free(set);
    mg_graph_free(g);

    /* by DOID: a doid xref, a Hetionet xref, a Hetionet id */
    g = load("D2", ", \"xrefs\": {\"doid\": \"DOID:2841\"}");
    check_prior(g, "D2", TABLE);
    mg_graph_free(g);
    g = load("D2", ", \"xrefs\": {\"hetionet\": \"Disease::DOID:2841\"}");
    check_prior(g, "D2", TABLE);
    mg_graph_free(g);
    g = load("Disease::DOID:2841", "");
    check_prior(g, "Disease::DOID:2841", TABLE);
    mg_graph_free(g);
    /* another DOID, or one whose digits merely end alike, is no match */
    g = load("Disease::DOID:12841", "");
    set = transfer(g, TABLE, &err);
    CHECK(err == MG_OK && set && mg_hypothesis_set_count(set) == 0);
    mg_hypothesis_set_free(set);
    mg_graph_free(g);
}

/* The built-in table parses, and ties renal and liver I/R injury: each lends the other. */
static void test_builtin(void)
{
    mg_graph *g = NULL;
    CHECK(mg_graph_load_default(&g, NULL) == MG_OK);
    mg_error_t err;
    mg_hypothesis_set *set = transfer(g, NULL, &err);
    CHECK(err == MG_OK && set);
    mg_id liver = mg_graph_find_id(g, "hepatic I/R injury"), renal = mg_graph_find_id(g, "renal I/R injury");
    bool to_liver = false, to_renal = false;
    for (size_t i = 0; set && i < mg_hypothesis_set_count(set); i++) {
        const mg_hypothesis *h = mg_hypothesis_set_get(set, i);
        bool shared = strstr(h->statement, "both are ischemia/reperfusion injuries") != NULL;
        if (h->object == liver && shared && component(h, "transfer.class_prior") > 0) to_liver = true;
        if (h->object == renal && shared && component(h, "transfer.class_prior") > 0) to_renal = true;
        /* an analogy from renal I/R injury cites no liver study (Du 2017, Nong 2016) */
        if (h->object == liver && strstr(h->statement, "as shown in renal I/R injury"))
            CHECK(!strstr(h->statement, "Du 2017") && !strstr(h->statement, "Nong 2016"));
    }
    CHECK(to_liver && to_renal);
    mg_hypothesis_set_free(set);
    mg_graph_free(g);
}

static void check_error(const char *table, const char *message)
{
    mg_graph *g = load("D2", "");
    mg_error_t err;
    mg_hypothesis_set *set = transfer(g, table, &err);
    CHECK(err == MG_EINVAL && set == NULL);
    CHECK_STR(mg_last_error(), message);
    mg_hypothesis_set_free(set);
    mg_graph_free(g);
}

static void test_errors(void)
{
    check_error("disease\tdoid\tclass\tsource\tnote\nD1\t-\ttest diseases\tcurator\n",
                "disease classes:2: expected 5 tab-separated fields (disease, doid, class, source, note), got 4");
    check_error("# comment\n\ndisease\tdoid\tclass\tsource\tnote\nD1\t-\ttest diseases\tcurator\tok\nD2\tDOID:x\tc\tcurator\tn\n",
                "disease classes:5: doid 'DOID:x' is neither '-' nor DOID:<digits>");
    check_error("disease\tdoid\tclass\tsource\tnote\nD1\tDOID:2841\tc\tDOID:9\tn\n",
                "disease classes:2: source 'DOID:9' is neither 'curator' nor the row's doid");
    check_error("disease\tdoid\tclass\tsource\tnote\nD1\t-\tc\tHetionet\tn\n",
                "disease classes:2: source 'Hetionet' is neither 'curator' nor the row's doid");
    check_error("disease\tdoid\tclass\tsource\tnote\nD1\t-\t\tcurator\tn\n", "disease classes:2: empty class");
    check_error("disease\tclass\nD1\tc\n",
                "disease classes:1: expected the header 'disease<TAB>doid<TAB>class<TAB>source<TAB>note'");
}

int main(void)
{
    test_prior();
    test_builtin();
    test_errors();
    CHECK_DONE();
}
