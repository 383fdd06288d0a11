/*
 * yen.c - the k shortest simple paths (Yen 1971), each spur path found by a bidirectional
 * Dijkstra that honours the removed nodes and edges, on the hop graph plus a super-source and a
 * super-sink (or on its sign-lifted version when a net sign is wanted).
 *
 * Why not igraph_get_k_shortest_paths: it runs a full single-source Dijkstra for every spur node.
 * scripts/bench-paths.sh shows the cost: python-igraph, which calls it, needs over a second for
 * k = 100 on the Hetionet subset, against 0.03 s for networkx's bidirectional spur searches.
 * This file does what networkx does, in C (docs/paths.md).
 */
#include "paths_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The searched graph in CSR form, both directions. */
typedef struct {
    size_t nv, na;
    size_t *out_start, *in_start;
    size_t *in_arc;   /* arcs entering v, as indices into the arc arrays */
    size_t *arc_from, *arc_to;
    mg_id *arc_hop;   /* -1 for the super arcs */
    double *arc_cost;
    size_t source, sink;
} aug_graph;

typedef struct {
    double key;
    size_t v;
} heap_item;

typedef struct {
    heap_item *items;
    size_t count, cap;
} heap;

/* A path of the searched graph: vertices v[0..len], arcs a[0..len). */
typedef struct {
    size_t *v, *a;
    size_t len;
    double cost;
    size_t order; /* insertion order, to break cost ties as networkx does (first found first) */
} apath;

/* Every path ever made a candidate (in A or in B), found by a hash of its vertices: Yen proposes
 * the same spur path again and again, and a linear scan of A and B for each proposal made the
 * search quadratic in k, outside the budget (k = 20000 took 6 s on a complete graph of 30
 * nodes). Entries point at the paths' vertex arrays, which live until the search ends. */
typedef struct {
    uint64_t hash;
    const size_t *v;
    size_t len;
} seen_entry;

typedef struct {
    seen_entry *slots; /* open addressing, linear probing; v == NULL marks a free slot */
    size_t cap, count;
} seen_set;

/* The accepted paths (A) as a trie of their arcs: the spur search at depth i of the last path
 * bans the next arc of every accepted path with the same first i arcs, which are the children of
 * that prefix's node. Scanning A for them instead made each step linear in k. Node 0 is the
 * root (the super-source); children are linked through `sibling`. */
typedef struct {
    size_t arc, child, sibling; /* child and sibling: 0 for none */
} trie_node;

typedef struct {
    trie_node *nodes;
    size_t count, cap;
} trie;

typedef struct {
    aug_graph g;
    /* bidirectional Dijkstra state, reset by stamps */
    double *dist[2];
    size_t *parent[2]; /* arc */
    unsigned *seen[2], *done[2];
    unsigned stamp;
    unsigned *node_ban, *arc_ban;
    unsigned ban;
    heap h[2];
    /* Yen */
    apath *found; /* A: accepted paths */
    size_t found_count, found_cap;
    apath *cands; /* B: a binary heap by (cost, order) */
    size_t cand_count, cand_cap, order;
    size_t *scratch_v, *scratch_a;
    seen_set proposed;
    trie accepted;
    bool out_of_memory; /* a heap could not grow in a spur search */
    mg_collector *c;
} yen;

static bool signed_want(mg_want w) { return w == WANT_POS || w == WANT_NEG; }

/* ---- the augmented graph ---- */

