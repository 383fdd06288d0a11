/*
 * hyp_transfer.c - mechanism transfer between similar diseases. A disease's mechanism is what
 * its own studies show: the nodes that reach it within four steps through edges with evidence
 * in that disease (the evidence's `disease`). Two diseases are similar when their mechanisms
 * share sources, mediators and phenotypes, weighted by rarity:
 *   sim(D, E) = sum of idf(x) over x in both / sum of idf(x) over x in either,
 *   idf(x) = ln(1 + diseases / diseases whose mechanism holds x)
 * so that iMSC-EV, in almost every mechanism, counts little. A mediator M of E's mechanism
 * that D's lacks is proposed for D, with the sign of its path to E:
 *   score(M, D) = sum over the (five most) similar E of sim(D, E) * entry(M, E, D), / sqrt(deg M)
 * where entry = 1 / steps from M to the first node of D's own mechanism on M's path to E
 * (SP1 -> SK1 -> S1P -| necrosis enters hepatic I/R's mechanism at necrosis), or 1 / (2 steps
 * to E) when the path never meets D's mechanism. Two diseases count as similar when sim >= 0.1
 * and they share two mediators at least (one shared node is a coincidence, not an analogy).
 *
 * Disease classes (hyp_classes.c) are prior knowledge of relatedness: sharing a class is a
 * second, independent reason to think two diseases alike, combined with the mechanisms' as
 * a noisy-or,
 *   sim'(D, E) = 1 - (1 - sim(D, E)) (1 - PRIOR [D and E share a class]),
 * and diseases that share a class are sources for each other whatever their mechanisms share.
 * PRIOR is MIN_SIM, fixed from that principle before any evaluation was looked at: a shared
 * class, on its own, is worth exactly the least mechanistic similarity an analogy needs: it
 * makes E a source for D, and adds to a real overlap without ever outweighing a larger one.
 */
#include "hyp_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define DEPTH 4
#define SOURCES 5
#define MIN_SIM 0.1
#define MIN_SHARED 2
#define PRIOR MIN_SIM /* a shared class is worth the least similarity an analogy needs */

typedef struct {
    mg_id *nodes; /* the mechanism's nodes, in BFS order */
    int *dist;    /* steps to the disease */
    size_t *next; /* the hop each takes towards the disease (index in view->hops) */
    size_t *up;   /* the position of the node that hop leads to */
    size_t count;
} mechanism;

typedef struct {
    const hyp_view *v;
    mg_id *diseases;
    size_t nd;
    int *index;        /* [n]: the disease's index, or -1 */
    size_t *ctx_start; /* [hop_count + 1]: the diseases whose studies show hop h are */
    int *ctx;          /* ctx[ctx_start[h] .. ctx_start[h + 1]) (few hops have any) */
    mechanism *mech;   /* [nd] */
    double *idf;       /* [n] */
    hyp_classes classes;
    hyp_class_set *cls; /* [nd]: each disease's classes */
} transfer_data;

static void destroy(transfer_data *t)
{
    for (size_t i = 0; t->mech && i < t->nd; i++) {
        free(t->mech[i].nodes);
        free(t->mech[i].dist);
        free(t->mech[i].next);
        free(t->mech[i].up);
    }
    free(t->mech);
    free(t->diseases);
    free(t->index);
    free(t->ctx_start);
    free(t->ctx);
    free(t->idf);
    free(t->cls);
    hyp_classes_destroy(&t->classes);
}

/* The disease an evidence record was observed in, as an index of t->diseases, or -1. */
static int context_of(const transfer_data *t, const mg_evidence *x)
{
    mg_id node = hyp_evidence_disease(t->v->g, x);
    return node >= 0 ? t->index[node] : -1;
}

static mg_error_t mark_contexts(transfer_data *t)
{
    const hyp_view *v = t->v;
    size_t cap = 0, n = 0;
    t->ctx_start = calloc(v->hop_count + 1, sizeof *t->ctx_start);
    if (!t->ctx_start) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t h = 0; h < v->hop_count; h++) {
        t->ctx_start[h] = n;
        if (!v->hops[h].mech) continue;
        for (size_t k = 0; k < v->hops[h].edge_count; k++) {
            const mg_edge *e = mg_graph_edge(v->g, v->edges[v->hops[h].edge_start + k]);
            if (mg_relation_sign(e->relation) == MG_SIGN_STRUCTURAL) continue;
            for (size_t j = 0; j < e->evidence_count; j++) {
                int d = context_of(t, &e->evidence[j]);
                bool dup = d < 0;
                for (size_t i = t->ctx_start[h]; i < n && !dup; i++) dup = t->ctx[i] == d;
                if (dup) continue;
                if (mg__reserve((void **)&t->ctx, &cap, n + 1, sizeof *t->ctx)) return mg__fail(MG_ENOMEM, "out of memory");
                t->ctx[n++] = d;
            }
        }
    }
    t->ctx_start[v->hop_count] = n;
    return MG_OK;
}

