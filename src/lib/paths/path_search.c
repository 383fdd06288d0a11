/*
 * path_search.c - the depth-first enumeration of simple paths, pruned by exact lower bounds on
 * the distance left (breadth-first from the targets, on the sign-lifted graph when a net sign is
 * wanted, and through every `via` node), and counted against a budget. igraph_get_all_simple_paths
 * has neither pruning nor a budget: on a dense graph it fills memory before it returns.
 */
#include "paths_internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define FAR (INT_MAX / 4) /* unreachable; small enough to add two */

struct mg_dfs {
    mg_collector *c;
    const mg_hopgraph *hg;
    const mg_path_options *o;
    int *hopdist;  /* hops to the nearest target */
    int *sdist;    /* [2v + (sign < 0)]: hops from (v, sign) to a target with the wanted net sign */
    int **viadist; /* [i][v]: hops from v to via node i */
    int *via_index; /* [v]: which via node v is, or -1 */
    uint64_t all_vias;
    bool *onpath;
    /* the hops from v into a target: tgt_hops[tgt_start[v] .. tgt_start[v + 1]). The last hop of
     * a path must end at a target, so the last step scans these, not every out-hop. */
    size_t *tgt_start;
    mg_id *tgt_hops;
};

/* Breadth-first search backwards from `starts` over the hop graph. */
static void bfs_back(const mg_hopgraph *hg, const mg_id *starts, size_t n_starts, int *dist, mg_id *queue)
{
    for (size_t v = 0; v < hg->n; v++) dist[v] = FAR;
    size_t head = 0, tail = 0;
    for (size_t i = 0; i < n_starts; i++)
        if (dist[starts[i]] == FAR) dist[starts[i]] = 0, queue[tail++] = starts[i];
    while (head < tail) {
        mg_id v = queue[head++];
        for (size_t i = hg->in_start[v]; i < hg->in_start[v + 1]; i++) {
            mg_id u = hg->hops[hg->in_hops[i]].source;
            if (dist[u] == FAR) dist[u] = dist[v] + 1, queue[tail++] = u;
        }
    }
}

/* The same on the sign-lifted graph: state 2v is (v, +), 2v + 1 is (v, -). A hop u -> v of sign
 * s leads from (u, x) to (v, x s), so backwards from (v, y) to (u, y s). */
static void bfs_back_signed(const mg_hopgraph *hg, int want_sign, int *dist, mg_id *queue)
{
    for (size_t v = 0; v < 2 * hg->n; v++) dist[v] = FAR;
    size_t head = 0, tail = 0;
    for (size_t v = 0; v < hg->n; v++) {
        if (!hg->is_target[v]) continue;
        mg_id st = 2 * (mg_id)v + (want_sign < 0);
        dist[st] = 0;
        queue[tail++] = st;
    }
    while (head < tail) {
        mg_id st = queue[head++];
        mg_id v = st / 2;
        int y = st % 2 ? -1 : 1;
        for (size_t i = hg->in_start[v]; i < hg->in_start[v + 1]; i++) {
            const mg_hop *h = &hg->hops[hg->in_hops[i]];
            for (int s = 1; s >= -1; s -= 2) {
                if (!(h->mask & (s > 0 ? HOP_POS : HOP_NEG))) continue;
                mg_id from = 2 * h->source + (y * s < 0);
                if (dist[from] == FAR) dist[from] = dist[st] + 1, queue[tail++] = from;
            }
        }
    }
}

static bool signed_want(mg_want w) { return w == WANT_POS || w == WANT_NEG; }

