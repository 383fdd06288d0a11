/*
 * hyp_calibrate.c - each method's score turned into the probability that its candidate is
 * found later (issue 18). Scores of different methods are not comparable (a resource
 * allocation, a similarity, a path count), and dividing each by its best, as the listing did,
 * says nothing about how often a method's best is right. Platt scaling answers that on the
 * graph's own history: hide one study's own edges at a time, run the methods on the rest, and
 * fit, per method, a logistic model of "this candidate is a hidden pair" on the candidate's
 * score (relative to the method's best) and the pair's degree product (later findings join
 * well-studied nodes more often: the preferential-attachment baseline's point).
 *
 * The fit is fixed by principle, not tuned on any evaluation: Platt's (1999) smoothed targets
 * (N+ + 1) / (N+ + 2) and 1 / (N- + 2), so that a method with few hits is not believed
 * certain, and a weak ridge (lambda = 1) on the two slopes, so that a method with no hit gets
 * flat slopes and its base rate.
 */
#include "hyp_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define RIDGE 1.0
#define NEWTON_STEPS 100

/* Fitted by `mechgraph hypotheses --calibrate --json` on the built-in graph; the test
 * hypotheses_calibration_current fails when a fresh fit differs (then paste the new values). */
static const mg_hyp_calibration default_calibration = {
    {-9.393572823, -7.691036874, -11.85901455, -11.01383556, -9.0, -5.776846894, -9.0},
    {0.07457433581, 0.4390503289, 0.03528610599, 0.3775424591, 0.0, 1.004500025, 0.0},
    {0.766833483, 0.7895984516, 1.138580819, 1.181150958, 0.0, 0.3771565639, 0.0},
    {8, 11, 47, 13, 0, 14, 0},
    {4179, 8383, 222897, 17335, 0, 11263, 0},
    29};

const mg_hyp_calibration *mg_hyp_default_calibration(void) { return &default_calibration; }

static double sigmoid(double z) { return z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z)); }

double hyp_cal_degree(const hyp_view *v, mg_id s, mg_id o)
{
    double ds = v->deg[s] > 1 ? v->deg[s] : 1, d_o = v->deg[o] > 1 ? v->deg[o] : 1;
    return log(ds * d_o);
}

double hyp_cal_probability(const mg_hyp_calibration *c, const hyp_view *v, const hyp_cand *x)
{
    if (x->method == MG_HYP_CONTRADICTIONS || x->method == MG_HYP_COMPARISONS || x->norm <= 0) return 0;
    int m = (int)x->method;
    return sigmoid(c->intercept[m] + c->score_coef[m] * log(x->norm) + c->degree_coef[m] * hyp_cal_degree(v, x->subject, x->object));
}

void hyp_cal_data_free(hyp_cal_data *d)
{
    free(d->rows);
    free(d->fold_end);
    free(d->study);
    memset(d, 0, sizeof *d);
}

static mg_error_t add_row(hyp_cal_data *d, const hyp_cal_row *r)
{
    if (d->count == d->cap) {
        size_t cap = d->cap ? 2 * d->cap : 4096;
        hyp_cal_row *p = realloc(d->rows, cap * sizeof *p);
        if (!p) return mg__fail(MG_ENOMEM, "out of memory");
        d->rows = p;
        d->cap = cap;
    }
    d->rows[d->count++] = *r;
    return MG_OK;
}

static mg_error_t end_fold(hyp_cal_data *d, const mg_reference *study)
{
    if (d->folds == d->fold_cap) {
        size_t cap = d->fold_cap ? 2 * d->fold_cap : 32;
        size_t *e = realloc(d->fold_end, cap * sizeof *e);
        if (!e) return mg__fail(MG_ENOMEM, "out of memory");
        d->fold_end = e;
        const mg_reference **s = realloc(d->study, cap * sizeof *s);
        if (!s) return mg__fail(MG_ENOMEM, "out of memory");
        d->study = s;
        d->fold_cap = cap;
    }
    d->fold_end[d->folds] = d->count;
    d->study[d->folds++] = study;
    return MG_OK;
}

static bool is_fact(const mg_edge *e)
{
    return e->evidence_count > 0 && e->source != e->target && mg_relation_sign(e->relation) != MG_SIGN_STRUCTURAL;
}

static bool has_hop(const hyp_view *v, mg_id x)
{
    return v->out_start[x + 1] > v->out_start[x] || v->in_start[x + 1] > v->in_start[x];
}

bool hyp_cal_rankable(const hyp_view *v, const hyp_query *q, mg_id s, mg_id t)
{
    return s != t && q->subject_ok[s] && q->object_ok[t] && !hyp_linked(v, s, t) && has_hop(v, s) && has_hop(v, t);
}

