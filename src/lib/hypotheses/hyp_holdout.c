/*
 * hyp_holdout.c - the held-out evaluation of the global listing (issue 18): hide one edge, one
 * study's edges, or everything published after a year; generate every hypothesis from the rest
 * as `hypotheses` lists them; rank each held-out subject -> object pair among all candidate
 * pairs, for each method, the combination, the listing, and four baselines (random, degree
 * product, Adamic-Adar, Jaccard) on the same pairs.
 */
#include "hyp_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NODES 4096
#define DENSE (MG_HYP_HOLD_ROWS) /* every row but random is a dense [n * n] score array */

typedef struct {
    const mg_graph *g;
    size_t n;
    mg_hyp_options o;
    mg_hyp_holdout *out;
    size_t repeats;
    uint64_t rng;
    double *score; /* [DENSE][n * n] */
    bool *universe, *held;
    unsigned char *steps; /* [n * n]: undirected steps in the fold's view, capped; 0 unconnected */
    mg_id *queue;         /* [n]: the breadth-first search's */
    const mg_reference *study; /* the fold's study, by study */
    mg_hyp_calibration calibration; /* fitted without the fold's held-out pairs */
    size_t held_cap;
} ctx;

static uint64_t next_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ULL); /* splitmix64, as hyp_evaluate.c */
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Expected hits@k of an item with `better` above it and `ties` others level with it. */
static double hits(size_t better, size_t ties, double k)
{
    double t = (double)ties + 1, in = k - (double)better;
    return in <= 0 ? 0 : in >= t ? 1 : in / t;
}

static void add_rank(mg_hyp_hold_row *row, size_t better, size_t ties, size_t negatives, double weight, bool proposed)
{
    double rr = 0;
    for (size_t k = better + 1; k <= better + ties + 1; k++) rr += 1.0 / (double)k;
    rr /= (double)ties + 1;
    row->hits10 += weight * hits(better, ties, 10);
    row->hits20 += weight * hits(better, ties, 20);
    row->hits50 += weight * hits(better, ties, 50);
    row->mrr += weight * rr;
    row->auc += weight * (negatives ? 1 - ((double)better + (double)ties / 2) / (double)negatives : 1);
    row->proposed += proposed;
}

static bool has_hop(const hyp_view *v, mg_id x)
{
    return v->out_start[x + 1] > v->out_start[x] || v->in_start[x + 1] > v->in_start[x];
}

static void set_max(double *s, double x)
{
    if (x > *s) *s = x;
}

/* The baselines of pair (s, o) on the undirected neighbourhoods of the view. */
static void baselines(const hyp_view *v, mg_id s, mg_id o, double *pa, double *aa, double *jac)
{
    size_t i = v->nb_start[s], ie = v->nb_start[s + 1], k = v->nb_start[o], ke = v->nb_start[o + 1];
    size_t common = 0;
    double sum = 0;
    while (i < ie && k < ke) {
        if (v->nb[i] < v->nb[k]) i++;
        else if (v->nb[i] > v->nb[k]) k++;
        else {
            int d = v->deg[v->nb[i]];
            if (d > 1) sum += 1 / log((double)d);
            common++;
            i++;
            k++;
        }
    }
    size_t uni = (size_t)v->deg[s] + (size_t)v->deg[o] - common;
    *pa = (double)v->deg[s] * (double)v->deg[o];
    *aa = sum;
    *jac = uni ? (double)common / (double)uni : 0;
}

/* Breadth-first from s over the view's non-structural neighbours: row[t] = steps from s to t
 * (capped at 255), 0 for s itself and for what s does not reach. O(V + E). */
static void steps_from(const hyp_view *v, mg_id s, unsigned char *row, mg_id *queue)
{
    memset(row, 0, v->n);
    size_t head = 0, tail = 0;
    queue[tail++] = s;
    while (head < tail) {
        mg_id x = queue[head++];
        int next = x == s ? 1 : row[x] + 1;
        for (size_t i = v->nb_start[x]; i < v->nb_start[x + 1]; i++) {
            mg_id y = v->nb[i];
            if (y == s || row[y]) continue;
            row[y] = (unsigned char)(next < 255 ? next : 255);
            queue[tail++] = y;
        }
    }
}

static int steps_bin(int steps)
{
    return steps == 0 ? MG_HYP_STEPS_UNCONNECTED : steps <= 2 ? MG_HYP_STEPS_2 : steps == 3 ? MG_HYP_STEPS_3 : MG_HYP_STEPS_4_OR_MORE;
}

