/*
 * hyp_cands.c - the candidate lists every hypothesis method fills, the query (which subjects
 * and objects are allowed), and the checks that keep trivial links out (hyp_run.c runs the methods).
 */
#include "hyp_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Cuts below this many candidates are not worth a sort. */
#define PRUNE_MIN 65536

hyp_cand *hyp_cands_add(hyp_cands *c)
{
    /* A method's list grows with its budget (link's 10 million pairs on Hetionet held 700 MB of
     * candidates) but only its `keep` best survive: past four times that many, keep them now.
     * The order is the final ranking's, so the survivors are the same. */
    size_t at = c->keep * 4 > PRUNE_MIN ? c->keep * 4 : PRUNE_MIN;
    if (c->keep && c->graph && c->count >= at) hyp_cands_rank(c, c->graph, c->keep);
    if (mg__reserve((void **)&c->items, &c->cap, c->count + 1, sizeof *c->items)) return NULL;
    hyp_cand *x = &c->items[c->count++];
    memset(x, 0, sizeof *x);
    x->aux = -1;
    return x;
}

double hyp_cand_value(const hyp_cand *c)
{
    bool unsigned_ = c->sign == 0 && c->method != MG_HYP_CONTRADICTIONS;
    return c->norm * (unsigned_ ? HYP_UNSIGNED_VALUE : 1.0);
}

void hyp_cands_free(hyp_cands *c)
{
    free(c->items);
    memset(c, 0, sizeof *c);
}

void hyp_cand_comp(hyp_cand *c, const char *name, double value)
{
    if (c->comp_count >= HYP_COMP_MAX) return;
    c->comp_name[c->comp_count] = name;
    c->comp[c->comp_count++] = value;
}

void hyp_cand_sign_from_paths(hyp_cand *c, double pos, double neg, bool unsigned_step)
{
    double net = pos - neg;
    c->sign = net > 1e-12 ? 1 : net < -1e-12 ? -1 : 0;
    if (pos > 0 && neg > 0) c->caveats |= HYP_CAV_MIXED;
    if (unsigned_step) c->caveats |= HYP_CAV_UNSIGNED;
}

void hyp_cand_path(hyp_cand *c, const mg_id *nodes, int count)
{
    if (c->path_count >= HYP_SUPPORT_MAX || count > HYP_PATH_MAX) {
        c->more++;
        return;
    }
    memcpy(c->path[c->path_count], nodes, (size_t)count * sizeof *nodes);
    c->path_len[c->path_count++] = count;
}

static _Thread_local const mg_graph *rank_graph;

static int cmp_cand(const void *a, const void *b)
{
    const hyp_cand *x = a, *y = b;
    if (x->score != y->score) return x->score > y->score ? -1 : 1;
    int c = strcmp(mg_graph_node(rank_graph, x->subject)->id, mg_graph_node(rank_graph, y->subject)->id);
    if (c) return c;
    return strcmp(mg_graph_node(rank_graph, x->object)->id, mg_graph_node(rank_graph, y->object)->id);
}

void hyp_cands_rank(hyp_cands *c, const mg_graph *g, size_t keep)
{
    rank_graph = g;
    if (c->count > 1) qsort(c->items, c->count, sizeof *c->items, cmp_cand);
    if (keep && c->count > keep) {
        c->dropped += c->count - keep;
        c->count = keep;
    }
}

/* Is `shorter` the start of `longer` up to a separator ("miR-21" and "miR-21-5p", "SP1" and
 * "SP1-SK1-S1P pathway", but not "TNF" and "TNFAIP6")? Case ignored. */
static bool name_prefix(const char *shorter, const char *longer)
{
    size_t n = strlen(shorter);
    if (n < 2 || strlen(longer) <= n) return false;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)shorter[i]) != tolower((unsigned char)longer[i])) return false;
    char c = longer[n];
    return c == ' ' || c == '-' || c == '_' || c == '/' || c == '+' || c == '.';
}

static bool same_name_family(const mg_node *a, const mg_node *b)
{
    const char *na[2] = {a->id, a->label}, *nb[2] = {b->id, b->label};
    for (int i = 0; i < 2; i++)
        for (int k = 0; k < 2; k++)
            if (name_prefix(na[i], nb[k]) || name_prefix(nb[k], na[i])) return true;
    return false;
}

bool hyp_delivers_like(const hyp_view *v, const hyp_hop *h)
{
    for (size_t k = 0; k < h->edge_count; k++) {
        mg_relation r = mg_graph_edge(v->g, v->edges[h->edge_start + k])->relation;
        if (r == MG_REL_DELIVERS || r == MG_REL_SECRETES || r == MG_REL_PRODUCES) return true;
    }
    return false;
}