static mg_error_t build(aug_graph *g, const mg_hopgraph *hg, mg_want want, const mg_id *from, size_t from_count)
{
    bool lifted = signed_want(want);
    size_t n = hg->n;
    g->nv = (lifted ? 2 * n : n) + 2;
    g->source = g->nv - 2;
    g->sink = g->nv - 1;
    size_t cap = 2 * hg->hop_count + from_count + n + 1;
    g->arc_from = malloc(cap * sizeof *g->arc_from);
    g->arc_to = malloc(cap * sizeof *g->arc_to);
    g->arc_hop = malloc(cap * sizeof *g->arc_hop);
    g->arc_cost = malloc(cap * sizeof *g->arc_cost);
    g->out_start = calloc(g->nv + 1, sizeof *g->out_start);
    g->in_start = calloc(g->nv + 1, sizeof *g->in_start);
    g->in_arc = malloc(cap * sizeof *g->in_arc);
    size_t *tmp_from = malloc(cap * sizeof *tmp_from), *tmp_to = malloc(cap * sizeof *tmp_to);
    mg_id *tmp_hop = malloc(cap * sizeof *tmp_hop);
    double *tmp_cost = malloc(cap * sizeof *tmp_cost);
    size_t *fill = malloc((g->nv + 1) * sizeof *fill);
    mg_error_t err = MG_OK;
    if (!g->arc_from || !g->arc_to || !g->arc_hop || !g->arc_cost || !g->out_start || !g->in_start || !g->in_arc ||
        !tmp_from || !tmp_to || !tmp_hop || !tmp_cost || !fill) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    size_t m = 0;
#define ARC(a, b, h, cost) (tmp_from[m] = (a), tmp_to[m] = (b), tmp_hop[m] = (h), tmp_cost[m] = (cost), m++)
    for (size_t i = 0; i < from_count; i++) ARC(g->source, lifted ? 2 * (size_t)from[i] : (size_t)from[i], -1, 0.0);
    for (size_t h = 0; h < hg->hop_count; h++) {
        const mg_hop *hop = &hg->hops[h];
        if (!isfinite(hop->cost)) continue;
        size_t u = (size_t)hop->source, v = (size_t)hop->target;
        if (!lifted) {
            ARC(u, v, (mg_id)h, hop->cost);
            continue;
        }
        /* (u, x) -> (v, x s): a positive hop keeps the state, a negative one flips it */
        if (hop->mask & HOP_POS) ARC(2 * u, 2 * v, (mg_id)h, hop->cost), ARC(2 * u + 1, 2 * v + 1, (mg_id)h, hop->cost);
        if (hop->mask & HOP_NEG) ARC(2 * u, 2 * v + 1, (mg_id)h, hop->cost), ARC(2 * u + 1, 2 * v, (mg_id)h, hop->cost);
    }
    for (size_t v = 0; v < n; v++)
        if (hg->is_target[v]) ARC(lifted ? 2 * v + (want == WANT_NEG) : v, g->sink, -1, 0.0);
#undef ARC
    g->na = m;
    /* counting sort by tail (stable: arcs keep hop order) */
    for (size_t a = 0; a < m; a++) g->out_start[tmp_from[a] + 1]++;
    for (size_t v = 0; v < g->nv; v++) g->out_start[v + 1] += g->out_start[v];
    memcpy(fill, g->out_start, g->nv * sizeof *fill);
    for (size_t a = 0; a < m; a++) {
        size_t at = fill[tmp_from[a]]++;
        g->arc_from[at] = tmp_from[a];
        g->arc_to[at] = tmp_to[a];
        g->arc_hop[at] = tmp_hop[a];
        g->arc_cost[at] = tmp_cost[a];
    }
    for (size_t a = 0; a < m; a++) g->in_start[g->arc_to[a] + 1]++;
    for (size_t v = 0; v < g->nv; v++) g->in_start[v + 1] += g->in_start[v];
    memcpy(fill, g->in_start, g->nv * sizeof *fill);
    for (size_t a = 0; a < m; a++) g->in_arc[fill[g->arc_to[a]]++] = a;
done:
    free(tmp_from);
    free(tmp_to);
    free(tmp_hop);
    free(tmp_cost);
    free(fill);
    return err;
}

static void destroy_graph(aug_graph *g)
{
    free(g->out_start);
    free(g->in_start);
    free(g->in_arc);
    free(g->arc_from);
    free(g->arc_to);
    free(g->arc_hop);
    free(g->arc_cost);
}

/* ---- a binary heap of (key, vertex) ---- */

