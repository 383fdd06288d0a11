/*
 * hyp_evaluate.c - how well the methods recover what the literature found: each fact (a
 * subject -> object pair with evidence) is hidden in turn, the subject's candidates are
 * generated from the rest, and the hidden object's rank among every object the subject has no
 * edge to gives hits@10, hits@20 and the reciprocal rank. Ties share their ranks: a tie of t
 * objects after b better ones counts as the mean over positions b+1 .. b+t, which is what a
 * random order among them would give on average, so no tie-break flatters a method.
 */
#include "hyp_internal.h"

#include <stdlib.h>
#include <string.h>

#define PREDICTIVE 5

/* The per-subject leave-one-out ranks by a weighted sum of the normalised scores, with the
 * weights its grid chose (docs/hypotheses.md); the listing's calibrated combination has its own. */
static const double recovery_weights[MG_HYP_METHOD_COUNT] = {0, 2, 1, 0.5, 1, 2, 0};
static const mg_hyp_method predictive[PREDICTIVE] = {MG_HYP_ABC, MG_HYP_TRANSFER, MG_HYP_LINK, MG_HYP_DWPC, MG_HYP_GAPS};
static const double grid_values[] = {0, 0.5, 1, 2};
#define GRID_N (sizeof grid_values / sizeof *grid_values)

typedef struct {
    double h10, h20, rr;
} rank_score;

/* Expected hits and reciprocal rank of an item with `better` items above it and `ties` others
 * level with it. */
static rank_score score_rank(size_t better, size_t ties)
{
    rank_score r;
    double t = (double)ties + 1;
    double in10 = 10.0 - (double)better, in20 = 20.0 - (double)better;
    r.h10 = in10 <= 0 ? 0 : in10 >= t ? 1 : in10 / t;
    r.h20 = in20 <= 0 ? 0 : in20 >= t ? 1 : in20 / t;
    r.rr = 0;
    for (size_t k = better + 1; k <= better + ties + 1; k++) r.rr += 1.0 / (double)k;
    r.rr /= t;
    return r;
}

static rank_score rank_of(const double *s, size_t count, size_t target)
{
    size_t better = 0, ties = 0;
    for (size_t i = 0; i < count; i++) {
        if (i == target) continue;
        if (s[i] > s[target]) better++;
        else if (s[i] == s[target]) ties++;
    }
    return score_rank(better, ties);
}

static void add(mg_hyp_eval_row *row, rank_score r, bool proposed)
{
    row->hits10 += r.h10;
    row->hits20 += r.h20;
    row->mrr += r.rr;
    row->proposed += proposed;
}

/* A fact's candidates: objects[count] (the hidden one at `target`) and each predictive
 * method's normalised score for them. */
typedef struct {
    size_t count, target;
    double *scores; /* [PREDICTIVE * count] */
} fact_scores;