static int cmp_pair(const void *a, const void *b)
{
    const mg_id *x = a, *y = b;
    if (x[0] != y[0]) return x[0] < y[0] ? -1 : 1;
    return (x[1] > y[1]) - (x[1] < y[1]);
}

/* One fold: `hidden` hides the study's own edges (and the base's); its facts are the positives. */
static mg_error_t collect_fold(hyp_cal_data *d, const mg_graph *g, const mg_hyp_options *o, const bool *hidden,
                               const bool *own, const mg_reference *study)
{
    size_t m = (size_t)mg_graph_edge_count(g), np = 0;
    hyp_view v;
    hyp_query q;
    hyp_cands cands[MG_HYP_METHOD_COUNT];
    memset(&v, 0, sizeof v);
    memset(&q, 0, sizeof q);
    memset(cands, 0, sizeof cands);
    mg_id (*pairs)[2] = malloc((m + 1) * sizeof *pairs);
    mg_error_t err = pairs ? hyp_view_build(&v, g, hidden) : mg__fail(MG_ENOMEM, "out of memory");
    if (!err) err = hyp_query_init(&q, &v, o);
    for (size_t e = 0; !err && e < m; e++) {
        const mg_edge *edge = mg_graph_edge(g, (mg_id)e);
        if (!own[e] || !is_fact(edge) || !hyp_cal_rankable(&v, &q, edge->source, edge->target)) continue;
        pairs[np][0] = edge->source;
        pairs[np++][1] = edge->target;
    }
    if (err || !np) goto done;
    qsort(pairs, np, sizeof *pairs, cmp_pair);
    if ((err = hyp_run_methods(cands, &q))) goto done;
    for (int k = 0; k < MG_HYP_METHOD_COUNT && !err; k++) {
        if (k == MG_HYP_CONTRADICTIONS || k == MG_HYP_COMPARISONS || !cands[k].count) continue;
        double best = cands[k].items[0].score;
        for (size_t i = 0; i < cands[k].count && !err; i++) {
            const hyp_cand *x = &cands[k].items[i];
            if (x->score <= 0 || best <= 0) continue;
            mg_id key[2] = {x->subject, x->object};
            hyp_cal_row r = {log(x->score / best), hyp_cal_degree(&v, x->subject, x->object), (unsigned char)k,
                             bsearch(key, pairs, np, sizeof *pairs, cmp_pair) != NULL};
            err = add_row(d, &r);
        }
    }
    if (!err) err = end_fold(d, study);
done:
    for (int k = 0; k < MG_HYP_METHOD_COUNT; k++) hyp_cands_free(&cands[k]);
    hyp_query_destroy(&q);
    hyp_view_destroy(&v);
    free(pairs);
    return err;
}

mg_error_t hyp_cal_collect(hyp_cal_data *d, const mg_graph *g, const mg_hyp_options *options, const bool *base)
{
    memset(d, 0, sizeof *d);
    mg_hyp_options o = *options;
    o.from = o.to = NULL;
    o.from_count = o.to_count = 0;
    o.from_types = o.to_types = NULL;
    o.top = 0;
    size_t m = (size_t)mg_graph_edge_count(g), nr = mg_graph_reference_count(g);
    bool *hidden = calloc(m + 1, sizeof *hidden), *own = calloc(m + 1, sizeof *own);
    mg_error_t err = hidden && own ? MG_OK : mg__fail(MG_ENOMEM, "out of memory");
    for (size_t r = 0; r < nr && !err; r++) {
        const mg_reference *ref = mg_graph_reference(g, r);
        size_t owned = 0;
        for (size_t e = 0; e < m; e++) {
            const mg_edge *edge = mg_graph_edge(g, (mg_id)e);
            bool only = !(base && base[e]) && edge->evidence_count > 0;
            for (size_t k = 0; k < edge->evidence_count && only; k++) only = edge->evidence[k].ref == ref;
            own[e] = only;
            hidden[e] = only || (base && base[e]);
            owned += only && is_fact(edge);
        }
        o.hidden = hidden;
        if (owned) err = collect_fold(d, g, &o, hidden, own, ref);
    }
    free(hidden);
    free(own);
    if (err) hyp_cal_data_free(d);
    return err;
}

/* Solves the 3 x 3 system a x = b in place (Gaussian elimination with partial pivoting). */
static bool solve3(double a[3][3], double b[3])
{
    for (int c = 0; c < 3; c++) {
        int p = c;
        for (int r = c + 1; r < 3; r++)
            if (fabs(a[r][c]) > fabs(a[p][c])) p = r;
        if (fabs(a[p][c]) < 1e-300) return false;
        for (int k = 0; k < 3; k++) {
            double t = a[c][k];
            a[c][k] = a[p][k];
            a[p][k] = t;
        }
        double t = b[c];
        b[c] = b[p];
        b[p] = t;
        for (int r = c + 1; r < 3; r++) {
            double f = a[r][c] / a[c][c];
            for (int k = c; k < 3; k++) a[r][k] -= f * a[c][k];
            b[r] -= f * b[c];
        }
    }
    for (int c = 2; c >= 0; c--) {
        for (int k = c + 1; k < 3; k++) b[c] -= a[c][k] * b[k];
        b[c] /= a[c][c];
    }
    return true;
}