static bool heap_push(heap *h, double key, size_t v)
{
    if (mg__reserve((void **)&h->items, &h->cap, h->count + 1, sizeof *h->items)) return false;
    size_t i = h->count++;
    while (i > 0 && h->items[(i - 1) / 2].key > key) {
        h->items[i] = h->items[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h->items[i] = (heap_item){key, v};
    return true;
}

static heap_item heap_pop(heap *h)
{
    heap_item top = h->items[0], last = h->items[--h->count];
    size_t i = 0;
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        double mk = last.key;
        if (l < h->count && h->items[l].key < mk) m = l, mk = h->items[l].key;
        if (r < h->count && h->items[r].key < mk) m = r;
        if (m == i) break;
        h->items[i] = h->items[m];
        i = m;
    }
    if (h->count) h->items[i] = last;
    return top;
}

/* ---- bidirectional Dijkstra from s to t avoiding banned nodes and arcs ---- */

static double dist_of(const yen *y, int side, size_t v)
{
    return y->seen[side][v] == y->stamp ? y->dist[side][v] : HUGE_VAL;
}

/* Finds a shortest s-t path into y->scratch (vertices, arcs); returns its length in arcs, or 0
 * when there is none (s != t always). Counts relaxations against the budget. */
static size_t spur(yen *y, size_t s, size_t t, double *cost)
{
    const aug_graph *g = &y->g;
    mg_collector *c = y->c;
    y->stamp++;
    for (int side = 0; side < 2; side++) y->h[side].count = 0;
    y->seen[0][s] = y->stamp, y->dist[0][s] = 0, y->parent[0][s] = (size_t)-1;
    y->seen[1][t] = y->stamp, y->dist[1][t] = 0, y->parent[1][t] = (size_t)-1;
    if (!heap_push(&y->h[0], 0, s) || !heap_push(&y->h[1], 0, t)) return y->out_of_memory = true, 0;
    double best = HUGE_VAL;
    size_t meet = (size_t)-1;
    while (y->h[0].count && y->h[1].count) {
        if (y->h[0].items[0].key + y->h[1].items[0].key >= best) break;
        int side = y->h[0].count <= y->h[1].count ? 0 : 1; /* grow the smaller frontier */
        heap_item it = heap_pop(&y->h[side]);
        size_t v = it.v;
        if (y->done[side][v] == y->stamp || it.key > y->dist[side][v]) continue;
        y->done[side][v] = y->stamp;
        size_t lo = side ? g->in_start[v] : g->out_start[v], hi = side ? g->in_start[v + 1] : g->out_start[v + 1];
        for (size_t i = lo; i < hi; i++) {
            size_t a = side ? g->in_arc[i] : i;
            size_t w = side ? g->arc_from[a] : g->arc_to[a];
            if (++c->steps > c->budget) return c->out_of_budget = true, 0;
            if (y->arc_ban[a] == y->ban || y->node_ban[w] == y->ban) continue;
            double nd = it.key + g->arc_cost[a];
            if (nd < dist_of(y, side, w)) {
                y->seen[side][w] = y->stamp;
                y->dist[side][w] = nd;
                y->parent[side][w] = a;
                if (!heap_push(&y->h[side], nd, w)) return y->out_of_memory = true, 0;
            }
            double other = dist_of(y, !side, w);
            if (nd + other < best) best = nd + other, meet = w;
        }
    }
    if (meet == (size_t)-1) return 0;
    /* forward half, reversed into place, then the backward half */
    size_t len = 0;
    for (size_t v = meet; v != s; v = g->arc_from[y->parent[0][v]]) len++;
    size_t back = 0;
    for (size_t v = meet; v != t; v = g->arc_to[y->parent[1][v]]) back++;
    size_t total = len + back, i = len;
    y->scratch_v[i] = meet;
    for (size_t v = meet; v != s; v = g->arc_from[y->parent[0][v]]) {
        y->scratch_a[--i] = y->parent[0][v];
        y->scratch_v[i] = g->arc_from[y->parent[0][v]];
    }
    i = len;
    for (size_t v = meet; v != t; v = g->arc_to[y->parent[1][v]]) {
        y->scratch_a[i] = y->parent[1][v];
        y->scratch_v[++i] = g->arc_to[y->parent[1][v]];
    }
    *cost = best;
    return total;
}

/* ---- the candidate heap (B) and the accepted list (A) ---- */

static bool cand_less(const apath *p, const apath *q)
{
    double tol = 1e-9 * (fabs(p->cost) + fabs(q->cost) + 1);
    if (p->cost < q->cost - tol) return true;
    if (p->cost > q->cost + tol) return false;
    return p->order < q->order;
}

static uint64_t path_hash(const size_t *v, size_t len)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ len;
    for (size_t i = 0; i <= len; i++) {
        h = (h ^ (uint64_t)v[i]) * 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 31;
    }
    return h;
}

