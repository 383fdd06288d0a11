/*
 * test_calibrate.c - the calibration of the listing (issue 18): Platt scaling on leave-one-
 * study-out folds, worked by hand where a closed form exists; the stored calibration equal to a
 * fresh fit on the built-in graph; the bounded diversity rule; folding that scores the member it
 * shows; and the held-out evaluation that fits without the held-out studies.
 */
#include "check.h"
#include "mechgraph.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static mg_graph *load_json(const char *text, const char *name)
{
    mg_graph *g = NULL;
    if (mg_graph_load_buffer(&g, text, strlen(text), name, MG_INPUT_JSON, NULL) != MG_OK)
        fprintf(stderr, "load failed: %s\n", mg_last_error());
    return g;
}

static bool near(double a, double b) { return fabs(a - b) < 1e-6 * (1 + fabs(b)); }

static double component(const mg_hypothesis *h, const char *name)
{
    for (size_t i = 0; i < h->component_count; i++)
        if (strcmp(h->components[i].name, name) == 0) return h->components[i].value;
    return NAN;
}

/* A study whose own edge no method can recover: every fold's candidates are negatives. With no
 * positive, Platt's target for every row is 1 / (N- + 2); the ridge keeps both slopes at 0 (the
 * gradient of the data term vanishes when every prediction equals its target), so the intercept
 * is logit(1 / (N- + 2)) exactly. */
static void test_no_positive(void)
{
    /* A -> B, A -> C, D -> B from both studies (nobody's own), C -> D r2's own: in r2's fold,
     * link proposes A - D and B - C (a shared neighbour each), never C -> D (none shared) */
    const char *text =
        "{\"format\": \"mechgraph-1\", \"references\": [{\"id\": \"r1\", \"citation\": \"Ab C (2001). One.\"},"
        " {\"id\": \"r2\", \"citation\": \"De F (2002). Two.\"}], \"nodes\": [{\"id\": \"A\", \"type\": \"gene\"},"
        " {\"id\": \"B\", \"type\": \"gene\"}, {\"id\": \"C\", \"type\": \"gene\"}, {\"id\": \"D\", \"type\": \"gene\"}"
        "], \"edges\": ["
        "{\"source\": \"A\", \"target\": \"B\", \"relation\": \"upregulates\", \"evidence\": [{\"ref\": \"r1\"}, {\"ref\": \"r2\"}]},"
        "{\"source\": \"A\", \"target\": \"C\", \"relation\": \"upregulates\", \"evidence\": [{\"ref\": \"r1\"}, {\"ref\": \"r2\"}]},"
        "{\"source\": \"D\", \"target\": \"B\", \"relation\": \"upregulates\", \"evidence\": [{\"ref\": \"r1\"}, {\"ref\": \"r2\"}]},"
        "{\"source\": \"C\", \"target\": \"D\", \"relation\": \"upregulates\", \"evidence\": [{\"ref\": \"r2\"}]}]}";
    mg_graph *g = load_json(text, "nopos.json");
    mg_hyp_calibration c;
    bool methods[MG_HYP_METHOD_COUNT] = {false};
    methods[MG_HYP_LINK] = true;
    mg_hyp_options o = MG_HYP_OPTIONS_INIT;
    o.methods = methods;
    CHECK(mg_hypotheses_calibrate(&c, g, &o) == MG_OK);
    CHECK(c.folds == 1);
    CHECK(c.positives[MG_HYP_LINK] == 0 && c.negatives[MG_HYP_LINK] > 0);
    double n = (double)c.negatives[MG_HYP_LINK];
    CHECK(near(c.intercept[MG_HYP_LINK], log((1 / (n + 2)) / (1 - 1 / (n + 2)))));
    CHECK(fabs(c.score_coef[MG_HYP_LINK]) < 1e-9 && fabs(c.degree_coef[MG_HYP_LINK]) < 1e-9);
    /* a method that proposed nothing keeps the stored values */
    const mg_hyp_calibration *d = mg_hyp_default_calibration();
    CHECK(c.positives[MG_HYP_ABC] == 0 && c.negatives[MG_HYP_ABC] == 0 && c.intercept[MG_HYP_ABC] == d->intercept[MG_HYP_ABC]);
    mg_graph_free(g);
}

/* The calibration stored in the library is the fit on the built-in graph: when the graph or a
 * method changes, this fails until `mechgraph hypotheses --calibrate --json` is pasted in. */
