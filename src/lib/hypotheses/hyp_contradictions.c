/*
 * hyp_contradictions.c - the open questions the literature leaves:
 * - disputes: one pair with edges of both signs (iMSCs raise and lower Th17). Score
 *   sqrt(n+ n-), n+- = distinct studies behind each sign (at least 1).
 * - feedback loops: directed cycles of two to four signed steps, with their parity (the product
 *   of the signs: + reinforces itself, - holds itself in check). Score sqrt(min studies) / length,
 *   halved when one study reports the whole loop (it was seen, not inferred).
 */
#include "hyp_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define LOOP_MAX 4

static int studies_of_sign(const hyp_view *v, const hyp_hop *h, mg_sign sign)
{
    const mg_reference *seen[64];
    int n = 0;
    for (size_t i = 0; i < h->edge_count; i++) {
        const mg_edge *e = mg_graph_edge(v->g, v->edges[h->edge_start + i]);
        if (mg_relation_sign(e->relation) != sign) continue;
        for (size_t k = 0; k < e->evidence_count; k++) {
            bool dup = false;
            for (int j = 0; j < n && !dup; j++) dup = seen[j] == e->evidence[k].ref;
            if (!dup && n < 64) seen[n++] = e->evidence[k].ref;
        }
    }
    return n;
}

static mg_error_t disputes(hyp_cands *out, const hyp_query *q)
{
    const hyp_view *v = q->v;
    for (size_t i = 0; i < v->hop_count; i++) {
        const hyp_hop *h = &v->hops[i];
        if (h->sign != 2 || !q->subject_ok[h->source] || !q->object_ok[h->target]) continue;
        int np = studies_of_sign(v, h, MG_SIGN_POSITIVE), nn = studies_of_sign(v, h, MG_SIGN_NEGATIVE);
        hyp_cand *c = hyp_cands_add(out);
        if (!c) return mg__fail(MG_ENOMEM, "out of memory");
        c->subject = h->source;
        c->object = h->target;
        c->sign = 0;
        c->score = sqrt((np > 1 ? np : 1) * (double)(nn > 1 ? nn : 1));
        hyp_cand_comp(c, "studies_positive", np);
        hyp_cand_comp(c, "studies_negative", nn);
        mg_id p[2] = {h->source, h->target};
        hyp_cand_path(c, p, 2);
    }
    return MG_OK;
}

typedef struct {
    const hyp_query *q;
    hyp_cands *out;
    mg_id path[LOOP_MAX + 1];
    const hyp_hop *hops[LOOP_MAX];
    size_t steps;
    bool stop;
    mg_error_t err;
} loop_run;

/* One study behind every step: the loop is a finding of that study rather than an inference. */
static bool one_study(const hyp_view *v, const hyp_hop *const *hops, int len)
{
    const mg_reference *r = NULL;
    for (int i = 0; i < len; i++) {
        for (size_t k = 0; k < hops[i]->edge_count; k++) {
            const mg_edge *e = mg_graph_edge(v->g, v->edges[hops[i]->edge_start + k]);
            for (size_t j = 0; j < e->evidence_count; j++) {
                if (!r) r = e->evidence[j].ref;
                else if (r != e->evidence[j].ref) return false;
            }
        }
    }
    return r != NULL;
}

static void close_loop(loop_run *r, int len)
{
    const hyp_view *v = r->q->v;
    bool subject = false, object = false;
    mg_id anchor = r->path[0];
    for (int i = 0; i < len; i++) {
        subject |= r->q->subject_ok[r->path[i]];
        object |= r->q->object_ok[r->path[i]];
        /* with a named subject, the loop is told from it */
        if (r->q->o->from && r->q->subject_ok[r->path[i]] && anchor == r->path[0]) anchor = r->path[i];
    }
    if (!subject || !object) return;
    int parity = 1, min_studies = 1 << 30;
    for (int i = 0; i < len; i++) {
        parity *= hyp_hop_sign(r->hops[i]);
        if (r->hops[i]->studies < min_studies) min_studies = r->hops[i]->studies;
    }
    hyp_cand *c = hyp_cands_add(r->out);
    if (!c) {
        r->err = mg__fail(MG_ENOMEM, "out of memory");
        r->stop = true;
        return;
    }
    c->subject = c->object = anchor;
    c->sign = parity;
    c->caveats |= HYP_CAV_LOOP;
    bool single = one_study(v, r->hops, len);
    c->score = sqrt(min_studies > 1 ? min_studies : 1) / len * (single ? 0.5 : 1.0);
    hyp_cand_comp(c, "length", len);
    hyp_cand_comp(c, "min_studies", min_studies);
    hyp_cand_comp(c, "one_study", single);
    /* the path runs from the anchor round to it */
    int start = 0;
    while (r->path[start] != anchor) start++;
    mg_id p[LOOP_MAX + 1];
    for (int i = 0; i <= len; i++) p[i] = r->path[(start + i) % len];
    hyp_cand_path(c, p, len + 1);
}

static void search(loop_run *r, int len)
{
    const hyp_view *v = r->q->v;
    mg_id a = r->path[len - 1], s = r->path[0];
    for (size_t i = v->out_start[a]; i < v->out_start[a + 1] && !r->stop; i++) {
        const hyp_hop *h = &v->hops[i];
        if (++r->steps > r->q->budget) {
            r->stop = true;
            return;
        }
        /* loops of signed steps only, each found once: from its lowest node */
        if (!h->mech || hyp_hop_sign(h) == 0 || h->target < s) continue;
        r->hops[len - 1] = h;
        if (h->target == s) {
            if (len >= 2) close_loop(r, len);
            continue;
        }
        bool repeated = false;
        for (int k = 0; k < len && !repeated; k++) repeated = r->path[k] == h->target;
        if (repeated || len >= LOOP_MAX) continue;
        r->path[len] = h->target;
        search(r, len + 1);
    }
}

mg_error_t hyp_contradictions(hyp_cands *out, const hyp_query *q)
{
    mg_error_t err = disputes(out, q);
    if (err) return err;
    loop_run r;
    memset(&r, 0, sizeof r);
    r.q = q;
    r.out = out;
    for (mg_id s = 0; (size_t)s < q->v->n && !r.stop; s++) {
        r.path[0] = s;
        search(&r, 1);
    }
    if (r.stop && !r.err) out->truncated = "contradictions: budget of loop steps reached";
    return r.err;
}