mg_error_t mg__dfs_new(mg_dfs **out, mg_collector *c, const mg_path_options *o)
{
    const mg_hopgraph *hg = c->hg;
    size_t n = hg->n;
    mg_dfs *d = calloc(1, sizeof *d);
    mg_id *queue = malloc((2 * n + 1) * sizeof *queue);
    mg_id *targets = malloc((n + 1) * sizeof *targets);
    if (!d || !queue || !targets) goto oom;
    d->c = c;
    d->hg = hg;
    d->o = o;
    d->hopdist = malloc((n + 1) * sizeof *d->hopdist);
    d->onpath = calloc(n + 1, sizeof *d->onpath);
    d->via_index = malloc((n + 1) * sizeof *d->via_index);
    if (!d->hopdist || !d->onpath || !d->via_index) goto oom;
    size_t nt = 0;
    for (size_t v = 0; v < n; v++)
        if (hg->is_target[v]) targets[nt++] = (mg_id)v;
    bfs_back(hg, targets, nt, d->hopdist, queue);
    if (signed_want(c->want)) {
        if (!(d->sdist = malloc((2 * n + 1) * sizeof *d->sdist))) goto oom;
        bfs_back_signed(hg, c->want == WANT_POS ? 1 : -1, d->sdist, queue);
    }
    if (!(d->tgt_start = calloc(n + 1, sizeof *d->tgt_start))) goto oom;
    for (size_t h = 0; h < hg->hop_count; h++)
        if (hg->is_target[hg->hops[h].target]) d->tgt_start[hg->hops[h].source + 1]++;
    for (size_t v = 0; v < n; v++) d->tgt_start[v + 1] += d->tgt_start[v];
    if (!(d->tgt_hops = malloc((d->tgt_start[n] + 1) * sizeof *d->tgt_hops))) goto oom;
    for (size_t h = 0, at = 0; h < hg->hop_count; h++) /* hops are sorted by source */
        if (hg->is_target[hg->hops[h].target]) d->tgt_hops[at++] = (mg_id)h;
    for (size_t v = 0; v < n; v++) d->via_index[v] = -1;
    if (o->via_count) {
        if (!(d->viadist = calloc(o->via_count, sizeof *d->viadist))) goto oom;
        for (size_t i = 0; i < o->via_count; i++) {
            if (!(d->viadist[i] = malloc((n + 1) * sizeof **d->viadist))) goto oom;
            bfs_back(hg, &o->via[i], 1, d->viadist[i], queue);
            d->via_index[o->via[i]] = (int)i;
            d->all_vias |= (uint64_t)1 << i;
        }
    }
    free(queue);
    free(targets);
    *out = d;
    return MG_OK;
oom:
    free(queue);
    free(targets);
    mg__dfs_free(d);
    return mg__fail(MG_ENOMEM, "out of memory");
}

void mg__dfs_free(mg_dfs *d)
{
    if (!d) return;
    free(d->hopdist);
    free(d->sdist);
    if (d->viadist)
        for (size_t i = 0; i < d->o->via_count; i++) free(d->viadist[i]);
    free(d->viadist);
    free(d->via_index);
    free(d->onpath);
    free(d->tgt_start);
    free(d->tgt_hops);
    free(d);
}

static uint64_t via_bit(const mg_dfs *d, mg_id v)
{
    return d->via_index[v] >= 0 ? (uint64_t)1 << d->via_index[v] : 0;
}

/* Can a path at `w`, `len` hops long, in sign state `st`, having visited the vias in `vm`,
 * still end as wanted within `hi` hops? Every bound used is a true lower bound. */
static bool feasible(const mg_dfs *d, mg_id w, int len, unsigned char st, uint64_t vm, int hi)
{
    int rest = hi - len;
    if (signed_want(d->c->want)) {
        if (st & ST_UNSIGNED) return false;
        if (!((st & ST_POS) && d->sdist[2 * w] <= rest) && !((st & ST_NEG) && d->sdist[2 * w + 1] <= rest)) return false;
    } else if (d->hopdist[w] > rest) {
        return false;
    }
    for (size_t i = 0; i < d->o->via_count; i++) {
        if (vm & ((uint64_t)1 << i)) continue;
        mg_id via = d->o->via[i];
        if (d->viadist[i][w] + d->hopdist[via] > rest) return false;
    }
    return true;
}