static uint64_t next_random(uint64_t *state)
{
    /* splitmix64: small, seedable, the same on every platform */
    uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static void combined_scores(const fact_scores *f, const double *w, double *out)
{
    for (size_t i = 0; i < f->count; i++) {
        out[i] = 0;
        for (int m = 0; m < PREDICTIVE; m++) out[i] += w[predictive[m]] * f->scores[m * f->count + i];
    }
}

/* The combined scores s[count] times the listing's factors of each object's hypothesis, told by
 * the method that brings it most (as the listing tells it). member[object][method]. */
static void listing_scores(const hyp_view *v, const hyp_cand **member, const mg_id *objects, size_t count,
                           const double *w, double *s)
{
    for (size_t i = 0; i < count; i++) {
        const hyp_cand *const *mem = &member[(size_t)objects[i] * MG_HYP_METHOD_COUNT];
        const hyp_cand *primary = NULL;
        double best = -1;
        for (int m = 0; m < PREDICTIVE; m++) {
            const hyp_cand *c = mem[predictive[m]];
            double part = c ? w[predictive[m]] * hyp_cand_value(c) : 0;
            if (c && part > best) {
                best = part;
                primary = c;
            }
        }
        if (!primary || s[i] <= 0) continue;
        hyp_listing f;
        hyp_listing_factors(&f, v, primary, mem);
        s[i] *= f.product;
    }
}

/* MRR and hits@10 of a weighting over the facts whose index has parity `part` (-1: all). */
static mg_hyp_eval_row grid_row(const fact_scores *facts, size_t nf, const double *w, int part, double *buf)
{
    mg_hyp_eval_row row = {0, 0, 0, 0};
    size_t n = 0;
    for (size_t i = 0; i < nf; i++) {
        if (part >= 0 && (int)(i % 2) != part) continue;
        combined_scores(&facts[i], w, buf);
        add(&row, rank_of(buf, facts[i].count, facts[i].target), buf[facts[i].target] > 0);
        n++;
    }
    if (n) {
        row.hits10 /= (double)n;
        row.hits20 /= (double)n;
        row.mrr /= (double)n;
    }
    return row;
}

static bool better_row(const mg_hyp_eval_row *a, const mg_hyp_eval_row *b)
{
    if (a->mrr != b->mrr) return a->mrr > b->mrr;
    return a->hits10 > b->hits10;
}

/* The grid's best weights by MRR over the facts of parity `part` (-1: all). */
static void search_grid(const fact_scores *facts, size_t nf, int part, double *buf, double *best_w)
{
    mg_hyp_eval_row best = {-1, -1, -1, 0};
    size_t combos = 1;
    for (int m = 0; m < PREDICTIVE; m++) combos *= GRID_N;
    double w[MG_HYP_METHOD_COUNT] = {0};
    for (size_t c = 1; c < combos; c++) {
        size_t x = c;
        for (int m = PREDICTIVE - 1; m >= 0; m--) {
            w[predictive[m]] = grid_values[x % GRID_N];
            x /= GRID_N;
        }
        mg_hyp_eval_row row = grid_row(facts, nf, w, part, buf);
        if (better_row(&row, &best)) {
            best = row;
            memcpy(best_w, w, sizeof w);
        }
    }
}

static void free_facts(fact_scores *facts, size_t n)
{
    for (size_t i = 0; facts && i < n; i++) free(facts[i].scores);
    free(facts);
}

/* One fact: hide u -> v, generate u's candidates, score the objects. */
static mg_error_t run_fact(fact_scores *f, mg_hyp_evaluation *out, const mg_graph *g, const mg_hyp_options *base,
                           bool *hidden, mg_id u, mg_id v, const bool *object_ok, size_t repeats, uint64_t *rng,
                           const double *w)
{
    size_t nu;
    const mg_id *out_edges = mg_graph_incident(g, u, 1, &nu);
    for (size_t i = 0; i < nu; i++)
        if (mg_graph_edge(g, out_edges[i])->target == v) hidden[out_edges[i]] = true;
    mg_hyp_options o = *base;
    o.from = &u;
    o.from_count = 1;
    o.from_types = NULL;
    o.top = 0;
    o.per_method = 0;
    o.fold = false;
    o.hidden = hidden;
    hyp_view view;
    hyp_query q;
    hyp_cands cands[MG_HYP_METHOD_COUNT];
    memset(cands, 0, sizeof cands);
    memset(&q, 0, sizeof q);
    size_t n = (size_t)mg_graph_node_count(g);
    /* norm: each method's normalised score; value: what it brings to the combination */
    double *norm = calloc(2 * MG_HYP_METHOD_COUNT * n + 1, sizeof *norm);
    double *value = norm + MG_HYP_METHOD_COUNT * n;
    mg_id *objects = malloc((n + 1) * sizeof *objects);
    double *s = calloc(n + 1, sizeof *s);
    const hyp_cand **member = calloc((size_t)MG_HYP_METHOD_COUNT * n + 1, sizeof *member); /* [object][method] */
    mg_error_t err = hyp_view_build(&view, g, hidden);
    if (!err && (!norm || !objects || !s || !member)) err = mg__fail(MG_ENOMEM, "out of memory");
    if (!err) err = hyp_query_init(&q, &view, &o);
    if (!err) err = hyp_run_methods(cands, &q);
    if (err) goto done;
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++)
        if (cands[m].truncated) {
            out->truncated++;
            break;
        }
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) {
        double best = cands[m].count ? cands[m].items[0].score : 1;
        for (size_t i = 0; i < cands[m].count; i++) {
            hyp_cand *c = &cands[m].items[i];
            if (c->subject != u || c->object == u || best <= 0) continue;
            c->norm = c->score / best;
            norm[(size_t)m * n + (size_t)c->object] = c->norm;
            value[(size_t)m * n + (size_t)c->object] = hyp_cand_value(c);
            member[(size_t)c->object * MG_HYP_METHOD_COUNT + (size_t)m] = c;
        }
    }
    /* the objects: every allowed node u has no edge to, and the hidden one */
    size_t count = 0, target = 0;
    for (mg_id x = 0; (size_t)x < n; x++) {
        if (x == u) continue;
        if (x != v && (!object_ok[x] || hyp_linked(&view, u, x))) continue;
        if (x == v) target = count;
        objects[count++] = x;
    }
    f->count = count;
    f->target = target;
    f->scores = malloc((PREDICTIVE * count + 1) * sizeof *f->scores);
    if (!f->scores) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    for (int m = 0; m < PREDICTIVE; m++)
        for (size_t i = 0; i < count; i++) f->scores[m * count + i] = value[(size_t)predictive[m] * n + (size_t)objects[i]];
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) {
        for (size_t i = 0; i < count; i++) s[i] = norm[(size_t)m * n + (size_t)objects[i]];
        add(&out->rows[m], rank_of(s, count, target), s[target] > 0);
    }
    combined_scores(f, w, s);
    add(&out->rows[MG_HYP_EVAL_COMBINED], rank_of(s, count, target), s[target] > 0);
    listing_scores(&view, member, objects, count, w, s);
    add(&out->rows[MG_HYP_EVAL_LISTING], rank_of(s, count, target), s[target] > 0);
    for (size_t i = 0; i < count; i++) s[i] = (double)view.deg[objects[i]];
    add(&out->rows[MG_HYP_EVAL_DEGREE], rank_of(s, count, target), s[target] > 0);
    mg_hyp_eval_row random = {0, 0, 0, 0};
    for (size_t r = 0; r < repeats; r++) {
        size_t pos = (size_t)(next_random(rng) % count);
        add(&random, score_rank(pos, 0), true);
    }
    out->rows[MG_HYP_EVAL_RANDOM].hits10 += random.hits10 / (double)repeats;
    out->rows[MG_HYP_EVAL_RANDOM].hits20 += random.hits20 / (double)repeats;
    out->rows[MG_HYP_EVAL_RANDOM].mrr += random.mrr / (double)repeats;
    out->rows[MG_HYP_EVAL_RANDOM].proposed++;
    out->candidates += (double)count;
