/*
 * effects.c - what a node influences (or what influences it), and with which net sign: a
 * breadth-first search on the sign-lifted graph, three states per node (reached as +, as -, or
 * through an unsigned hop), each with the shortest path that realises it.
 */
#include "paths_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct mg_effect_set {
    mg_arena arena;
    mg_effect *effects;
    size_t count, cap;
    size_t steps;        /* spent by the searches for simple paths, out of the budget */
    size_t missed;       /* (node, sign) pairs those searches could not settle within it */
    char truncated[200];
};

enum { S_POS, S_NEG, S_UNSIGNED, STATES };

static int state_sign(int st) { return st == S_POS ? 1 : st == S_NEG ? -1 : 0; }

/* The states reached by following a hop of mask `mask` from state `st`, as a bit set. */
static unsigned next_states(int st, unsigned char mask)
{
    if (st == S_UNSIGNED || (mask & HOP_UNSIGNED)) return 1u << S_UNSIGNED;
    unsigned r = 0;
    if (mask & HOP_POS) r |= 1u << st;
    if (mask & HOP_NEG) r |= 1u << (st == S_POS ? S_NEG : S_POS);
    return r;
}

static bool hop_only_is_a(const mg_hopgraph *hg, mg_id h);

typedef struct {
    int *dist;    /* [STATES * v + state] */
    mg_id *via;   /* the hop that reached the state */
    int *from;    /* the state it came from */
} lifted_bfs;

static mg_error_t bfs(lifted_bfs *b, const mg_hopgraph *hg, mg_id start, bool upstream, int max_len, bool inherited)
{
    size_t n = hg->n * STATES;
    b->dist = malloc((n + 1) * sizeof *b->dist);
    b->via = malloc((n + 1) * sizeof *b->via);
    b->from = malloc((n + 1) * sizeof *b->from);
    mg_id *queue = malloc((n + 1) * sizeof *queue);
    if (!b->dist || !b->via || !b->from || !queue) {
        free(queue);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < n; i++) b->dist[i] = -1;
    size_t head = 0, tail = 0;
    mg_id s0 = STATES * start + S_POS;
    b->dist[s0] = 0;
    queue[tail++] = s0;
    while (head < tail) {
        mg_id s = queue[head++];
        mg_id v = s / STATES;
        int st = (int)(s % STATES);
        if (b->dist[s] >= max_len) continue;
        size_t lo = upstream ? hg->in_start[v] : hg->out_start[v];
        size_t hi = upstream ? hg->in_start[v + 1] : hg->out_start[v + 1];
        for (size_t i = lo; i < hi; i++) {
            mg_id h = upstream ? hg->in_hops[i] : (mg_id)i;
            if (!upstream && !inherited && v == start && hop_only_is_a(hg, h)) continue;
            mg_id w = upstream ? hg->hops[h].source : hg->hops[h].target;
            unsigned next = next_states(st, hg->hops[h].mask);
            for (int t = 0; t < STATES; t++) {
                mg_id ws = STATES * w + t;
                if (!(next & (1u << t)) || b->dist[ws] >= 0) continue;
                b->dist[ws] = b->dist[s] + 1;
                b->via[ws] = h;
                b->from[ws] = (int)(s % STATES);
                queue[tail++] = ws;
            }
        }
    }
    free(queue);
    return MG_OK;
}

/* The walk that reached state `s`, as hops from upstream to downstream; false if it repeats a
 * node (it can, on the lifted graph: v reached as + then again as -). */
static bool walk(const lifted_bfs *b, const mg_hopgraph *hg, mg_id s, bool upstream, mg_id *hops, size_t *len,
                 bool *seen)
{
    size_t n = (size_t)b->dist[s];
    mg_id cur = s;
    for (size_t i = 0; i < n; i++) {
        mg_id h = b->via[cur];
        hops[upstream ? i : n - 1 - i] = h;
        mg_id prev = upstream ? hg->hops[h].target : hg->hops[h].source;
        cur = STATES * prev + b->from[cur];
    }
    *len = n;
    bool simple = !seen[hg->hops[hops[0]].source];
    seen[hg->hops[hops[0]].source] = true;
    for (size_t i = 0; i < n; i++) {
        mg_id w = hg->hops[hops[i]].target;
        if (seen[w]) simple = false;
        seen[w] = true;
    }
    seen[hg->hops[hops[0]].source] = false;
    for (size_t i = 0; i < n; i++) seen[hg->hops[hops[i]].target] = false;
    return simple;
}