static void test_stored_is_current(void)
{
    mg_graph *g = NULL;
    CHECK(mg_graph_load_default(&g, NULL) == MG_OK);
    mg_hyp_calibration c;
    CHECK(mg_hypotheses_calibrate(&c, g, NULL) == MG_OK);
    const mg_hyp_calibration *d = mg_hyp_default_calibration();
    CHECK(c.folds == d->folds);
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) {
        if (m == MG_HYP_CONTRADICTIONS || m == MG_HYP_COMPARISONS) continue;
        CHECK(c.positives[m] == d->positives[m] && c.negatives[m] == d->negatives[m]);
        CHECK(fabs(c.intercept[m] - d->intercept[m]) < 1e-5 && fabs(c.score_coef[m] - d->score_coef[m]) < 1e-5 &&
              fabs(c.degree_coef[m] - d->degree_coef[m]) < 1e-5);
        if (fabs(c.intercept[m] - d->intercept[m]) >= 1e-5)
            fprintf(stderr, "  %s: fitted %.6f %.6f %.6f, stored %.6f %.6f %.6f\n", mg_hyp_method_name((mg_hyp_method)m),
                    c.intercept[m], c.score_coef[m], c.degree_coef[m], d->intercept[m], d->score_coef[m], d->degree_coef[m]);
    }
    /* every listed hypothesis: its probability in (0, 1), its score that times the listing's
     * factors and the diversity, and no demotion below one quarter */
    mg_hyp_options o = MG_HYP_OPTIONS_INIT;
    o.top = 0;
    mg_hypothesis_set *set = NULL;
    CHECK(mg_hypotheses_generate(&set, g, &o) == MG_OK);
    size_t bad = 0;
    for (size_t i = 0; set && i < mg_hypothesis_set_count(set); i++) {
        const mg_hypothesis *h = mg_hypothesis_set_get(set, i);
        double div = component(h, "diversity");
        if (!(div >= 0.25 && div <= 1)) bad++;
        /* disputes and comparisons are listed at a share of the best prediction, not calibrated */
        if (h->method == MG_HYP_CONTRADICTIONS || h->method == MG_HYP_COMPARISONS) continue;
        double p = component(h, "combined");
        if (!(p > 0 && p < 1) || !near(h->score, p * component(h, "listing.retold") * component(h, "listing.restatement") * div))
            bad++;
        if (i && h->score > mg_hypothesis_set_get(set, i - 1)->score * (1 + 1e-12)) bad++;
    }
    CHECK(bad == 0);
    mg_hypothesis_set_free(set);
    mg_graph_free(g);
}

/* One hub subject with five objects: the k-th further hypothesis about it is demoted by
 * 1/4 + 3/4 / (1 + k), never below 1/4, and the demotions do not multiply. */
static void test_bounded_diversity(void)
{
    mg_graph *g = NULL;
    const char *tsv = "h\tx1\nh\tx2\nh\tx3\nh\tx4\nh\tx5\ny\tx1\ny\tx2\ny\tx3\ny\tx4\ny\tx5\nz\tx1\n";
    CHECK(mg_graph_load_buffer(&g, tsv, strlen(tsv), "hub.tsv", MG_INPUT_TSV, NULL) == MG_OK);
    bool methods[MG_HYP_METHOD_COUNT] = {false};
    methods[MG_HYP_LINK] = true;
    mg_hyp_options o = MG_HYP_OPTIONS_INIT;
    o.methods = methods;
    o.top = 0;
    mg_hypothesis_set *set = NULL;
    CHECK(mg_hypotheses_generate(&set, g, &o) == MG_OK);
    size_t n = set ? mg_hypothesis_set_count(set) : 0;
    CHECK(n > 3);
    int seen_subject[64] = {0}, seen_object[64] = {0};
    for (size_t i = 0; i < n; i++) {
        const mg_hypothesis *h = mg_hypothesis_set_get(set, i);
        int k = seen_subject[h->subject] + (h->subject != h->object ? seen_object[h->object] : 0);
        CHECK(near(component(h, "diversity"), 0.25 + 0.75 / (1.0 + k)));
        seen_subject[h->subject]++;
        if (h->subject != h->object) seen_object[h->object]++;
    }
    mg_hypothesis_set_free(set);
    mg_graph_free(g);
}

/* By study, each held-out pair is ranked with a calibration fitted without its study; the JSON
 * lists every pair with its ranks. On the built-in graph the listing ranks above random. */
static void test_holdout_fits_without_the_study(void)
{
    mg_graph *g = NULL;
    CHECK(mg_graph_load_default(&g, NULL) == MG_OK);
    mg_hyp_holdout e;
    CHECK(mg_hypotheses_holdout(&e, g, NULL, MG_HYP_BY_YEAR, 2020, 10, 1) == MG_OK);
    CHECK(e.pairs > 10 && e.held != NULL);
    /* the slice's calibration saw only the studies up to 2020: fewer folds than the whole graph's */
    CHECK(e.calibration.folds > 0 && e.calibration.folds < mg_hyp_default_calibration()->folds);
    CHECK(e.rows[MG_HYP_HOLD_LISTING].auc > e.rows[MG_HYP_HOLD_RANDOM].auc);
    for (size_t i = 0; i < e.pairs; i++) CHECK(e.held[i].rank[MG_HYP_HOLD_LISTING] >= 1);
    mg_hyp_holdout_free(&e);
    CHECK(e.held == NULL);
    mg_graph_free(g);
}

int main(void)
{
    test_no_positive();
    test_bounded_diversity();
    test_stored_is_current();
    test_holdout_fits_without_the_study();
    CHECK_DONE();
}
