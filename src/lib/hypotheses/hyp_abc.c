/*
 * hyp_abc.c - Swanson's ABC discovery on a typed graph: A acts on B, B acts on C, nothing links
 * A and C, so A may act on C through B. By default A is a therapeutic agent or a cargo, B a
 * mediator (gene, pathway, process, cell ...) and C a disease or a process.
 *
 * score(A, C) = sum over linking B of sqrt(n(A,B) n(B,C)) / sqrt(deg B) * s(A,B,C) / sqrt(deg A),
 * n = studies behind a step (at least 1), s = 1/4 when one study reports both steps (a
 * restatement, not a bridge between literatures), else 1: more linking nodes and more evidence
 * raise it, hubs among the B and hub subjects count less.
 * The predicted sign is that of sum_B w_B sign(A,B) sign(B,C).
 */
#include "hyp_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define WITHIN_STUDY 0.25

typedef struct {
    double score, pos, neg, raw;
    int count;
    bool unsigned_step;
    mg_id best[HYP_SUPPORT_MAX];
    double best_w[HYP_SUPPORT_MAX];
} abc_acc;

static void keep_best(abc_acc *a, mg_id b, double w)
{
    int n = a->count < HYP_SUPPORT_MAX ? a->count : HYP_SUPPORT_MAX;
    int pos = n;
    while (pos > 0 && a->best_w[pos - 1] < w) pos--;
    if (pos >= HYP_SUPPORT_MAX) return;
    int last = n < HYP_SUPPORT_MAX ? n : HYP_SUPPORT_MAX - 1;
    for (int i = last; i > pos; i--) {
        a->best[i] = a->best[i - 1];
        a->best_w[i] = a->best_w[i - 1];
    }
    a->best[pos] = b;
    a->best_w[pos] = w;
}

/* The default types: an agent or a cargo acting on a disease or a process through a mediator. */
static bool default_subject(const hyp_view *v, mg_id a) { return v->role[a] & (HYP_AGENT | HYP_CARGO); }
static bool default_object(const hyp_view *v, mg_id c)
{
    return (v->role[c] & HYP_DISEASE) || v->type[c] == MG_NODE_PROCESS;
}

static mg_error_t emit(hyp_cands *out, const hyp_view *v, mg_id a, mg_id c, const abc_acc *acc)
{
    hyp_cand *x = hyp_cands_add(out);
    if (!x) return mg__fail(MG_ENOMEM, "out of memory");
    x->subject = a;
    x->object = c;
    /* a hub subject (iMSC reaches every disease through inflammation) counts less; a factor per
     * subject, so it orders subjects and leaves each subject's own ranking as it is */
    x->score = acc->score / sqrt(v->deg[a] > 0 ? v->deg[a] : 1);
    x->novel = true;
    hyp_cand_sign_from_paths(x, acc->pos, acc->neg, acc->unsigned_step);
    hyp_cand_comp(x, "linking_nodes", acc->count);
    hyp_cand_comp(x, "evidence", acc->raw);
    hyp_cand_comp(x, "damped", acc->score);
    hyp_cand_comp(x, "subject_degree", v->deg[a]);
    int kept = acc->count < HYP_SUPPORT_MAX ? acc->count : HYP_SUPPORT_MAX;
    for (int i = 0; i < kept; i++) {
        mg_id p[3] = {a, acc->best[i], c};
        hyp_cand_path(x, p, 3);
    }
    x->more = acc->count - kept;
    return MG_OK;
}

mg_error_t hyp_abc(hyp_cands *out, const hyp_query *q)
{
    const hyp_view *v = q->v;
    const mg_hyp_options *o = q->o;
    abc_acc *acc = calloc(v->n + 1, sizeof *acc);
    mg_id *touched = malloc((v->n + 1) * sizeof *touched);
    mg_error_t err = MG_OK;
    if (!acc || !touched) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    size_t steps = 0;
    for (mg_id a = 0; (size_t)a < v->n && !out->truncated; a++) {
        if (!q->subject_ok[a] || (!o->from && !o->from_types && !default_subject(v, a))) continue;
        size_t nt = 0;
        hyp_walk w1;
        mg_id b;
        const hyp_hop *h1;
        hyp_walk_init(&w1, v, a);
        while (hyp_walk_next(&w1, &b, &h1)) {
            if (!(v->role[b] & HYP_MEDIATOR) || (v->role[b] & HYP_DISEASE)) continue;
            double damp = 1.0 / sqrt(v->deg[b] > 0 ? v->deg[b] : 1);
            hyp_walk w2;
            mg_id c;
            const hyp_hop *h2;
            hyp_walk_init(&w2, v, b);
            while (hyp_walk_next(&w2, &c, &h2)) {
                if (++steps > q->budget) {
                    out->truncated = "abc: budget of steps reached";
                    break;
                }
                if (c == a || (!o->to && !o->to_types && !default_object(v, c))) continue;
                if (!hyp_new_link_ok(q, a, c)) continue;
                double raw = sqrt((h1->studies > 1 ? h1->studies : 1) * (double)(h2->studies > 1 ? h2->studies : 1));
                abc_acc *x = &acc[c];
                if (x->count == 0) touched[nt++] = c;
                /* Swanson's point is the bridge between literatures that do not cite each
                 * other: a path one study reports end to end restates it and counts a quarter */
                double wgt = raw * damp * (hyp_hops_share_study(v, h1, h2) ? WITHIN_STUDY : 1.0);
                x->raw += raw;
                x->score += wgt;
                int s = hyp_hop_sign(h1) * hyp_hop_sign(h2);
                if (s > 0) x->pos += wgt;
                else if (s < 0) x->neg += wgt;
                else x->unsigned_step = true;
                keep_best(x, b, wgt);
                x->count++;
            }
            if (out->truncated) break;
        }
        for (size_t i = 0; i < nt && !err; i++) err = emit(out, v, a, touched[i], &acc[touched[i]]);
        for (size_t i = 0; i < nt; i++) memset(&acc[touched[i]], 0, sizeof *acc);
        if (err) goto done;
    }
done:
    free(acc);
    free(touched);
    return err;
}