static mg_error_t add_effect(mg_effect_set *set, mg_id node, int sign, const mg_path *path)
{
    if (mg__reserve((void **)&set->effects, &set->cap, set->count + 1, sizeof *set->effects))
        return mg__fail(MG_ENOMEM, "out of memory");
    set->effects[set->count++] = (mg_effect){.node = node, .sign = sign, .distance = (int)path->length, .path = *path};
    return MG_OK;
}

/* Copies a path found by a separate search into the set's arena. */
static mg_error_t copy_path(mg_effect_set *set, mg_ctx_resolver *ctx, const mg_path *p, mg_path *out)
{
    *out = *p;
    size_t m = p->hop_start[p->length];
    mg_id *nodes = mg_arena_alloc(&set->arena, (p->length + 1) * sizeof *nodes);
    mg_id *edges = mg_arena_alloc(&set->arena, (m ? m : 1) * sizeof *edges);
    size_t *hop_start = mg_arena_alloc(&set->arena, (p->length + 1) * sizeof *hop_start);
    if (!nodes || !edges || !hop_start) return mg__fail(MG_ENOMEM, "out of memory");
    memcpy(nodes, p->nodes, (p->length + 1) * sizeof *nodes);
    memcpy(edges, p->edges, m * sizeof *edges);
    memcpy(hop_start, p->hop_start, (p->length + 1) * sizeof *hop_start);
    out->nodes = nodes;
    out->edges = edges;
    out->hop_start = hop_start;
    return mg__path_context_build(ctx, &set->arena, out, &out->context);
}

/* Whether a hop stands only for is_a edges: a subtype's link to its parent. */
static bool hop_only_is_a(const mg_hopgraph *hg, mg_id h)
{
    const mg_hop *hop = &hg->hops[h];
    for (size_t i = 0; i < hop->edge_count; i++)
        if (mg_graph_edge(hg->g, hg->edges[hop->edge_start + i])->relation != MG_REL_IS_A) return false;
    return true;
}

/* Whether a path begins with an is_a step from `start` (what it inherits from a parent). */
static bool inherits(const mg_graph *g, const mg_path *p, mg_id start)
{
    if (!p->length || p->nodes[0] != start) return false;
    for (size_t i = p->hop_start[0]; i < p->hop_start[1]; i++)
        if (mg_graph_edge(g, p->edges[i])->relation != MG_REL_IS_A) return false;
    return true;
}

/* One search for a path between `start` and `v` (in the query's direction) with the state's sign,
 * on the budget the other searches left; *p is NULL when none was found or the path found would
 * only repeat what `start` inherits through is_a (left out unless o->inherited). The set holding
 * *p is the caller's to free through *found. */
static mg_error_t search_one(mg_effect_set *set, mg_hopgraph *hg, const mg_path_options *o, mg_path_options *q,
                             mg_id start, mg_id v, bool upstream, int st, mg_path_set **found, const mg_path **p,
                             bool *out_of_budget)
{
    *found = NULL;
    *p = NULL;
    *out_of_budget = false;
    q->limit = 1;
    q->subtypes = false;
    q->budget = o->budget - set->steps;
    mg_id a = upstream ? v : start, b = upstream ? start : v;
    mg_want want = st == S_POS ? WANT_POS : st == S_NEG ? WANT_NEG : WANT_UNSIGNED;
    mg_error_t err = mg__paths_find_on(found, hg, a, b, q, want); /* the view effects built: its ends play no part */
    if (err) return err;
    set->steps += mg__path_set_steps(*found, out_of_budget);
    const mg_path *first = mg_path_set_count(*found) ? mg_path_set_get(*found, 0) : NULL;
    if (first && !(!upstream && !o->inherited && inherits(hg->g, first, start))) *p = first;
    return MG_OK;
}

/* A walk that repeats a node is no path: search for the shortest simple path with that sign. The
 * searches share the query's budget: each gets what the others left. */
