/*
 * hyp_gaps.c - diseases with an outcome but little or no mechanism: a treatment T acts on the
 * disease D, yet few mediators (genes, pathways, processes, cells) are linked to D. The
 * mediators T acts on that are linked to other diseases are the mechanisms most likely to fill
 * the gap (the mediators of the diseases linked to D count as D's):
 *   score(M, D) = 1 / (1 + mediators of D) * sum over T -> D, T -> M, M -> D' (D' != D) of
 *                 sqrt(n(T, M) n(M, D')) * c / deg M
 * with n = studies on a step (at least 1), c = 1 when sign(T, M) * sign(M -> D) explains the
 * outcome sign(T, D) and 1/4 when it contradicts it; the predicted sign of M -> D is the sign
 * M has on the other diseases, weighted the same way.
 * Each D' counts fully when it shares a class with D (the disease-class layer, hyp_classes.c)
 * and a quarter otherwise: osteogenesis, known in osteoporosis and bone defects, is a weak
 * guess for liver I/R injury, angiogenesis known in hind-limb ischemia a strong one. A
 * mediator known only in diseases of other classes says so in its caveats. Without a class
 * table (or for a disease it does not classify) every D' counts a quarter: nothing says they
 * are related, and the order is that of the unweighted sum.
 */
#include "hyp_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    double pos, neg;   /* weight of M's other diseases by sign */
    double score;
    mg_id treatment;   /* the best-attested T */
    int treatment_studies;
    mg_id others[3];
    bool other_related[3];
    int other_count;
    int paths;
    int related;       /* paths through a D' sharing a class with D */
    mg_id path[HYP_SUPPORT_MAX][3];
    int path_count;
    bool seen;
} gap_acc;

static int direct_mediators(const hyp_view *v, mg_id d)
{
    int n = 0;
    for (size_t k = v->in_start[d]; k < v->in_start[d + 1]; k++) {
        const hyp_hop *h = &v->hops[v->in_hops[k]];
        n += h->mech && !(v->role[h->source] & (HYP_AGENT | HYP_DISEASE));
    }
    return n;
}

/* The mediators of d and of the diseases linked to it either way (sialadenitis, associated with
 * Sjogren's syndrome, shares its mechanism). */
int hyp_disease_mediators(const hyp_view *v, mg_id d)
{
    int n = direct_mediators(v, d);
    for (size_t h = v->out_start[d]; h < v->out_start[d + 1]; h++)
        if (v->hops[h].mech && (v->role[v->hops[h].target] & HYP_DISEASE)) n += direct_mediators(v, v->hops[h].target);
    for (size_t k = v->in_start[d]; k < v->in_start[d + 1]; k++) {
        const hyp_hop *h = &v->hops[v->in_hops[k]];
        if (h->mech && (v->role[h->source] & HYP_DISEASE)) n += direct_mediators(v, h->source);
    }
    return n;
}

/* The other diseases the sentence names: those sharing a class with D first (the analogy that
 * counts), then the rest, in the order met. */
static void add_other(gap_acc *a, mg_id d, bool related)
{
    for (int i = 0; i < a->other_count; i++)
        if (a->others[i] == d) return;
    if (a->other_count < 3) {
        a->others[a->other_count++] = d;
    } else if (related) {
        for (int i = 0; i < 3; i++)
            if (!a->other_related[i]) {
                a->others[i] = d;
                a->other_related[i] = true;
                return;
            }
        return;
    } else {
        return;
    }
    a->other_related[a->other_count - 1] = related;
}

/* The weight of a mediator's other disease: shared class or not (see the top). */
#define GAP_UNRELATED 0.25

/* Accumulates what treatment `t` (acting on d with sign `outcome`) says about mediator m;
 * cls[x] holds disease x's classes. */
static void collect(const hyp_view *v, gap_acc *a, mg_id t, const hyp_hop *tm, mg_id m, mg_id d, const hyp_class_set *cls)
{
    /* 1 / deg M: a factor per subject, so it orders mediators (inflammation, linked to
     * everything, fills no listing) without changing a mediator's own ranking of diseases */
    double damp = 1.0 / (v->deg[m] > 0 ? v->deg[m] : 1);
    for (size_t h = v->out_start[m]; h < v->out_start[m + 1]; h++) {
        const hyp_hop *md = &v->hops[h];
        if (!md->mech || md->target == d || !(v->role[md->target] & HYP_DISEASE) || hyp_hop_sign(md) == 0) continue;
        bool related = (cls[d] & cls[md->target]) != 0;
        double w = sqrt((tm->studies > 1 ? tm->studies : 1) * (double)(md->studies > 1 ? md->studies : 1)) * damp *
                   (related ? 1 : GAP_UNRELATED);
        a->related += related;
        if (hyp_hop_sign(md) > 0) a->pos += w;
        else a->neg += w;
        a->score += w;
        a->paths++;
        add_other(a, md->target, related);
        if (a->path_count < HYP_SUPPORT_MAX) {
            a->path[a->path_count][0] = t;
            a->path[a->path_count][1] = m;
            a->path[a->path_count][2] = md->target;
            a->path_count++;
        }
        if (tm->studies > a->treatment_studies || a->treatment < 0) {
            a->treatment = t;
            a->treatment_studies = tm->studies;
        }
    }
}

