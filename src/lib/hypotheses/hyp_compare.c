/*
 * hyp_compare.c - hypotheses from comparisons (docs/hypotheses.md, "comparisons"). Where a
 * review reports that W did better than L in disease D ("IFN-γ-iMSC-EVs displayed a more
 * significantly protective effect than iMSC-EVs in AKI"), W may also do what L is known to do
 * against another disease D' (iMSC-EVs protect against renal I/R injury): "IFN-γ-iMSC-EV may
 * protect against renal I/R injury as iMSC-EV does, and more strongly".
 * Which side did better, read from the record and the graph, never from words:
 *  - the aspect is a node X with a signed step X -> D: more of X is better when X protects
 *    against D (chondrocyte proliferation in osteoarthritis), worse when it drives D (tumor
 *    growth in cancer);
 *  - otherwise (an aspect in words, or no step X -> D), the greater side, when the graph shows it
 *    protecting against D: the comparison is then one of how much each protects.
 * Both sides must be therapeutic agents (cells, vesicles); "similar" says nothing of better; a
 * record without a disease in its evidence has no context to carry. Only L's protective steps
 * are carried (a better agent is not proposed to drive a disease more).
 *   score(W, D') = sum over the records of sqrt(studies of the record * studies of L -| D')
 * and only for a D' that shares a class with D (the disease-class layer): that IL-24-iMSCs
 * restrain melanoma better than iMSCs says nothing of inflammatory bowel disease, where iMSCs
 * work; it may say something of breast cancer. A disease the table does not classify lends to
 * none.
 * In an evaluation fold (hidden edges) a record counts only while one of its studies supports an
 * edge left in the view: what a hidden study compared is hidden with it.
 */
#include "hyp_internal.h"

#include <math.h>
#include <stdlib.h>

/* The first disease the record's evidence names, or -1. */
static mg_id record_disease(const mg_graph *g, const mg_comparison *c)
{
    for (size_t i = 0; i < c->evidence_count; i++) {
        mg_id d = hyp_evidence_disease(g, &c->evidence[i]);
        if (d >= 0) return d;
    }
    return -1;
}

static int record_studies(const mg_comparison *c)
{
    int n = 0;
    for (size_t i = 0; i < c->evidence_count; i++) {
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++) seen = c->evidence[j].ref == c->evidence[i].ref;
        n += !seen;
    }
    return n;
}

/* Whether one of the record's studies supports an edge of the view (always, with nothing hidden). */
static bool record_visible(const hyp_query *q, const mg_comparison *c)
{
    if (!q->o->hidden) return true;
    const hyp_view *v = q->v;
    for (size_t h = 0; h < v->hop_count; h++)
        for (size_t k = 0; k < v->hops[h].edge_count; k++) {
            const mg_edge *e = mg_graph_edge(v->g, v->edges[v->hops[h].edge_start + k]);
            for (size_t i = 0; i < e->evidence_count; i++)
                for (size_t j = 0; j < c->evidence_count; j++)
                    if (e->evidence[i].ref == c->evidence[j].ref) return true;
        }
    return false;
}

static bool protects(const hyp_view *v, mg_id agent, mg_id d)
{
    const hyp_hop *h = hyp_hop_find(v, agent, d);
    return h && h->mech && hyp_hop_sign(h) < 0;
}

/* The side that did better in d (the winner), or -1 when the record cannot say. */
static mg_id winner(const hyp_view *v, const mg_comparison *c, mg_id d)
{
    if (c->direction == MG_COMPARE_SIMILAR) return -1;
    mg_id greater = c->direction == MG_COMPARE_GREATER ? c->a : c->b;
    mg_id less = greater == c->a ? c->b : c->a;
    const hyp_hop *xd = c->aspect >= 0 ? hyp_hop_find(v, c->aspect, d) : NULL;
    if (xd && xd->mech && hyp_hop_sign(xd) != 0) return hyp_hop_sign(xd) < 0 ? greater : less;
    return protects(v, greater, d) ? greater : -1;
}

mg_error_t hyp_comparisons(hyp_cands *out, const hyp_query *q)
{
    const hyp_view *v = q->v;
    const mg_graph *g = v->g;
    size_t n = mg_graph_comparison_count(g), steps = 0;
    if (!n) return MG_OK;
    hyp_classes classes = {0};
    mg_error_t err = hyp_classes_load(&classes, q->o);
    for (size_t i = 0; i < n && !err && !out->truncated; i++) {
        const mg_comparison *c = mg_graph_comparison(g, i);
        if ((size_t)c->a >= v->n || (size_t)c->b >= v->n) continue;
        if (!(v->role[c->a] & HYP_AGENT) || !(v->role[c->b] & HYP_AGENT)) continue;
        mg_id d = record_disease(g, c);
        if (d < 0 || (size_t)d >= v->n || !(v->role[d] & HYP_DISEASE)) continue;
        mg_id w = winner(v, c, d);
        if (w < 0 || !record_visible(q, c)) continue;
        mg_id l = w == c->a ? c->b : c->a;
        hyp_class_set dc = hyp_classes_of(&classes, g, d);
        if (!dc) continue;
        int rs = record_studies(c);
        for (size_t h = v->out_start[l]; h < v->out_start[l + 1]; h++) {
            if (++steps > q->budget) {
                out->truncated = "comparisons: budget of steps reached";
                break;
            }
            const hyp_hop *ld = &v->hops[h];
            mg_id d2 = ld->target;
            if (d2 == d || !(v->role[d2] & HYP_DISEASE) || !ld->mech || hyp_hop_sign(ld) >= 0) continue;
            if (!hyp_new_link_ok(q, w, d2)) continue;
            if (!(dc & hyp_classes_of(&classes, g, d2))) continue;
            double score = sqrt((double)(rs > 1 ? rs : 1) * (ld->studies > 1 ? ld->studies : 1));
            hyp_cand *x = NULL;
            for (size_t k = 0; k < out->count && !x; k++)
                if (out->items[k].subject == w && out->items[k].object == d2) x = &out->items[k];
            if (x) { /* another record for the same pair: its weight adds, the stronger tells it */
                if (score > x->comp[0]) {
                    x->aux = l;
                    x->extra[0] = d;
                    x->comparison = (int)i;
                    x->comp[0] = score;
                    x->path[0][0] = l;
                    x->path[0][1] = d2;
                }
                x->score += score;
                continue;
            }
            if (!(x = hyp_cands_add(out))) {
                err = mg__fail(MG_ENOMEM, "out of memory");
                break;
            }
            x->subject = w;
            x->object = d2;
            x->sign = -1;
            x->novel = true;
            x->score = score;
            x->aux = l;
            x->extra[0] = d;
            x->extra_count = 1;
            x->comparison = (int)i;
            hyp_cand_comp(x, "best_record", score);
            hyp_cand_comp(x, "record_studies", rs);
            mg_id p[2] = {l, d2};
            hyp_cand_path(x, p, 2);
        }
    }
    hyp_classes_destroy(&classes);
    return err;
}
