/*
 * hyp_order.c - the order a listing is read in: each method's scores divided by its best,
 * candidates about one subject and object combined (weighted sum) and multiplied by the
 * listing's factors, transfer's mediators from one disease folded into one hypothesis, and the
 * diversity rule that keeps one hub from filling the listing. hypotheses.c makes the records of
 * this order; hyp_holdout.c ranks held-out facts in it.
 */
#include "hyp_internal.h"

#include <stdlib.h>
#include <string.h>

/* Chosen on the leave-one-out evaluation of the built-in graph (`hypotheses --evaluate --grid`,
 * docs/hypotheses.md): the grid's best by mean reciprocal rank. Contradictions predict no new
 * link, so the evaluation cannot weigh them; 1 puts the strongest disputes among the top. */
static const double default_weights[MG_HYP_METHOD_COUNT] = {0, 2, 1, 0.5, 1, 2};

const double *mg_hyp_default_weights(void) { return default_weights; }

static _Thread_local const mg_graph *order_graph;

/* Contradictions and loops never merge with link predictions: they are about known edges. */
static int family(const hyp_cand *c) { return c->method == MG_HYP_CONTRADICTIONS; }

static int cmp_key(const void *a, const void *b)
{
    const hyp_cand *x = *(hyp_cand *const *)a, *y = *(hyp_cand *const *)b;
    if (family(x) != family(y)) return family(x) - family(y);
    if (x->subject != y->subject) return x->subject < y->subject ? -1 : 1;
    if (x->object != y->object) return x->object < y->object ? -1 : 1;
    return (int)x->method - (int)y->method;
}

static int cmp_paths(const hyp_cand *x, const hyp_cand *y)
{
    if (!x->path_count || !y->path_count) return x->path_count - y->path_count;
    for (int i = 0; i < x->path_len[0] && i < y->path_len[0]; i++) {
        int c = strcmp(mg_graph_node(order_graph, x->path[0][i])->id, mg_graph_node(order_graph, y->path[0][i])->id);
        if (c) return c;
    }
    return x->path_len[0] - y->path_len[0];
}

static int cmp_hyp_group(const void *a, const void *b)
{
    const hyp_group *x = a, *y = b;
    if (x->score != y->score) return x->score > y->score ? -1 : 1;
    const mg_graph *g = order_graph;
    int c = strcmp(mg_graph_node(g, x->primary->subject)->id, mg_graph_node(g, y->primary->subject)->id);
    if (c) return c;
    c = strcmp(mg_graph_node(g, x->primary->object)->id, mg_graph_node(g, y->primary->object)->id);
    if (c) return c;
    if (x->primary->method != y->primary->method) return (int)x->primary->method - (int)y->primary->method;
    return cmp_paths(x->primary, y->primary);
}

/* Each method's scores divided by its best, then candidates about one pair merged. */
/* A process as the subject (survival time, wound healing) is an outcome to observe rather than
 * something to manipulate: its hypotheses count half in the listing. A factor per subject, so a
 * subject's own ranking, which the evaluation measures, does not change. */
static double subject_factor(const hyp_view *v, mg_id subject)
{
    return v->type[subject] == MG_NODE_PROCESS ? 0.5 : 1.0;
}

static mg_error_t combine(hyp_group **out, size_t *count, hyp_cands cands[MG_HYP_METHOD_COUNT], const mg_hyp_options *o,
                          const hyp_view *v)
{
    const mg_graph *g = v->g;
    size_t total = 0, selected = 0;
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) {
        total += cands[m].count;
        selected += !o->methods || o->methods[m];
    }
    const double *w = o->weights ? o->weights : mg_hyp_default_weights();
    hyp_cand **all = malloc((total + 1) * sizeof *all);
    hyp_group *hyp_groups = calloc(total + 1, sizeof *hyp_groups);
    if (!all || !hyp_groups) {
        free(all);
        free(hyp_groups);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    size_t k = 0;
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) {
        double best = cands[m].count ? cands[m].items[0].score : 1;
        for (size_t i = 0; i < cands[m].count; i++) {
            cands[m].items[i].norm = best > 0 ? cands[m].items[i].score / best : 0;
            all[k++] = &cands[m].items[i];
        }
    }
    qsort(all, total, sizeof *all, cmp_key);
    size_t ng = 0;
    for (size_t i = 0; i < total;) {
        size_t j = i + 1;
        if (!family(all[i]))
            while (j < total && !family(all[j]) && all[j]->subject == all[i]->subject && all[j]->object == all[i]->object) j++;
        hyp_group *gr = &hyp_groups[ng];
        double best = -1;
        for (size_t x = i; x < j; x++) {
            hyp_cand *c = all[x];
            double part = selected > 1 ? w[c->method] * hyp_cand_value(c) : c->norm;
            gr->member[c->method] = c;
            gr->score += part;
            if (part > best) {
                best = part;
                gr->primary = c;
            }
        }
        hyp_listing_factors(&gr->listing, v, gr->primary, (const hyp_cand *const *)gr->member);
        if (!family(gr->primary)) gr->score *= subject_factor(v, gr->primary->subject) * gr->listing.product;
        if (gr->score > 0) ng++;
        else memset(gr, 0, sizeof *gr);
        i = j;
    }
    free(all);
    order_graph = g;
    qsort(hyp_groups, ng, sizeof *hyp_groups, cmp_hyp_group);
    *out = hyp_groups;
    *count = ng;
    return MG_OK;
}