static bool in_context(const transfer_data *t, size_t d, size_t h)
{
    for (size_t i = t->ctx_start[h]; i < t->ctx_start[h + 1]; i++)
        if (t->ctx[i] == (int)d) return true;
    return false;
}

/* Backward BFS from disease d through its own studies' hops. */
static mg_error_t build_mechanism(transfer_data *t, size_t d, int *seen)
{
    const hyp_view *v = t->v;
    mechanism *m = &t->mech[d];
    size_t cap = 16;
    m->nodes = malloc(cap * sizeof *m->nodes);
    m->dist = malloc(cap * sizeof *m->dist);
    m->next = malloc(cap * sizeof *m->next);
    m->up = malloc(cap * sizeof *m->up);
    if (!m->nodes || !m->dist || !m->next || !m->up) return mg__fail(MG_ENOMEM, "out of memory");
    mg_id target = t->diseases[d];
    m->nodes[0] = target;
    m->dist[0] = 0;
    m->next[0] = 0;
    m->up[0] = 0;
    m->count = 1;
    seen[target] = (int)d;
    for (size_t head = 0; head < m->count; head++) {
        mg_id x = m->nodes[head];
        if (m->dist[head] >= DEPTH) continue;
        for (size_t k = v->in_start[x]; k < v->in_start[x + 1]; k++) {
            size_t h = v->in_hops[k];
            mg_id s = v->hops[h].source;
            if (!in_context(t, d, h) || seen[s] == (int)d) continue;
            seen[s] = (int)d;
            if (m->count == cap) {
                cap *= 2;
                mg_id *a = realloc(m->nodes, cap * sizeof *a);
                if (a) m->nodes = a;
                int *b = realloc(m->dist, cap * sizeof *b);
                if (b) m->dist = b;
                size_t *c = realloc(m->next, cap * sizeof *c);
                if (c) m->next = c;
                size_t *u = realloc(m->up, cap * sizeof *u);
                if (u) m->up = u;
                if (!a || !b || !c || !u) return mg__fail(MG_ENOMEM, "out of memory");
            }
            m->nodes[m->count] = s;
            m->dist[m->count] = m->dist[head] + 1;
            m->next[m->count] = h;
            m->up[m->count] = head;
            m->count++;
        }
    }
    return MG_OK;
}

static mg_error_t prepare(transfer_data *t, const hyp_view *v, const mg_hyp_options *o)
{
    memset(t, 0, sizeof *t);
    t->v = v;
    t->index = malloc((v->n + 1) * sizeof *t->index);
    t->diseases = malloc((v->n + 1) * sizeof *t->diseases);
    t->idf = calloc(v->n + 1, sizeof *t->idf);
    int *seen = malloc((v->n + 1) * sizeof *seen);
    mg_error_t err = MG_OK;
    if (!t->index || !t->diseases || !t->idf || !seen) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < v->n; i++) {
        t->index[i] = -1;
        seen[i] = -1;
        if (v->role[i] & HYP_DISEASE) {
            t->index[i] = (int)t->nd;
            t->diseases[t->nd++] = (mg_id)i;
        }
    }
    t->mech = calloc(t->nd + 1, sizeof *t->mech);
    if (!t->mech) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    if ((err = hyp_classes_load(&t->classes, o))) goto done;
    if (!(t->cls = calloc(t->nd + 1, sizeof *t->cls))) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t d = 0; d < t->nd; d++) t->cls[d] = hyp_classes_of(&t->classes, v->g, t->diseases[d]);
    if ((err = mark_contexts(t))) goto done;
    size_t with_mechanism = 0;
    for (size_t d = 0; d < t->nd && !err; d++) {
        err = build_mechanism(t, d, seen);
        if (t->mech[d].count > 1) with_mechanism++;
        for (size_t i = 1; i < t->mech[d].count; i++) t->idf[t->mech[d].nodes[i]] += 1;
    }
    for (size_t i = 0; i < v->n; i++)
        if (t->idf[i] > 0) t->idf[i] = log(1.0 + (double)with_mechanism / t->idf[i]);
done:
    free(seen);
    return err;
}

/* Weighted Jaccard of two mechanisms, and through *shared the mediators they share (agents
 * left out); `mark` ([n], zeroed) is left zeroed. */