/* A near relative of `s` that carries its effect for it: a cargo it delivers, secretes or
 * produces (siShn3-loaded exosomes deliver siShn3, which acts for them), or a kind or part of a
 * node that is not an agent. A relative that is itself an agent (iMSC secretes iMSC-EV;
 * iMSC-exosome is an iMSC-EV) does not: whether the cells act as their vesicles do, or a kind
 * of vesicle as the whole class, is an open question the reviews themselves ask (they compare
 * cells with their vesicles, and vesicles of one kind with another), proposed with a caveat
 * that names the relative (hyp_agent_relative). */
static bool relative(const hyp_view *v, const hyp_hop *h, mg_id other)
{
    if (!(h->structural || hyp_delivers_like(v, h))) return false;
    return !(v->role[h->source] & HYP_AGENT) || !(v->role[other] & HYP_AGENT);
}

/* Does a near relative of `s` already have a mechanistic link to `o`? Then s -> o is known at
 * the level of that relative, not a discovery. */
static bool known_through_relative(const hyp_view *v, mg_id s, mg_id o)
{
    /* most nodes have no relatives (every node of an edge list): no scan of their hops */
    if (!v->kin[s] && !v->kin[o]) return false;
    for (size_t h = v->out_start[s]; h < v->out_start[s + 1]; h++) {
        const hyp_hop *hp = &v->hops[h];
        const hyp_hop *x;
        if (relative(v, hp, hp->target) && (x = hyp_hop_find(v, hp->target, o)) && x->mech) return true;
    }
    for (size_t k = v->in_start[s]; k < v->in_start[s + 1]; k++) {
        const hyp_hop *hp = &v->hops[v->in_hops[k]];
        const hyp_hop *x;
        if (hp->structural && relative(v, hp, hp->source) && (x = hyp_hop_find(v, hp->source, o)) && x->mech) return true;
    }
    /* the object's class or parts: s already acts on what o is a kind or part of */
    for (size_t h = v->out_start[o]; h < v->out_start[o + 1]; h++) {
        const hyp_hop *hp = &v->hops[h];
        const hyp_hop *x;
        if (hp->structural && (x = hyp_hop_find(v, s, hp->target)) && x->mech) return true;
    }
    return false;
}

mg_id hyp_agent_relative(const hyp_view *v, mg_id s, mg_id o, const hyp_hop **link)
{
    if (!(v->role[s] & HYP_AGENT)) return -1;
    for (int dir = 0; dir < 2; dir++) {
        size_t a = dir ? v->in_start[s] : v->out_start[s], b = dir ? v->in_start[s + 1] : v->out_start[s + 1];
        for (size_t k = a; k < b; k++) {
            const hyp_hop *hp = dir ? &v->hops[v->in_hops[k]] : &v->hops[k];
            mg_id r = dir ? hp->source : hp->target;
            if (r == s || !(v->role[r] & HYP_AGENT) || !(hp->structural || (!dir && hyp_delivers_like(v, hp)))) continue;
            const hyp_hop *x = hyp_hop_find(v, r, o);
            if (x && x->mech) {
                *link = hp;
                return r;
            }
        }
    }
    return -1;
}

bool hyp_new_link_ok(const hyp_query *q, mg_id s, mg_id o)
{
    const hyp_view *v = q->v;
    if (s == o || !q->subject_ok[s] || !q->object_ok[o] || hyp_linked(v, s, o)) return false;
    if (same_name_family(mg_graph_node(v->g, s), mg_graph_node(v->g, o))) return false;
    return !known_through_relative(v, s, o);
}

static bool in_list(const mg_id *list, size_t count, mg_id x)
{
    for (size_t i = 0; i < count; i++)
        if (list[i] == x) return true;
    return false;
}

mg_error_t hyp_query_init(hyp_query *q, const hyp_view *v, const mg_hyp_options *o)
{
    memset(q, 0, sizeof *q);
    q->v = v;
    q->o = o;
    q->budget = o->budget ? o->budget : 2000000;
    bool *s = malloc((v->n + 1) * sizeof *s), *t = malloc((v->n + 1) * sizeof *t);
    if (!s || !t) {
        free(s);
        free(t);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < v->n; i++) {
        mg_id id = (mg_id)i;
        /* by default anything but a disease acts, and anything but a therapeutic agent is acted
         * on; an anatomy does neither */
        if (o->from) s[i] = in_list(o->from, o->from_count, id);
        else if (o->from_types) s[i] = o->from_types[v->type[i]];
        else s[i] = !(v->role[i] & (HYP_DISEASE | HYP_CONTEXT));
        if (o->to) t[i] = in_list(o->to, o->to_count, id);
        else if (o->to_types) t[i] = o->to_types[v->type[i]];
        else t[i] = !(v->role[i] & (HYP_AGENT | HYP_CONTEXT));
    }
    q->subject_ok = s;
    q->object_ok = t;
    return MG_OK;
}

void hyp_query_destroy(hyp_query *q)
{
    free((void *)q->subject_ok);
    free((void *)q->object_ok);
    memset(q, 0, sizeof *q);
}