/* One fold: `hidden` edges hidden, `pairs` (count) the held-out candidates. */
static mg_error_t fold(ctx *c, const bool *hidden, mg_id (*pairs)[2], size_t count)
{
    size_t n = c->n, nn = n * n;
    hyp_view v;
    hyp_query q;
    hyp_cands cands[MG_HYP_METHOD_COUNT];
    memset(&q, 0, sizeof q);
    memset(cands, 0, sizeof cands);
    hyp_group *groups = NULL;
    size_t ng = 0, total = 0, held = 0;
    mg_hyp_options o = c->o;
    o.hidden = hidden;
    mg_error_t err = hyp_view_build(&v, c->g, hidden);
    if (!err) err = hyp_query_init(&q, &v, &o);
    if (err) goto done;
    memset(c->held, 0, nn * sizeof *c->held);
    for (size_t i = 0; i < count; i++) {
        mg_id s = pairs[i][0], t = pairs[i][1];
        size_t x = (size_t)s * n + (size_t)t;
        if (c->held[x]) continue;
        if (s == t || !q.subject_ok[s] || !q.object_ok[t] || hyp_linked(&v, s, t) || !has_hop(&v, s) || !has_hop(&v, t)) {
            c->out->skipped++;
            continue;
        }
        c->held[x] = true;
        held++;
    }
    if (!held) goto done;
    if ((err = hyp_run_methods(cands, &q)) || (err = hyp_order(&groups, &ng, &total, cands, &o, &v))) goto done;
    c->out->folds++;
    memset(c->score, 0, DENSE * nn * sizeof *c->score);
    size_t selected = 0;
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) selected += !o.methods || o.methods[m];
    const double *w = o.weights ? o.weights : mg_hyp_default_weights();
    double *combined = c->score + (size_t)MG_HYP_HOLD_COMBINED * nn;
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++)
        for (size_t i = 0; i < cands[m].count && m != MG_HYP_CONTRADICTIONS; i++) {
            const hyp_cand *x = &cands[m].items[i];
            size_t at = (size_t)x->subject * n + (size_t)x->object;
            if (m == MG_HYP_COMPARISONS) { /* uncalibrated: its own order, and no part of the combination */
                set_max(&c->score[(size_t)m * nn + at], x->norm);
                continue;
            }
            double p = hyp_cal_probability(o.calibration, &v, x);
            set_max(&c->score[(size_t)m * nn + at], p);
            if (p < 1) combined[at] += (selected > 1 ? w[m] : 1) * log1p(-p); /* ln of every method being wrong */
            else combined[at] = -INFINITY;
        }
    for (size_t x = 0; x < nn; x++) combined[x] = -expm1(combined[x]); /* the noisy-OR: 1 - prod (1 - p)^w */
    double *listing = c->score + (size_t)MG_HYP_HOLD_LISTING * nn;
    for (size_t k = 0; k < ng; k++) {
        const hyp_group *gr = &groups[k];
        if (gr->primary->method == MG_HYP_CONTRADICTIONS) continue;
        set_max(&listing[(size_t)gr->primary->subject * n + (size_t)gr->primary->object], gr->score);
        for (int f = 0; f < gr->folded_count; f++)
            set_max(&listing[(size_t)gr->folded[f]->subject * n + (size_t)gr->folded[f]->object], gr->score);
        /* a transfer tells its chain (SP1 -> SK1 -> S1P -| necrosis): each mediator on it is
         * proposed for the object too, at the hypothesis's rank */
        const hyp_cand *p = gr->primary;
        for (int i = 1; p->method == MG_HYP_TRANSFER && p->path_count && i + 1 < p->path_len[0]; i++)
            set_max(&listing[(size_t)p->path[0][i] * n + (size_t)p->object], gr->score);
    }
    size_t u = 0;
    size_t fold_by_steps[MG_HYP_STEPS_BINS] = {0}; /* the candidates, the held-out pairs left out */
    for (mg_id s = 0; (size_t)s < n; s++) {
        if (q.subject_ok[s]) steps_from(&v, s, c->steps + (size_t)s * n, c->queue);
        for (mg_id t = 0; (size_t)t < n; t++) {
            size_t x = (size_t)s * n + (size_t)t;
            c->universe[x] = s != t && q.subject_ok[s] && q.object_ok[t] && !hyp_linked(&v, s, t);
            if (!c->universe[x]) continue;
            u++;
            if (!c->held[x]) fold_by_steps[steps_bin(c->steps[x])]++;
            baselines(&v, s, t, &c->score[(size_t)MG_HYP_HOLD_DEGREE * nn + x],
                      &c->score[(size_t)MG_HYP_HOLD_ADAMIC_ADAR * nn + x], &c->score[(size_t)MG_HYP_HOLD_JACCARD * nn + x]);
        }
    }
    size_t negatives = u - held;
    if (c->out->pairs + held > c->held_cap) {
        size_t cap = 2 * (c->out->pairs + held);
        mg_hyp_hold_pair *p = realloc(c->out->held, cap * sizeof *p);
        if (!p) {
            err = mg__fail(MG_ENOMEM, "out of memory");
            goto done;
        }
        c->out->held = p;
        c->held_cap = cap;
    }
    for (size_t x = 0; x < nn; x++) {
        if (!c->held[x]) continue;
        mg_hyp_hold_pair *pair = &c->out->held[c->out->pairs];
        pair->subject = (mg_id)(x / n);
        pair->object = (mg_id)(x % n);
        pair->study = c->study;
        pair->steps = c->steps[x];
        c->out->held_by_steps[steps_bin(pair->steps)]++;
        for (int b = 0; b < MG_HYP_STEPS_BINS; b++)
            c->out->universe_by_steps[b] += (double)fold_by_steps[b] + (b == steps_bin(pair->steps));
        pair->rank[MG_HYP_HOLD_RANDOM] = ((double)negatives + 2) / 2;
        for (int r = 0; r < MG_HYP_HOLD_ROWS; r++) {
            if (r == MG_HYP_HOLD_RANDOM) continue;
            const double *s = c->score + (size_t)r * nn;
            size_t better = 0, ties = 0;
            for (size_t y = 0; y < nn; y++) {
                if (!c->universe[y] || c->held[y]) continue;
                better += s[y] > s[x];
                ties += s[y] == s[x];
            }
            add_rank(&c->out->rows[r], better, ties, negatives, 1, s[x] > 0);
            pair->rank[r] = (double)better + ((double)ties + 2) / 2;
        }
        for (size_t k = 0; k < c->repeats; k++)
            add_rank(&c->out->rows[MG_HYP_HOLD_RANDOM], (size_t)(next_random(&c->rng) % (negatives + 1)), 0, negatives,
                     1.0 / (double)c->repeats, k == 0);
        c->out->pairs++;
        c->out->universe += (double)negatives + 1;
    }