static double similarity(const transfer_data *t, size_t a, size_t b, char *mark, int *shared)
{
    const mechanism *ma = &t->mech[a], *mb = &t->mech[b];
    double both = 0, either = 0;
    *shared = 0;
    for (size_t i = 1; i < ma->count; i++) mark[ma->nodes[i]] = 1;
    for (size_t i = 1; i < mb->count; i++) {
        mg_id x = mb->nodes[i];
        if (mark[x] == 1 && !(t->v->role[x] & HYP_AGENT)) (*shared)++;
        if (mark[x]) both += t->idf[x];
        either += t->idf[x];
        mark[x] = 2;
    }
    for (size_t i = 1; i < ma->count; i++) {
        if (mark[ma->nodes[i]] == 1) either += t->idf[ma->nodes[i]];
        mark[ma->nodes[i]] = 0;
    }
    for (size_t i = 1; i < mb->count; i++) mark[mb->nodes[i]] = 0;
    return either > 0 ? both / either : 0;
}

/* The path M -> ... -> E along the BFS tree, with an agent of E's studies acting on M in front
 * when there is one; returns its node count. *sign receives the sign from M to E. */
static int mechanism_path(const transfer_data *t, size_t e, size_t pos, mg_id *path, int *sign)
{
    const hyp_view *v = t->v;
    const mechanism *m = &t->mech[e];
    mg_id x = m->nodes[pos];
    int len = 0;
    /* an agent of the source disease's studies that acts on M, the best attested */
    mg_id agent = -1;
    int best = -1;
    for (size_t k = v->in_start[x]; k < v->in_start[x + 1]; k++) {
        size_t h = v->in_hops[k];
        if (!in_context(t, e, h) || !(v->role[v->hops[h].source] & HYP_AGENT)) continue;
        if (v->hops[h].studies > best) {
            best = v->hops[h].studies;
            agent = v->hops[h].source;
        }
    }
    if (agent >= 0) path[len++] = agent;
    *sign = 1;
    size_t i = pos;
    path[len++] = x;
    while (m->dist[i] > 0 && len < HYP_PATH_MAX) {
        const hyp_hop *h = &v->hops[m->next[i]];
        *sign *= hyp_hop_sign(h);
        path[len++] = h->target;
        i = m->up[i];
    }
    return len;
}

/* The three shared nodes of two mechanisms with the highest idf, into out; returns how many. */
static int shared_nodes(const transfer_data *t, size_t a, size_t b, mg_id *out, char *mark)
{
    const mechanism *ma = &t->mech[a], *mb = &t->mech[b];
    int n = 0;
    for (size_t i = 1; i < ma->count; i++) mark[ma->nodes[i]] = 1;
    for (size_t i = 1; i < mb->count; i++) {
        mg_id x = mb->nodes[i];
        if (mark[x] != 1 || (t->v->role[x] & HYP_AGENT)) continue;
        int pos = n < 3 ? n : 3;
        while (pos > 0 && t->idf[out[pos - 1]] < t->idf[x]) pos--;
        if (pos >= 3) continue;
        for (int k = (n < 3 ? n : 2); k > pos; k--) out[k] = out[k - 1];
        out[pos] = x;
        if (n < 3) n++;
    }
    for (size_t i = 1; i < ma->count; i++) mark[ma->nodes[i]] = 0;
    return n;
}

typedef struct {
    size_t d;
    double sim;   /* sim', with the prior */
    double prior; /* what the prior added to it */
} neighbour;

static int cmp_neighbour(const void *a, const void *b)
{
    const neighbour *x = a, *y = b;
    if (x->sim != y->sim) return x->sim > y->sim ? -1 : 1;
    return x->d < y->d ? -1 : x->d > y->d;
}

/* How directly M's path to E enters D's own mechanism (marked 1 in `mark`): 1 / steps to the
 * first node of D's mechanism on it, or 1 / (2 steps to E) when it never does. */
static double entry_weight(const transfer_data *t, size_t e, size_t pos, const char *mark)
{
    const mechanism *m = &t->mech[e];
    int steps = 0;
    for (size_t i = pos; m->dist[i] > 0;) {
        i = m->up[i];
        steps++;
        if (mark[m->nodes[i]] == 1) return 1.0 / steps;
    }
    return 0.5 / (steps > 0 ? steps : 1);
}

typedef struct {
    double score, best;
    size_t source, pos; /* the best source disease and M's place in its mechanism */
    double similarity, prior;
    int sources;
} transfer_acc;

