/*
 * hyp_order.c - the order a listing is read in: each method's scores divided by its best,
 * candidates about one subject and object combined (weighted sum) and multiplied by the
 * listing's factors, transfer's mediators from one disease folded into one hypothesis, and the
 * diversity rule that keeps one hub from filling the listing. hypotheses.c makes the records of
 * this order; hyp_holdout.c ranks held-out facts in it.
 */
#include "hyp_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The combination is a noisy-OR of the methods' calibrated probabilities (hyp_calibrate.c), each
 * raised to its weight: a weight of 1 believes the method as calibrated, 0 ignores it. The
 * contradictions' weight is the share of the best prediction's probability the strongest
 * dispute is listed at: disputes are open questions, not predictions, so no calibration
 * applies; one half lists the strongest among the predictions, below the best ones. The
 * comparisons' hypotheses are listed the same way: no study fold can calibrate a method resting
 * on a few dozen records, so the strongest is listed at half the best prediction's probability. */
static const double default_weights[MG_HYP_METHOD_COUNT] = {1, 1, 1, 1, 0.5, 1, 0.5};

const double *mg_hyp_default_weights(void) { return default_weights; }

static _Thread_local const mg_graph *order_graph;

/* Contradictions and loops never merge with link predictions: they are about known edges. A
 * comparison's hypothesis stands apart too: it is told, and scored, by its record (below). */
static int family(const hyp_cand *c)
{
    return c->method == MG_HYP_CONTRADICTIONS ? 1 : c->method == MG_HYP_COMPARISONS ? 2 : 0;
}

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

/* Each method's scores divided by its best (the calibration's input), candidates about one pair
 * merged, their probabilities combined (noisy-OR), times the listing's factors. */
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
    const mg_hyp_calibration *cal = o->calibration ? o->calibration : mg_hyp_default_calibration();
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
    double best_p = 0;
    for (size_t i = 0; i < total;) {
        size_t j = i + 1;
        if (!family(all[i]))
            while (j < total && !family(all[j]) && all[j]->subject == all[i]->subject && all[j]->object == all[i]->object) j++;
        hyp_group *gr = &hyp_groups[ng];
        double best = -1, keep = 1; /* the probability that every method's candidate is wrong */
        for (size_t x = i; x < j; x++) {
            hyp_cand *c = all[x];
            /* one method chosen: its own order, as it scores (the calibration is monotone in
             * its score only when the degree does not count) */
            double p = family(c) || selected == 1 ? c->norm : hyp_cal_probability(cal, v, c);
            double weight = selected > 1 ? w[c->method] : 1;
            gr->member[c->method] = c;
            if (!family(c)) keep *= p < 1 ? pow(1 - p, weight) : weight > 0 ? 0 : 1;
            if (p * weight > best) {
                best = p * weight;
                gr->primary = c;
            }
        }
        gr->probability = family(gr->primary) ? 0 : 1 - keep;
        hyp_listing_factors(&gr->listing, v, gr->primary, (const hyp_cand *const *)gr->member);
        gr->score = gr->probability * gr->listing.product;
        if (gr->probability > best_p) best_p = gr->probability;
        ng++;
        i = j;
    }
    /* Disputes and comparisons at their share of the best prediction (their norm is 1 for the
     * strongest). */
    for (size_t i = 0; i < ng; i++)
        if (family(hyp_groups[i].primary)) {
            double share = selected > 1 ? w[hyp_groups[i].primary->method] : 1;
            hyp_groups[i].score = hyp_groups[i].primary->norm * share * (best_p > 0 ? best_p : 1);
        }
    size_t kept = 0;
    for (size_t i = 0; i < ng; i++)
        if (hyp_groups[i].score > 0) hyp_groups[kept++] = hyp_groups[i];
    free(all);
    order_graph = g;
    qsort(hyp_groups, kept, sizeof *hyp_groups, cmp_hyp_group);
    *out = hyp_groups;
    *count = kept;
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
                /* the hypothesis is told, and scored, by the member it shows */
                hyp_group told = hyp_groups[i];
                told.folded_count = y->folded_count;
                told.folded_more = y->folded_more;
                memcpy(told.folded, y->folded, sizeof told.folded);
                *y = told;
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
 * proliferation and every miRNA of a vesicle) would fill a listing. Each is demoted by the
 * hypotheses already listed before it about its subject or its object, k of them, by the factor
 * 1/4 + 3/4 / (1 + k): 1, 0.625, 0.5 ... never below one quarter, so a demotion is bounded and
 * never cascades (the product of halvings it replaces reached 5e-10). Greedy: the best score
 * after demotion goes next; a lazy heap finds it, as scores only fall. With one subject asked
 * for (--subject X) its repeats are not counted, nor the object's with one --object. */
typedef struct {
    double score;
    size_t index; /* in the score order: ties go to the earlier */
} heap_item;

static bool above(const heap_item *a, const heap_item *b)
{
    return a->score > b->score || (a->score == b->score && a->index < b->index);
}

static void heap_push(heap_item *h, size_t *n, heap_item x)
{
    size_t i = (*n)++;
    while (i > 0 && above(&x, &h[(i - 1) / 2])) {
        h[i] = h[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h[i] = x;
}

static heap_item heap_pop(heap_item *h, size_t *n)
{
    heap_item top = h[0], last = h[--*n];
    size_t i = 0;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= *n) break;
        if (c + 1 < *n && above(&h[c + 1], &h[c])) c++;
        if (!above(&h[c], &last)) break;
        h[i] = h[c];
        i = c;
    }
    if (*n) h[i] = last;
    return top;
}

double hyp_diversity_factor(int repeats) { return 0.25 + 0.75 / (1.0 + repeats); }

static mg_error_t diversify(hyp_group *hyp_groups, size_t n, size_t node_count, const mg_hyp_options *o)
{
    bool count_subject = o->from_count != 1, count_object = o->to_count != 1;
    int *seen = calloc(2 * node_count + 1, sizeof *seen);
    heap_item *heap = malloc((n + 1) * sizeof *heap);
    hyp_group *order = malloc((n + 1) * sizeof *order);
    if (!seen || !heap || !order) {
        free(seen);
        free(heap);
        free(order);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    int *seen_object = seen + node_count;
    size_t hn = 0, done = 0;
    for (size_t i = 0; i < n; i++) heap_push(heap, &hn, (heap_item){hyp_groups[i].score, i});
    while (hn) {
        heap_item top = heap_pop(heap, &hn);
        const hyp_group *gr = &hyp_groups[top.index];
        const hyp_cand *p = gr->primary;
        int k = (count_subject ? seen[p->subject] : 0) + (count_object && p->subject != p->object ? seen_object[p->object] : 0);
        double now = gr->score * hyp_diversity_factor(k);
        if (now < top.score) { /* fell since it was pushed: back in at its present score */
            heap_push(heap, &hn, (heap_item){now, top.index});
            continue;
        }
        order[done] = *gr;
        order[done].diversity = hyp_diversity_factor(k);
        order[done++].score = now;
        seen[p->subject]++;
        if (p->subject != p->object) seen_object[p->object]++;
    }
    memcpy(hyp_groups, order, n * sizeof *hyp_groups);
    free(seen);
    free(heap);
    free(order);
    return MG_OK;
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
    if ((err = diversify(groups, ng, v->n, o))) {
        free(groups);
        return err;
    }
    *out = groups;
    *count = keep;
    return MG_OK;
}