/* The slot holding the path, or the free slot where it would go. */
static size_t seen_slot(const seen_set *s, uint64_t hash, const size_t *v, size_t len)
{
    size_t mask = s->cap - 1, i = (size_t)hash & mask;
    for (; s->slots[i].v; i = (i + 1) & mask) {
        const seen_entry *e = &s->slots[i];
        if (e->hash == hash && e->len == len && memcmp(e->v, v, (len + 1) * sizeof *v) == 0) break;
    }
    return i;
}

/* A candidate seen before (in A or B) is not added twice. */
static bool known(const yen *y, const size_t *v, size_t len)
{
    const seen_set *s = &y->proposed;
    return s->cap && s->slots[seen_slot(s, path_hash(v, len), v, len)].v;
}

/* Adds a path (its vertex array must live as long as the set) to the set. */
static mg_error_t remember(seen_set *s, const size_t *v, size_t len)
{
    if ((s->count + 1) * 2 > s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 64;
        seen_entry *slots = calloc(cap, sizeof *slots);
        if (!slots) return mg__fail(MG_ENOMEM, "out of memory");
        seen_set bigger = {slots, cap, s->count};
        for (size_t i = 0; i < s->cap; i++)
            if (s->slots[i].v) bigger.slots[seen_slot(&bigger, s->slots[i].hash, s->slots[i].v, s->slots[i].len)] = s->slots[i];
        free(s->slots);
        *s = bigger;
    }
    uint64_t hash = path_hash(v, len);
    s->slots[seen_slot(s, hash, v, len)] = (seen_entry){hash, v, len};
    s->count++;
    return MG_OK;
}