done:
    for (size_t i = 0; i < nu; i++) hidden[out_edges[i]] = false;
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) hyp_cands_free(&cands[m]);
    hyp_query_destroy(&q);
    hyp_view_destroy(&view);
    free(norm);
    free(objects);
    free(s);
    free(member);
    return err;
}

/* Whether an edge is a fact to hide: it has evidence and a sign or an association, not is_a. */
static bool is_fact(const mg_edge *e)
{
    return e->evidence_count > 0 && e->source != e->target && mg_relation_sign(e->relation) != MG_SIGN_STRUCTURAL;
}

mg_error_t mg_hypotheses_evaluate(mg_hyp_evaluation *out, const mg_graph *graph, const mg_hyp_options *options,
                                  size_t repeats, uint64_t seed, bool grid)
{
    mg_init();
    memset(out, 0, sizeof *out);
    mg_hyp_options base = options ? *options : (mg_hyp_options)MG_HYP_OPTIONS_INIT;
    if (repeats == 0) repeats = 1;
    const double *w = base.weights ? base.weights : recovery_weights;
    memcpy(out->weights, w, sizeof out->weights);
    size_t n = (size_t)mg_graph_node_count(graph), m = (size_t)mg_graph_edge_count(graph);
    hyp_view full;
    hyp_query q;
    memset(&q, 0, sizeof q);
    bool *hidden = calloc(m + 1, sizeof *hidden);
    fact_scores *facts = NULL;
    size_t nf = 0, cap = 0;
    double *buf = malloc((n + 1) * sizeof *buf);
    uint64_t rng = seed;
    mg_error_t err = hyp_view_build(&full, graph, NULL);
    if (!err && (!hidden || !buf)) err = mg__fail(MG_ENOMEM, "out of memory");
    if (!err) err = hyp_query_init(&q, &full, &base);
    /* facts by hop: one per subject -> object pair, in hop order (by subject, then object) */
    for (size_t h = 0; !err && h < full.hop_count; h++) {
        const hyp_hop *hp = &full.hops[h];
        bool fact = false;
        for (size_t k = 0; k < hp->edge_count && !fact; k++) fact = is_fact(mg_graph_edge(graph, full.edges[hp->edge_start + k]));
        if (!fact) continue;
        if (!q.subject_ok[hp->source] || !q.object_ok[hp->target]) {
            out->skipped++;
            continue;
        }
        if ((err = mg__reserve((void **)&facts, &cap, nf + 1, sizeof *facts))) break;
        memset(&facts[nf], 0, sizeof *facts);
        err = run_fact(&facts[nf], out, graph, &base, hidden, hp->source, hp->target, q.object_ok, repeats, &rng, w);
        nf++;
    }
    out->facts = nf;
    if (!err && nf) {
        for (int r = 0; r < MG_HYP_EVAL_ROWS; r++) {
            out->rows[r].hits10 /= (double)nf;
            out->rows[r].hits20 /= (double)nf;
            out->rows[r].mrr /= (double)nf;
        }
        out->candidates /= (double)nf;
        if (grid) {
            search_grid(facts, nf, -1, buf, out->best_weights);
            out->best = grid_row(facts, nf, out->best_weights, -1, buf);
            double half_w[MG_HYP_METHOD_COUNT];
            for (int part = 0; part < 2; part++) {
                memset(half_w, 0, sizeof half_w);
                search_grid(facts, nf, part, buf, half_w);
                out->best_half[part] = grid_row(facts, nf, half_w, 1 - part, buf);
            }
        }
    }
    free_facts(facts, nf);
    free(hidden);
    free(buf);
    hyp_query_destroy(&q);
    hyp_view_destroy(&full);
    return err;
}