static bool on_path(const hyp_cand *c, mg_id x)
{
    for (int p = 0; c->path_count && p < c->path_len[0]; p++)
        if (c->path[0][p] == x) return true;
    return false;
}

/* Transfer proposes every mediator it borrows from one disease for another (SP1, SK1 and S1P;
 * GSH, SOD and Bax): one hypothesis stands for them all, at the best score, told from the most
 * upstream node of its chain, the others listed beside it. */
static size_t fold(hyp_group *hyp_groups, size_t n)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        hyp_cand *x = hyp_groups[i].primary;
        bool folded = false;
        for (size_t k = 0; k < kept && !folded && x->method == MG_HYP_TRANSFER; k++) {
            hyp_group *y = &hyp_groups[k];
            if (y->primary->method != MG_HYP_TRANSFER || y->primary->object != x->object || y->primary->aux != x->aux)
                continue;
            folded = true;
            hyp_cand *keep = y->primary, *other = x;
            if (on_path(x, y->primary->subject)) { /* x lies upstream: it tells the chain */
                keep = x;
                other = y->primary;
                y->primary = x;
                memset(y->member, 0, sizeof y->member);
                y->member[x->method] = x;
            }
            (void)keep;
            if (on_path(y->primary, other->subject)) continue; /* on the told chain already */
            if (y->folded_count < HYP_FOLD_MAX) y->folded[y->folded_count++] = other;
            else y->folded_more++;
        }
        if (!folded) hyp_groups[kept++] = hyp_groups[i];
    }
    return kept;
}

/* Many hypotheses about one subject (inflammation and every disease) or one object (cell
 * proliferation and every miRNA of a vesicle) would fill a listing: each further one about a
 * subject counts half of the one before, and so does each further one about an object. With one
 * subject, every object appears once, so a subject's own hypotheses keep their order: what
 * `--subject SUBJECT` ranks (and the evaluation measures) does not change. */
static void diversify(hyp_group *hyp_groups, size_t n, size_t keep, size_t node_count, const mg_hyp_options *o)
{
    /* one subject asked for (--subject X) or one object (--object Y): no repeat to spread out */
    double subject_repeat = o->from_count == 1 ? 1 : 0.5, object_repeat = o->to_count == 1 ? 1 : 0.5;
    int *seen = calloc(2 * node_count + 1, sizeof *seen);
    if (!seen) return; /* the plain order is still a valid order */
    int *seen_object = seen + node_count;
    for (size_t i = 0; i < n && (!keep || i < keep); i++) {
        size_t best = i;
        double best_score = -1;
        for (size_t k = i; k < n; k++) {
            const hyp_cand *p = hyp_groups[k].primary;
            double s = hyp_groups[k].score;
            for (int j = 0; j < seen[p->subject]; j++) s *= subject_repeat;
            for (int j = 0; p->subject != p->object && j < seen_object[p->object]; j++) s *= object_repeat;
            if (s > best_score) {
                best_score = s;
                best = k;
            }
        }
        hyp_group g = hyp_groups[best];
        memmove(&hyp_groups[i + 1], &hyp_groups[i], (best - i) * sizeof *hyp_groups);
        hyp_groups[i] = g;
        hyp_groups[i].diversity = g.score > 0 ? best_score / g.score : 1;
        hyp_groups[i].score = best_score;
        seen[g.primary->subject]++;
        if (g.primary->subject != g.primary->object) seen_object[g.primary->object]++;
    }
    free(seen);
}

mg_error_t hyp_order(hyp_group **out, size_t *count, size_t *total, hyp_cands cands[MG_HYP_METHOD_COUNT],
                     const mg_hyp_options *o, const hyp_view *v)
{
    *out = NULL;
    *count = *total = 0;
    hyp_group *groups = NULL;
    size_t ng = 0;
    mg_error_t err = combine(&groups, &ng, cands, o, v);
    if (err) return err;
    if (o->fold) ng = fold(groups, ng);
    *total = ng;
    size_t keep = o->top && o->top < ng ? o->top : ng;
    diversify(groups, ng, keep, v->n, o);
    *out = groups;
    *count = keep;
    return MG_OK;
}