static mg_error_t simple_instead(mg_effect_set *set, mg_hopgraph *hg, const mg_path_options *o, mg_id start,
                                 mg_id v, bool upstream, int st)
{
    if (set->steps >= o->budget) {
        set->missed++;
        return MG_OK;
    }
    mg_path_options q = *o;
    q.mode = MG_PATHS_SHORTEST;
    mg_path_set *found;
    const mg_path *p;
    bool out_of_budget;
    mg_error_t err = search_one(set, hg, o, &q, start, v, upstream, st, &found, &p, &out_of_budget);
    /* a path found is the shortest (shorter lengths were searched whole); none found with the
     * budget spent leaves the question open */
    if (!err && p) {
        mg_path path;
        if (!(err = copy_path(set, hg->ctx, p, &path))) err = add_effect(set, v, state_sign(st), &path);
    } else if (!err && out_of_budget && !(found && mg_path_set_count(found))) {
        set->missed++;
    }
    mg_path_set_free(found);
    return err;
}

/* The effect's path is mixed: a coherent path of the same length and sign, if the budget finds one,
 * takes its place. */
static mg_error_t prefer_coherent(mg_effect_set *set, mg_hopgraph *hg, const mg_path_options *o, mg_id start,
                                  bool upstream, int st, mg_effect *effect)
{
    if (set->steps >= o->budget) return MG_OK;
    mg_path_options q = *o;
    q.mode = MG_PATHS_ALL;
    q.min_len = q.max_len = effect->distance;
    q.coherent_only = true;
    mg_path_set *found;
    const mg_path *p;
    bool out_of_budget;
    mg_error_t err = search_one(set, hg, o, &q, start, effect->node, upstream, st, &found, &p, &out_of_budget);
    if (!err && p) err = copy_path(set, hg->ctx, p, &effect->path);
    mg_path_set_free(found);
    return err;
}

/* What only the subtypes of `node` reach (is_a, transitively), each subtype's effects found with
 * `node` avoided (its own are listed already): every (node, sign) pair not yet listed, the path
 * marked via_subtype. The first subtype (nearest, in edge order) to reach a pair gives its path. */