static bool in_fold(const hyp_cal_data *d, size_t row, size_t fold)
{
    size_t start = fold ? d->fold_end[fold - 1] : 0;
    return row >= start && row < d->fold_end[fold];
}

static double loss(const hyp_cal_data *d, int method, size_t skip, double t_pos, double t_neg, const double w[3])
{
    double l = RIDGE / 2 * (w[1] * w[1] + w[2] * w[2]);
    for (size_t i = 0; i < d->count; i++) {
        const hyp_cal_row *r = &d->rows[i];
        if (r->method != method || (skip != SIZE_MAX && in_fold(d, i, skip))) continue;
        double z = w[0] + w[1] * r->score + w[2] * r->degree, t = r->label ? t_pos : t_neg;
        /* -t ln p - (1 - t) ln(1 - p), written stably: ln(1 + e^z) - t z */
        l += (z > 0 ? z + log1p(exp(-z)) : log1p(exp(z))) - t * z;
    }
    return l;
}

void hyp_cal_fit(mg_hyp_calibration *out, const hyp_cal_data *d, size_t skip)
{
    *out = default_calibration;
    out->folds = d->folds - (skip != SIZE_MAX && skip < d->folds);
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) {
        size_t pos = 0, neg = 0;
        for (size_t i = 0; i < d->count; i++) {
            const hyp_cal_row *r = &d->rows[i];
            if (r->method != m || (skip != SIZE_MAX && in_fold(d, i, skip))) continue;
            pos += r->label;
            neg += !r->label;
        }
        out->positives[m] = pos;
        out->negatives[m] = neg;
        if (!pos && !neg) continue; /* the method proposed nothing in any fold: the stored values */
        double t_pos = ((double)pos + 1) / ((double)pos + 2), t_neg = 1 / ((double)neg + 2);
        double mean = ((double)pos * t_pos + (double)neg * t_neg) / (double)(pos + neg);
        double w[3] = {log(mean / (1 - mean)), 0, 0};
        double current = loss(d, m, skip, t_pos, t_neg, w);
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double h[3][3] = {{0, 0, 0}, {0, RIDGE, 0}, {0, 0, RIDGE}}, gvec[3] = {0, RIDGE * w[1], RIDGE * w[2]};
            for (size_t i = 0; i < d->count; i++) {
                const hyp_cal_row *r = &d->rows[i];
                if (r->method != m || (skip != SIZE_MAX && in_fold(d, i, skip))) continue;
                double x[3] = {1, r->score, r->degree};
                double p = sigmoid(w[0] + w[1] * x[1] + w[2] * x[2]), t = r->label ? t_pos : t_neg, q = p * (1 - p);
                for (int a = 0; a < 3; a++) {
                    gvec[a] += (p - t) * x[a];
                    for (int b = 0; b < 3; b++) h[a][b] += q * x[a] * x[b];
                }
            }
            if (!solve3(h, gvec)) break;
            /* Newton's step, halved until the (convex) loss does not rise */
            double next[3], scale = 1, l = current;
            for (int tries = 0; tries < 30; tries++, scale /= 2) {
                for (int a = 0; a < 3; a++) next[a] = w[a] - scale * gvec[a];
                l = loss(d, m, skip, t_pos, t_neg, next);
                if (l <= current) break;
            }
            if (l > current) break;
            double moved = fabs(next[0] - w[0]) + fabs(next[1] - w[1]) + fabs(next[2] - w[2]);
            memcpy(w, next, sizeof w);
            current = l;
            if (moved < 1e-9) break;
        }
        out->intercept[m] = w[0];
        out->score_coef[m] = w[1];
        out->degree_coef[m] = w[2];
    }
}

mg_error_t mg_hypotheses_calibrate(mg_hyp_calibration *out, const mg_graph *g, const mg_hyp_options *options)
{
    mg_init();
    mg_hyp_options o = options ? *options : (mg_hyp_options)MG_HYP_OPTIONS_INIT;
    hyp_cal_data d;
    mg_error_t err = hyp_cal_collect(&d, g, &o, o.hidden);
    if (err) return err;
    hyp_cal_fit(out, &d, SIZE_MAX);
    hyp_cal_data_free(&d);
    return MG_OK;
}
