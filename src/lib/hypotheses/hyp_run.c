/*
 * hyp_run.c - running every hypothesis method the options ask for on one query, each filling its
 * own candidate list, ranked and cut to the per-method limit (hypotheses.c and hyp_evaluate.c).
 */
#include "hyp_internal.h"

mg_error_t hyp_run_methods(hyp_cands out[MG_HYP_METHOD_COUNT], const hyp_query *q)
{
    static mg_error_t (*const run[MG_HYP_METHOD_COUNT])(hyp_cands *, const hyp_query *) = {
        hyp_abc, hyp_transfer, hyp_link, hyp_dwpc, hyp_contradictions, hyp_gaps, hyp_comparisons};
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) {
        if (q->o->methods && !q->o->methods[m]) continue;
        out[m].keep = q->o->per_method;
        out[m].graph = q->v->g;
        mg_error_t err = run[m](&out[m], q);
        if (err) return err;
        for (size_t i = 0; i < out[m].count; i++) out[m].items[i].method = (mg_hyp_method)m;
        hyp_cands_rank(&out[m], q->v->g, q->o->per_method);
    }
    return MG_OK;
}