static mg_error_t add_subtype_effects(mg_effect_set *set, const mg_hopgraph *hg, const mg_path_options *o, mg_id node)
{
    mg_id *subs = malloc(sizeof *subs), *avoid = NULL;
    size_t count = 1;
    bool *is_subtype = NULL;
    unsigned char *have = calloc(hg->n + 1, 1); /* bit 1 << (sign + 1) per listed (node, sign) */
    if (!subs || !have) {
        free(subs);
        free(have);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    subs[0] = node;
    mg_error_t err = mg__add_subtypes(&subs, &count, &is_subtype, hg->g, o);
    if (!err && count > 1 && !(avoid = malloc((o->avoid_count + 1) * sizeof *avoid))) err = mg__fail(MG_ENOMEM, "out of memory");
    if (avoid) {
        if (o->avoid_count) memcpy(avoid, o->avoid, o->avoid_count * sizeof *avoid);
        avoid[o->avoid_count] = node;
    }
    for (size_t i = 0; i < set->count; i++) have[set->effects[i].node] |= (unsigned char)(1u << (set->effects[i].sign + 1));
    for (size_t k = 1; k < count && !err; k++) {
        mg_path_options q = *o;
        q.subtypes = false;
        q.avoid = avoid;
        q.avoid_count = o->avoid_count + 1;
        mg_effect_set *sub = NULL;
        if ((err = mg_effects_find(&sub, hg->g, subs[k], false, &q))) break;
        if (mg_effect_set_truncated(sub)) set->missed++;
        for (size_t i = 0; i < sub->count && !err; i++) {
            const mg_effect *e = &sub->effects[i];
            unsigned bit = 1u << (e->sign + 1);
            if (have[e->node] & bit) continue;
            if (e->sign == 0 && (have[e->node] & ((1u << 0) | (1u << 2)))) continue; /* signed already */
            have[e->node] |= (unsigned char)bit;
            mg_path path;
            if (!(err = copy_path(set, hg->ctx, &e->path, &path))) {
                path.via_subtype = true;
                err = add_effect(set, e->node, e->sign, &path);
            }
        }
        mg_effect_set_free(sub);
    }
    free(subs);
    free(avoid);
    free(is_subtype);
    free(have);
    return err;
}

static _Thread_local const mg_graph *sorting;

static int compare_effects(const void *a, const void *b)
{
    const mg_effect *p = a, *q = b;
    if (p->distance != q->distance) return p->distance < q->distance ? -1 : 1;
    int d = strcmp(mg_graph_node(sorting, p->node)->id, mg_graph_node(sorting, q->node)->id);
    if (d) return d;
    /* +, then -, then unsigned */
    int rp = p->sign > 0 ? 0 : p->sign < 0 ? 1 : 2, rq = q->sign > 0 ? 0 : q->sign < 0 ? 1 : 2;
    return rp - rq;
}

mg_error_t mg_effects_find(mg_effect_set **out, const mg_graph *graph, mg_id node, bool upstream,
                           const mg_path_options *options)
{
    mg_init();
    *out = NULL;
    if (node < 0 || node >= mg_graph_node_count(graph)) return mg__fail(MG_EINVAL, "node %lld is out of range", (long long)node);
    mg_path_options o = options ? *options : (mg_path_options)MG_PATH_OPTIONS_INIT;
    o.types = NULL; /* an effect's end may be of any type */
    o.pathlinker = false;
    o.via_count = 0;
    if (o.max_len <= 0) o.max_len = 5;
    mg_effect_set *set = calloc(1, sizeof *set);
    if (!set) return mg__fail(MG_ENOMEM, "out of memory");
    mg_hopgraph hg;
    mg_error_t err = mg__hopgraph_build(&hg, graph, &o, &node, 1, NULL, 0);
    if (err) {
        free(set);
        return err;
    }
    lifted_bfs b = {0};
    mg_collector c[STATES];
    for (int st = 0; st < STATES; st++)
        mg__collector_init(&c[st], &hg, st == S_POS ? WANT_POS : st == S_NEG ? WANT_NEG : WANT_UNSIGNED, false, false, 0,
                           o.budget);
    mg_id *hops = malloc((size_t)(o.max_len + 1) * sizeof *hops);
    bool *seen = calloc(hg.n + 1, sizeof *seen);
    if (!hops || !seen) err = mg__fail(MG_ENOMEM, "out of memory");
    if (!err) err = bfs(&b, &hg, node, upstream, o.max_len, o.inherited);
    for (size_t v = 0; v < hg.n && !err; v++) {
        if ((mg_id)v == node) continue;
        for (int st = 0; st < STATES && !err; st++) {
            mg_id s = STATES * (mg_id)v + st;
            if (b.dist[s] <= 0) continue;
            /* "unsigned" is reported only where no signed path reaches: it adds nothing else */
            if (st == S_UNSIGNED && (b.dist[STATES * (mg_id)v + S_POS] > 0 || b.dist[STATES * (mg_id)v + S_NEG] > 0))
                continue;
            size_t len;
            if (!walk(&b, &hg, s, upstream, hops, &len, seen)) {
                err = simple_instead(set, &hg, &o, node, (mg_id)v, upstream, st);
                continue;
            }
            size_t before = c[st].count;
            if ((err = mg__collector_add(&c[st], hops, len))) break;
            if (c[st].count == before) continue;
            mg_path path;
            if (!(err = mg__candidate_to_path(&set->arena, &c[st], &c[st].cands[before], &path)))
                err = add_effect(set, (mg_id)v, state_sign(st), &path);
            if (!err && !path.context->coherent)
                err = prefer_coherent(set, &hg, &o, node, upstream, st, &set->effects[set->count - 1]);
        }
    }
    if (!err && o.subtypes && !upstream) err = add_subtype_effects(set, &hg, &o, node);
    if (!err) {
        sorting = graph;
        if (set->count > 1) qsort(set->effects, set->count, sizeof *set->effects, compare_effects);
        sorting = NULL;
        if (set->missed)
            snprintf(set->truncated, sizeof set->truncated,
                     "the searches for simple paths stopped after %zu steps (the budget): %zu more effect%s "
                     "(a node with another sign) may exist", o.budget, set->missed, set->missed == 1 ? "" : "s");
    }
    for (int st = 0; st < STATES; st++) mg__collector_destroy(&c[st]);
    free(b.dist);
    free(b.via);
    free(b.from);
    free(hops);
    free(seen);
    mg__hopgraph_destroy(&hg);
    if (err) {
        mg_effect_set_free(set);
        return err;
    }
    *out = set;
    return MG_OK;
}

void mg_effect_set_free(mg_effect_set *set)
{
    if (!set) return;
    free(set->effects);
    mg_arena_free(&set->arena);
    free(set);
}

size_t mg_effect_set_count(const mg_effect_set *set) { return set ? set->count : 0; }

const mg_effect *mg_effect_set_get(const mg_effect_set *set, size_t i) { return i < set->count ? &set->effects[i] : NULL; }

const char *mg_effect_set_truncated(const mg_effect_set *set) { return set && set->truncated[0] ? set->truncated : NULL; }