static bool sign_ok(mg_want want, unsigned char st)
{
    switch (want) {
    case WANT_POS: return !(st & ST_UNSIGNED) && (st & ST_POS);
    case WANT_NEG: return !(st & ST_UNSIGNED) && (st & ST_NEG);
    case WANT_UNSIGNED: return st & ST_UNSIGNED;
    default: return true;
    }
}

int mg__dfs_lower_bound(const mg_dfs *d, const mg_id *from, size_t from_count)
{
    int best = FAR;
    for (size_t i = 0; i < from_count; i++) {
        mg_id s = from[i];
        int lb = signed_want(d->c->want) ? d->sdist[2 * s] : d->hopdist[s];
        for (size_t j = 0; j < d->o->via_count; j++) {
            if (d->o->via[j] == s) continue;
            int through = d->viadist[j][s] + d->hopdist[d->o->via[j]];
            if (through > lb) lb = through;
        }
        if (lb < best) best = lb;
    }
    return best >= FAR ? -1 : best;
}

mg_error_t mg__dfs_run(mg_dfs *d, const mg_id *from, size_t from_count, int lo, int hi, bool exact, bool probe,
                       bool *found)
{
    const mg_hopgraph *hg = d->hg;
    mg_collector *c = d->c;
    size_t size = (size_t)hi + 2;
    mg_id *node = malloc(size * sizeof *node), *hop = malloc(size * sizeof *hop);
    size_t *iter = malloc(size * sizeof *iter), *end = malloc(size * sizeof *end);
    bool *last = malloc(size * sizeof *last); /* the next hop is the path's last: targets only */
    unsigned char *state = malloc(size);
    uint64_t *vmask = malloc(size * sizeof *vmask);
    mg_error_t err = MG_OK;
    if (found) *found = false;
    if (!node || !hop || !iter || !end || !last || !state || !vmask) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < from_count && !err; i++) {
        mg_id s = from[i];
        int depth = 0;
        node[0] = s;
        state[0] = ST_POS;
        vmask[0] = via_bit(d, s);
        last[0] = hi == 1;
        iter[0] = last[0] ? d->tgt_start[s] : hg->out_start[s];
        end[0] = last[0] ? d->tgt_start[s + 1] : hg->out_start[s + 1];
        d->onpath[s] = true;
        while (depth >= 0) {
            mg_id v = node[depth];
            if (iter[depth] == end[depth]) {
                d->onpath[v] = false;
                depth--;
                continue;
            }
            size_t h = last[depth] ? (size_t)d->tgt_hops[iter[depth]++] : iter[depth]++;
            if (++c->steps > c->budget) {
                c->out_of_budget = true;
                break;
            }
            mg_id w = hg->hops[h].target;
            if (d->onpath[w]) continue;
            int len = depth + 1;
            unsigned char st = mg__sign_step(state[depth], hg->hops[h].mask);
            uint64_t vm = vmask[depth] | via_bit(d, w);
            if (!feasible(d, w, len, st, vm, hi)) continue;
            hop[depth] = (mg_id)h;
            if (hg->is_target[w] && (exact ? len == hi : len >= lo) && vm == d->all_vias && sign_ok(c->want, st)) {
                if (probe) {
                    *found = true;
                    break;
                }
                if ((err = mg__collector_add(c, hop, (size_t)len))) break;
            }
            if (len < hi) {
                depth = len;
                node[depth] = w;
                state[depth] = st;
                vmask[depth] = vm;
                last[depth] = depth + 1 == hi;
                iter[depth] = last[depth] ? d->tgt_start[w] : hg->out_start[w];
                end[depth] = last[depth] ? d->tgt_start[w + 1] : hg->out_start[w + 1];
                d->onpath[w] = true;
            }
        }
        for (; depth >= 0; depth--) d->onpath[node[depth]] = false;
        if (c->out_of_budget || (found && *found)) break;
    }
done:
    free(node);
    free(hop);
    free(iter);
    free(end);
    free(last);
    free(state);
    free(vmask);
    return err;
}