static mg_error_t push_candidate(yen *y, const size_t *v, const size_t *a, size_t len, double cost)
{
    if (known(y, v, len)) return MG_OK;
    apath p = {malloc((len + 1) * sizeof *v), malloc((len ? len : 1) * sizeof *a), len, cost, y->order++};
    if (!p.v || !p.a || mg__reserve((void **)&y->cands, &y->cand_cap, y->cand_count + 1, sizeof *y->cands)) {
        free(p.v);
        free(p.a);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    memcpy(p.v, v, (len + 1) * sizeof *v);
    memcpy(p.a, a, len * sizeof *a);
    if (remember(&y->proposed, p.v, len)) {
        free(p.v);
        free(p.a);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    size_t i = y->cand_count++;
    while (i > 0 && cand_less(&p, &y->cands[(i - 1) / 2])) {
        y->cands[i] = y->cands[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    y->cands[i] = p;
    return MG_OK;
}

static apath pop_candidate(yen *y)
{
    apath top = y->cands[0], last = y->cands[--y->cand_count];
    size_t i = 0;
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        const apath *mp = &last;
        if (l < y->cand_count && cand_less(&y->cands[l], mp)) m = l, mp = &y->cands[l];
        if (r < y->cand_count && cand_less(&y->cands[r], mp)) m = r;
        if (m == i) break;
        y->cands[i] = y->cands[m];
        i = m;
    }
    if (y->cand_count) y->cands[i] = last;
    return top;
}

/* The child of `node` reached by `arc`, created when `add` (0 when absent or out of memory). */
static size_t trie_child(trie *t, size_t node, size_t arc, bool add)
{
    for (size_t c = t->nodes[node].child; c; c = t->nodes[c].sibling)
        if (t->nodes[c].arc == arc) return c;
    if (!add || mg__reserve((void **)&t->nodes, &t->cap, t->count + 1, sizeof *t->nodes)) return 0;
    size_t c = t->count++;
    t->nodes[c] = (trie_node){arc, 0, t->nodes[node].child};
    t->nodes[node].child = c;
    return c;
}

static mg_error_t accept_path(trie *t, const apath *p)
{
    if (!t->count) {
        if (mg__reserve((void **)&t->nodes, &t->cap, 1, sizeof *t->nodes)) return mg__fail(MG_ENOMEM, "out of memory");
        t->nodes[t->count++] = (trie_node){0, 0, 0};
    }
    size_t node = 0;
    for (size_t i = 0; i < p->len; i++)
        if (!(node = trie_child(t, node, p->a[i], true))) return mg__fail(MG_ENOMEM, "out of memory");
    return MG_OK;
}

/* The spur candidates of the last accepted path (Yen's inner loop). */
static mg_error_t deviate(yen *y)
{
    const apath *prev = &y->found[y->found_count - 1];
    mg_error_t err = MG_OK;
    double root_cost = 0;
    size_t prefix = 0; /* the trie node of prev's first i arcs */
    for (size_t i = 0; i < prev->len && !err && !y->c->out_of_budget; i++) {
        y->ban++;
        for (size_t c = y->accepted.nodes[prefix].child; c; c = y->accepted.nodes[c].sibling)
            y->arc_ban[y->accepted.nodes[c].arc] = y->ban;
        for (size_t j = 0; j < i; j++) y->node_ban[prev->v[j]] = y->ban;
        double cost;
        size_t len = spur(y, prev->v[i], y->g.sink, &cost);
        if (y->out_of_memory) err = mg__fail(MG_ENOMEM, "out of memory");
        if (len && !err) {
            size_t total = i + len;
            size_t *v = malloc((total + 1) * sizeof *v), *a = malloc(total * sizeof *a);
            if (!v || !a) {
                err = mg__fail(MG_ENOMEM, "out of memory");
            } else {
                memcpy(v, prev->v, i * sizeof *v);
                memcpy(a, prev->a, i * sizeof *a);
                memcpy(v + i, y->scratch_v, (len + 1) * sizeof *v);
                memcpy(a + i, y->scratch_a, len * sizeof *a);
                err = push_candidate(y, v, a, total, root_cost + cost);
            }
            free(v);
            free(a);
        }
        root_cost += y->g.arc_cost[prev->a[i]];
        prefix = trie_child(&y->accepted, prefix, prev->a[i], false);
    }
    return err;
}

/* Hands an accepted path to the collector if it is simple in the original graph, keeps the
 * bounds and visits the via nodes. Returns whether it was taken. */
static mg_error_t offer(yen *y, const mg_path_options *o, const apath *p, mg_id *hops, bool *seen, bool *taken)
{
    const mg_hopgraph *hg = y->c->hg;
    size_t n = 0;
    *taken = false;
    for (size_t i = 0; i < p->len; i++)
        if (y->g.arc_hop[p->a[i]] >= 0) hops[n++] = y->g.arc_hop[p->a[i]];
    if (n == 0 || (int)n < o->min_len || (o->max_len && (int)n > o->max_len)) return MG_OK;
    bool simple = true;
    size_t vias = 0;
    mg_id first = hg->hops[hops[0]].source;
    seen[first] = true;
    for (size_t i = 0; i < n; i++) {
        mg_id w = hg->hops[hops[i]].target;
        simple &= !seen[w];
        seen[w] = true;
    }
    for (size_t i = 0; i < o->via_count; i++) vias += seen[o->via[i]];
    seen[first] = false;
    for (size_t i = 0; i < n; i++) seen[hg->hops[hops[i]].target] = false;
    if (!simple || vias != o->via_count) return MG_OK;
    size_t before = y->c->count;
    mg_error_t err = mg__collector_add(y->c, hops, n);
    *taken = y->c->count > before;
    return err;
}

static void free_paths(apath *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(p[i].v);
        free(p[i].a);
    }
    free(p);
}

mg_error_t mg__yen(mg_collector *c, const mg_path_options *o, const mg_id *from, size_t from_count, size_t k,
                   bool shortest)
{
    const mg_hopgraph *hg = c->hg;
    yen y = {.c = c, .ban = 1}; /* bans start at 1: the zeroed arrays ban nothing */
    mg_error_t err = build(&y.g, hg, c->want, from, from_count);
    size_t nv = y.g.nv;
    mg_id *hops = malloc((hg->n + 1) * sizeof *hops);
    bool *seen = calloc(hg->n + 1, sizeof *seen);
    for (int s = 0; s < 2; s++) {
        y.dist[s] = malloc(nv * sizeof *y.dist[s]);
        y.parent[s] = malloc(nv * sizeof *y.parent[s]);
        y.seen[s] = calloc(nv, sizeof *y.seen[s]);
        y.done[s] = calloc(nv, sizeof *y.done[s]);
    }
    y.node_ban = calloc(nv, sizeof *y.node_ban);
    y.arc_ban = calloc(y.g.na + 1, sizeof *y.arc_ban);
    y.scratch_v = malloc((nv + 1) * sizeof *y.scratch_v);
    y.scratch_a = malloc((nv + 1) * sizeof *y.scratch_a);
    if (!err && (!hops || !seen || !y.dist[0] || !y.dist[1] || !y.parent[0] || !y.parent[1] || !y.seen[0] ||
                 !y.seen[1] || !y.done[0] || !y.done[1] || !y.node_ban || !y.arc_ban || !y.scratch_v || !y.scratch_a))
        err = mg__fail(MG_ENOMEM, "out of memory");
    size_t taken_count = 0;
    double best = HUGE_VAL;
    if (!err) {
        double cost;
        size_t len = spur(&y, y.g.source, y.g.sink, &cost);
        if (y.out_of_memory) err = mg__fail(MG_ENOMEM, "out of memory");
        else if (len) err = push_candidate(&y, y.scratch_v, y.scratch_a, len, cost);
    }
    while (!err && y.cand_count && !c->out_of_budget) {
        apath p = pop_candidate(&y);
        if (shortest && taken_count && p.cost > best + 1e-9 * (fabs(best) + 1)) {
            free(p.v);
            free(p.a);
            break;
        }
        if ((err = mg__reserve((void **)&y.found, &y.found_cap, y.found_count + 1, sizeof *y.found))) {
            free(p.v);
            free(p.a);
            break;
        }
        y.found[y.found_count++] = p;
        if ((err = accept_path(&y.accepted, &p))) break;
        bool taken;
        if ((err = offer(&y, o, &p, hops, seen, &taken))) break;
        if (taken) {
            if (!taken_count) best = p.cost;
            taken_count++;
        }
        if (!shortest && taken_count >= k) break;
        if (shortest && c->keep && taken_count > c->keep) {
            c->cut_by_limit = true;
            break;
        }
        err = deviate(&y);
    }
    free_paths(y.found, y.found_count);
    free_paths(y.cands, y.cand_count);
    free(y.proposed.slots);
    free(y.accepted.nodes);
    for (int s = 0; s < 2; s++) {
        free(y.dist[s]);
        free(y.parent[s]);
        free(y.seen[s]);
        free(y.done[s]);
        free(y.h[s].items);
    }
    free(y.node_ban);
    free(y.arc_ban);
    free(y.scratch_v);
    free(y.scratch_a);
    free(hops);
    free(seen);
    destroy_graph(&y.g);
    return err;
}