done:
    free(groups);
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) hyp_cands_free(&cands[m]);
    hyp_query_destroy(&q);
    hyp_view_destroy(&v);
    return err;
}

static bool is_fact(const mg_edge *e)
{
    return e->evidence_count > 0 && e->source != e->target && mg_relation_sign(e->relation) != MG_SIGN_STRUCTURAL;
}

/* Hides what `pick` marks and folds over the facts among it. */
static mg_error_t fold_hidden(ctx *c, const bool *hidden, mg_id (*pairs)[2])
{
    size_t count = 0, m = (size_t)mg_graph_edge_count(c->g);
    for (size_t e = 0; e < m; e++) {
        const mg_edge *edge = mg_graph_edge(c->g, (mg_id)e);
        if (!hidden[e] || !is_fact(edge)) continue;
        pairs[count][0] = edge->source;
        pairs[count++][1] = edge->target;
    }
    return count ? fold(c, hidden, pairs, count) : MG_OK;
}

mg_error_t mg_hypotheses_holdout(mg_hyp_holdout *out, const mg_graph *g, const mg_hyp_options *options,
                                 mg_hyp_holdout_by by, int cutoff, size_t repeats, uint64_t seed)
{
    mg_init();
    memset(out, 0, sizeof *out);
    out->by = by;
    out->cutoff = cutoff;
    size_t n = (size_t)mg_graph_node_count(g), m = (size_t)mg_graph_edge_count(g);
    if (n > MAX_NODES) return mg__fail(MG_EINVAL, "the held-out evaluation scores every pair: %zu nodes, at most %d", n, MAX_NODES);
    if ((unsigned)by > MG_HYP_BY_YEAR) return mg__fail(MG_EINVAL, "unknown held-out mode %d", (int)by);
    ctx c = {0};
    c.g = g;
    c.n = n;
    c.o = options ? *options : (mg_hyp_options)MG_HYP_OPTIONS_INIT;
    c.o.from = c.o.to = NULL;
    c.o.from_count = c.o.to_count = 0;
    c.o.from_types = c.o.to_types = NULL;
    c.o.top = 0;
    c.o.per_method = 0;
    c.out = out;
    c.repeats = repeats ? repeats : 1;
    c.rng = seed;
    size_t nn = n * n;
    c.score = malloc((DENSE * nn + 1) * sizeof *c.score);
    c.universe = malloc(nn + 1);
    c.held = malloc(nn + 1);
    c.steps = malloc(nn + 1);
    c.queue = malloc((n + 1) * sizeof *c.queue);
    bool *hidden = calloc(m + 1, sizeof *hidden);
    mg_id (*pairs)[2] = malloc((m + 1) * sizeof *pairs);
    mg_error_t err = c.score && c.universe && c.held && c.steps && c.queue && hidden && pairs ? MG_OK : mg__fail(MG_ENOMEM, "out of memory");
    size_t nr = mg_graph_reference_count(g);
    hyp_cal_data cal = {0};
    c.o.calibration = &c.calibration;
    if (!err && by == MG_HYP_BY_YEAR) { /* the slice's own studies: what was known by the cut-off */
        for (size_t e = 0; e < m; e++) {
            const mg_edge *edge = mg_graph_edge(g, (mg_id)e);
            bool later = edge->evidence_count > 0; /* an undated study is kept: it may be early */
            for (size_t k = 0; k < edge->evidence_count && later; k++) later = mg_hyp_reference_year(edge->evidence[k].ref) > cutoff;
            hidden[e] = later;
        }
        err = hyp_cal_collect(&cal, g, &c.o, hidden);
        if (!err) hyp_cal_fit(&c.calibration, &cal, SIZE_MAX);
    } else if (!err) { /* every study's fold, each fitted without its own (by study), or all (by edge) */
        err = hyp_cal_collect(&cal, g, &c.o, NULL);
        if (!err) hyp_cal_fit(&c.calibration, &cal, SIZE_MAX);
    }
    out->calibration = c.calibration;
    if (!err && by == MG_HYP_BY_EDGE) {
        for (size_t e = 0; e < m && !err; e++) {
            const mg_edge *edge = mg_graph_edge(g, (mg_id)e);
            if (!is_fact(edge)) continue;
            bool first = true; /* one fold per subject -> object pair: its first fact edge */
            for (size_t k = 0; k < e && first; k++) {
                const mg_edge *x = mg_graph_edge(g, (mg_id)k);
                first = !(is_fact(x) && x->source == edge->source && x->target == edge->target);
            }
            if (!first) continue;
            for (size_t k = 0; k < m; k++) {
                const mg_edge *x = mg_graph_edge(g, (mg_id)k);
                hidden[k] = x->source == edge->source && x->target == edge->target;
            }
            err = fold_hidden(&c, hidden, pairs);
        }
    } else if (!err && by == MG_HYP_BY_STUDY) {
        for (size_t r = 0; r < nr && !err; r++) {
            const mg_reference *ref = mg_graph_reference(g, r);
            c.study = ref;
            size_t f = 0;
            while (f < cal.folds && cal.study[f] != ref) f++;
            hyp_cal_fit(&c.calibration, &cal, f < cal.folds ? f : SIZE_MAX);
            for (size_t e = 0; e < m; e++) {
                const mg_edge *edge = mg_graph_edge(g, (mg_id)e);
                bool only = edge->evidence_count > 0;
                for (size_t k = 0; k < edge->evidence_count && only; k++) only = edge->evidence[k].ref == ref;
                hidden[e] = only;
            }
            err = fold_hidden(&c, hidden, pairs);
        }
    } else if (!err) { /* `hidden` holds the slice's later edges */
        for (size_t r = 0; r < nr; r++) out->undated += mg_hyp_reference_year(mg_graph_reference(g, r)) == 0;
        err = fold_hidden(&c, hidden, pairs);
    }
    hyp_cal_data_free(&cal);
    if (!err && out->pairs) {
        double p = (double)out->pairs;
        for (int r = 0; r < MG_HYP_HOLD_ROWS; r++) {
            mg_hyp_hold_row *row = &out->rows[r];
            row->hits10 /= p;
            row->hits20 /= p;
            row->hits50 /= p;
            row->mrr /= p;
            row->auc /= p;
        }
        out->universe /= p;
        for (int b = 0; b < MG_HYP_STEPS_BINS; b++) out->universe_by_steps[b] /= p;
    }
    free(c.score);
    free(c.universe);
    free(c.held);
    free(c.steps);
    free(c.queue);
    free(hidden);
    free(pairs);
    if (err) mg_hyp_holdout_free(out);
    return err;
}

void mg_hyp_holdout_free(mg_hyp_holdout *e)
{
    if (!e) return;
    free(e->held);
    e->held = NULL;
}
