/*
 * hyp_dwpc.c - degree-weighted path counts (Himmelstein et al. 2017, Hetionet): every path of
 * two or three steps from the subject to the object through mediators counts with weight
 *   PDP = prod over its steps a -> b of (D_out(a, type b) * D_in(b, type a))^-0.4
 * where D_out(a, T) is the number of steps from a to nodes of type T and D_in(b, T) the number
 * into b from nodes of type T: the degrees along the step's metaedge, so a hub counts less on
 * the metaedges where it is a hub. DWPC(u, v) = sum of PDP over the paths. Steps follow
 * non-structural edges forward and associations either way.
 */
#include "hyp_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define DAMPING 0.4
#define T MG_NODE_TYPE_COUNT

typedef struct {
    double dwpc, pos, neg;
    int paths;
    bool unsigned_step;
    mg_id best[HYP_SUPPORT_MAX][4];
    int best_len[HYP_SUPPORT_MAX];
    double best_w[HYP_SUPPORT_MAX];
} dwpc_acc;

typedef struct {
    const hyp_query *q;
    const int *dout, *din; /* [n * T] */
    dwpc_acc *acc;
    mg_id *touched;
    size_t nt, steps;
    bool stop;
} dwpc_run;

static double step_weight(const dwpc_run *r, mg_id a, mg_id b)
{
    const hyp_view *v = r->q->v;
    double d = (double)r->dout[a * T + v->type[b]] * (double)r->din[b * T + v->type[a]];
    return pow(d > 1 ? d : 1, -DAMPING);
}

static void record(dwpc_run *r, const mg_id *path, int len, double pdp, int sign, bool unsig)
{
    mg_id t = path[len - 1];
    dwpc_acc *x = &r->acc[t];
    if (x->paths == 0) r->touched[r->nt++] = t;
    x->paths++;
    x->dwpc += pdp;
    if (unsig) x->unsigned_step = true;
    else if (sign > 0) x->pos += pdp;
    else if (sign < 0) x->neg += pdp;
    int n = x->paths - 1 < HYP_SUPPORT_MAX ? x->paths - 1 : HYP_SUPPORT_MAX;
    int pos = n;
    while (pos > 0 && x->best_w[pos - 1] < pdp) pos--;
    if (pos >= HYP_SUPPORT_MAX) return;
    int last = n < HYP_SUPPORT_MAX ? n : HYP_SUPPORT_MAX - 1;
    for (int i = last; i > pos; i--) {
        memcpy(x->best[i], x->best[i - 1], sizeof x->best[i]);
        x->best_len[i] = x->best_len[i - 1];
        x->best_w[i] = x->best_w[i - 1];
    }
    memcpy(x->best[pos], path, (size_t)len * sizeof *path);
    x->best_len[pos] = len;
    x->best_w[pos] = pdp;
}

static void extend(dwpc_run *r, mg_id *path, int len, double pdp, int sign, bool unsig)
{
    const hyp_view *v = r->q->v;
    mg_id a = path[len - 1];
    hyp_walk w;
    mg_id b;
    const hyp_hop *h;
    hyp_walk_init(&w, v, a);
    while (!r->stop && hyp_walk_next(&w, &b, &h)) {
        if (++r->steps > r->q->budget) {
            r->stop = true;
            return;
        }
        bool repeated = false;
        for (int i = 0; i < len && !repeated; i++) repeated = path[i] == b;
        if (repeated) continue;
        path[len] = b;
        double p = pdp * step_weight(r, a, b);
        int s = sign * hyp_hop_sign(h);
        bool un = unsig || hyp_hop_sign(h) == 0;
        if (len >= 2 && r->q->object_ok[b] && hyp_new_link_ok(r->q, path[0], b)) record(r, path, len + 1, p, s, un);
        if (len < 3 && (v->role[b] & HYP_MEDIATOR) && !(v->role[b] & HYP_DISEASE)) extend(r, path, len + 1, p, s, un);
    }
}

static mg_error_t degrees(const hyp_view *v, int **dout, int **din)
{
    *dout = calloc(v->n * T + 1, sizeof **dout);
    *din = calloc(v->n * T + 1, sizeof **din);
    if (!*dout || !*din) return mg__fail(MG_ENOMEM, "out of memory");
    for (mg_id a = 0; (size_t)a < v->n; a++) {
        hyp_walk w;
        mg_id b;
        const hyp_hop *h;
        hyp_walk_init(&w, v, a);
        while (hyp_walk_next(&w, &b, &h)) {
            (*dout)[a * T + v->type[b]]++;
            (*din)[b * T + v->type[a]]++;
        }
    }
    return MG_OK;
}

static mg_error_t emit(hyp_cands *out, mg_id u, mg_id t, const dwpc_acc *x)
{
    hyp_cand *c = hyp_cands_add(out);
    if (!c) return mg__fail(MG_ENOMEM, "out of memory");
    c->subject = u;
    c->object = t;
    c->score = x->dwpc;
    c->novel = true;
    hyp_cand_sign_from_paths(c, x->pos, x->neg, x->unsigned_step);
    hyp_cand_comp(c, "dwpc", x->dwpc);
    hyp_cand_comp(c, "paths", x->paths);
    int kept = x->paths < HYP_SUPPORT_MAX ? x->paths : HYP_SUPPORT_MAX;
    for (int i = 0; i < kept; i++) hyp_cand_path(c, x->best[i], x->best_len[i]);
    c->more = x->paths - kept;
    return MG_OK;
}

mg_error_t hyp_dwpc(hyp_cands *out, const hyp_query *q)
{
    const hyp_view *v = q->v;
    int *dout = NULL, *din = NULL;
    dwpc_run r = {q, NULL, NULL, NULL, NULL, 0, 0, false};
    mg_error_t err = degrees(v, &dout, &din);
    r.dout = dout;
    r.din = din;
    r.acc = calloc(v->n + 1, sizeof *r.acc);
    r.touched = malloc((v->n + 1) * sizeof *r.touched);
    if (!err && (!r.acc || !r.touched)) err = mg__fail(MG_ENOMEM, "out of memory");
    for (mg_id u = 0; !err && (size_t)u < v->n && !r.stop; u++) {
        if (!q->subject_ok[u]) continue;
        mg_id path[4] = {u, -1, -1, -1};
        r.nt = 0;
        extend(&r, path, 1, 1.0, 1, false);
        for (size_t i = 0; i < r.nt && !err; i++) err = emit(out, u, r.touched[i], &r.acc[r.touched[i]]);
        for (size_t i = 0; i < r.nt; i++) memset(&r.acc[r.touched[i]], 0, sizeof *r.acc);
    }
    if (r.stop) out->truncated = "dwpc: budget of path steps reached";
    free(dout);
    free(din);
    free(r.acc);
    free(r.touched);
    return err;
}