static mg_error_t emit(hyp_cands *out, const transfer_data *t, size_t d, mg_id m, const transfer_acc *a, char *mark)
{
    hyp_cand *c = hyp_cands_add(out);
    if (!c) return mg__fail(MG_ENOMEM, "out of memory");
    c->subject = m;
    c->object = t->diseases[d];
    c->novel = true;
    /* a per-subject factor: hub mediators (inflammation) fill no listing, and each mediator's
     * own ranking of diseases stays as the similarities give it */
    c->score = a->score / sqrt(t->v->deg[m] > 0 ? t->v->deg[m] : 1);
    mg_id path[HYP_PATH_MAX];
    int sign;
    int len = mechanism_path(t, a->source, a->pos, path, &sign);
    c->sign = sign;
    if (sign == 0) c->caveats |= HYP_CAV_UNSIGNED;
    hyp_cand_path(c, path, len);
    c->aux = t->diseases[a->source];
    c->aux_value = a->similarity;
    hyp_cand_comp(c, "similarity", c->aux_value);
    hyp_cand_comp(c, "steps", t->mech[a->source].dist[a->pos]);
    hyp_cand_comp(c, "sources", a->sources);
    hyp_cand_comp(c, "class_prior", a->prior);
    int k = hyp_classes_narrowest(&t->classes, t->cls[d] & t->cls[a->source]);
    if (k >= 0) memcpy(c->aux_text, t->classes.name[k], sizeof c->aux_text);
    c->extra_count = shared_nodes(t, d, a->source, c->extra, mark);
    return MG_OK;
}

mg_error_t hyp_transfer(hyp_cands *out, const hyp_query *q)
{
    const hyp_view *v = q->v;
    transfer_data t;
    mg_error_t err = prepare(&t, v, q->o);
    char *mark = calloc(v->n + 1, 1);
    neighbour *near = malloc((t.nd + 1) * sizeof *near);
    transfer_acc *acc = calloc(v->n + 1, sizeof *acc);
    mg_id *touched = malloc((v->n + 1) * sizeof *touched);
    size_t steps = 0;
    if (!err && (!mark || !near || !acc || !touched)) err = mg__fail(MG_ENOMEM, "out of memory");
    for (size_t d = 0; !err && d < t.nd && !out->truncated; d++) {
        mg_id target = t.diseases[d];
        if (!q->object_ok[target] || t.mech[d].count < 2) continue;
        size_t nn = 0, nt = 0;
        for (size_t e = 0; e < t.nd && !out->truncated; e++) {
            if (e == d || t.mech[e].count < 2) continue;
            /* comparing every pair of diseases is work too: counted, a node a step */
            steps += t.mech[d].count + t.mech[e].count;
            if (steps > q->budget) {
                out->truncated = "transfer: budget of pairs reached";
                break;
            }
            int shared;
            double s = similarity(&t, d, e, mark, &shared);
            /* an analogy needs two points at least: one shared mediator is a coincidence;
             * a shared class is prior knowledge that the two are alike */
            bool related = (t.cls[d] & t.cls[e]) != 0;
            double prior = related ? PRIOR * (1 - s) : 0;
            if ((s >= MIN_SIM && shared >= MIN_SHARED) || related) near[nn++] = (neighbour){e, s + prior, prior};
        }
        qsort(near, nn, sizeof *near, cmp_neighbour);
        if (nn > SOURCES) nn = SOURCES;
        for (size_t i = 1; i < t.mech[d].count; i++) mark[t.mech[d].nodes[i]] = 1;
        for (size_t k = 0; k < nn && !out->truncated; k++) {
            size_t e = near[k].d;
            for (size_t i = 1; i < t.mech[e].count; i++) {
                if (++steps > q->budget) {
                    out->truncated = "transfer: budget of pairs reached";
                    break;
                }
                mg_id m = t.mech[e].nodes[i];
                if (mark[m] || !(v->role[m] & HYP_MEDIATOR) || (v->role[m] & HYP_DISEASE)) continue;
                if (!hyp_new_link_ok(q, m, target)) continue;
                double add = near[k].sim * entry_weight(&t, e, i, mark);
                transfer_acc *a = &acc[m];
                if (a->sources == 0) touched[nt++] = m;
                a->score += add;
                a->sources++;
                if (add > a->best) {
                    a->best = add;
                    a->source = e;
                    a->pos = i;
                    a->similarity = near[k].sim;
                    a->prior = near[k].prior;
                }
            }
        }
        for (size_t i = 1; i < t.mech[d].count; i++) mark[t.mech[d].nodes[i]] = 0;
        for (size_t i = 0; i < nt && !err; i++) err = emit(out, &t, d, touched[i], &acc[touched[i]], mark);
        for (size_t i = 0; i < nt; i++) memset(&acc[touched[i]], 0, sizeof *acc);
    }
    free(mark);
    free(near);
    free(acc);
    free(touched);
    destroy(&t);
    return err;
}