mg_error_t hyp_gaps(hyp_cands *out, const hyp_query *q)
{
    const hyp_view *v = q->v;
    gap_acc *acc = calloc(v->n + 1, sizeof *acc);
    mg_id *touched = malloc((v->n + 1) * sizeof *touched);
    int *outcome = calloc(v->n + 1, sizeof *outcome); /* per mediator: sign of the treatment's outcome */
    hyp_class_set *cls = calloc(v->n + 1, sizeof *cls);
    hyp_classes classes = {0};
    mg_error_t err = MG_OK;
    size_t steps = 0;
    if (!acc || !touched || !outcome || !cls) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    if ((err = hyp_classes_load(&classes, q->o))) goto done;
    for (mg_id x = 0; (size_t)x < v->n; x++)
        if (v->role[x] & HYP_DISEASE) cls[x] = hyp_classes_of(&classes, v->g, x);
    for (mg_id d = 0; (size_t)d < v->n && !out->truncated; d++) {
        if (!(v->role[d] & HYP_DISEASE) || !q->object_ok[d]) continue;
        double gap = 1.0 / (1 + hyp_disease_mediators(v, d));
        size_t nt = 0;
        for (size_t k = v->in_start[d]; k < v->in_start[d + 1] && !out->truncated; k++) {
            const hyp_hop *td = &v->hops[v->in_hops[k]];
            mg_id t = td->source;
            if (!td->mech || !(v->role[t] & HYP_AGENT)) continue;
            for (size_t h = v->out_start[t]; h < v->out_start[t + 1]; h++) {
                if (++steps > q->budget) {
                    out->truncated = "gaps: budget of steps reached";
                    break;
                }
                const hyp_hop *tm = &v->hops[h];
                mg_id m = tm->target;
                /* a disputed or unsigned step cannot say whether M explains the outcome */
                if (!tm->mech || hyp_hop_sign(tm) == 0 || !(v->role[m] & HYP_MEDIATOR) || (v->role[m] & HYP_DISEASE)) continue;
                if (!q->subject_ok[m] || !hyp_new_link_ok(q, m, d)) continue;
                gap_acc *a = &acc[m];
                if (!a->seen) {
                    touched[nt++] = m;
                    a->seen = true;
                    a->treatment = -1;
                }
                double before = a->score;
                collect(v, a, t, tm, m, d, cls);
                /* whether M's predicted sign explains the treatment's outcome: checked per T */
                if (a->score > before) outcome[m] += hyp_hop_sign(tm) * hyp_hop_sign(td);
            }
        }
        for (size_t i = 0; i < nt && !err; i++) {
            mg_id m = touched[i];
            gap_acc *a = &acc[m];
            if (a->paths == 0) continue;
            hyp_cand *c = hyp_cands_add(out);
            if (!c) {
                err = mg__fail(MG_ENOMEM, "out of memory");
                break;
            }
            c->subject = m;
            c->object = d;
            c->novel = true;
            c->sign = a->pos > a->neg ? 1 : a->neg > a->pos ? -1 : 0;
            if (a->pos > 0 && a->neg > 0) c->caveats |= HYP_CAV_MIXED;
            if (!a->related && classes.count) c->caveats |= HYP_CAV_UNRELATED;
            /* sign(T, M) sign(M, D) should be the outcome's sign: outcome[m] counts sign(T, M)
             * sign(T, D) over the treatments, so its sign should be that of M -> D */
            double consistency = 1.0;
            if (c->sign && outcome[m] && (outcome[m] > 0) != (c->sign > 0)) {
                consistency = 0.25;
                c->caveats |= HYP_CAV_INCONSISTENT;
            }
            c->score = gap * a->score * consistency;
            hyp_cand_comp(c, "subject_degree", v->deg[m]);
            c->aux = a->treatment;
            hyp_cand_comp(c, "gap", gap);
            hyp_cand_comp(c, "evidence", a->score);
            hyp_cand_comp(c, "consistency", consistency);
            for (int p = 0; p < a->path_count; p++) hyp_cand_path(c, a->path[p], 3);
            c->more = a->paths - a->path_count;
            int e = 0;
            for (int pass = 1; pass >= 0; pass--)
                for (int k = 0; k < a->other_count; k++)
                    if (a->other_related[k] == (pass == 1)) c->extra[e++] = a->others[k];
            c->extra_count = a->other_count;
        }
        for (size_t i = 0; i < nt; i++) {
            memset(&acc[touched[i]], 0, sizeof *acc);
            outcome[touched[i]] = 0;
        }
    }
done:
    hyp_classes_destroy(&classes);
    free(cls);
    free(acc);
    free(touched);
    free(outcome);
    return err;
}
