/*
 * hopgraph.c - builds the filtered, merged view of a graph that a path query searches (see
 * hopgraph.h): one pass over each node's out-edges, merging parallel edges with a stamp array.
 */
#include "paths_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int mg__edge_hop_sign(const mg_edge *e)
{
    mg_sign s = mg_relation_sign(e->relation);
    return s == MG_SIGN_STRUCTURAL ? 1 : (int)s;
}

static bool edge_passes(const mg_hopgraph *hg, const mg_edge *e, const bool *avoided)
{
    const mg_path_options *o = hg->opts;
    if (e->source == e->target) return false; /* never on a simple path */
    if (avoided[e->source] || avoided[e->target]) return false;
    if (o->relations && !o->relations[e->relation]) return false;
    if (o->exclude_structural && mg_relation_sign(e->relation) == MG_SIGN_STRUCTURAL) return false;
    if (o->pathlinker && (hg->is_source[e->target] || hg->is_target[e->source])) return false;
    if (o->types) {
        const mg_node *s = mg_graph_node(hg->g, e->source), *t = mg_graph_node(hg->g, e->target);
        if (!hg->is_source[e->source] && !o->types[s->type]) return false;
        if (!hg->is_target[e->target] && !o->types[t->type]) return false;
    }
    if (hg->filter.context_keys || hg->filter.organism_key) {
        for (size_t i = 0; i < e->evidence_count; i++)
            if (mg__evidence_filter_ok(&hg->filter, &e->evidence[i])) return true;
        return false;
    }
    return true;
}

static unsigned char mask_of(bool pos, bool neg, bool unsigned_)
{
    if (pos || neg) return (unsigned char)((pos ? HOP_POS : 0) | (neg ? HOP_NEG : 0));
    return unsigned_ ? HOP_UNSIGNED : HOP_POS; /* structural edges only: the sign passes through */
}

/* Groups the kept edges into hops: for each source in order, its out-edges in id order, a
 * stamp per target remembering the hop it opened. */
static mg_error_t merge_edges(mg_hopgraph *hg, const bool *avoided)
{
    const mg_graph *g = hg->g;
    size_t n = hg->n, m = (size_t)mg_graph_edge_count(g);
    mg_id *hop_of_target = malloc((n ? n : 1) * sizeof *hop_of_target);
    mg_id *next = malloc((m ? m : 1) * sizeof *next); /* edges of a hop, linked in id order */
    mg_id *first = malloc((m ? m : 1) * sizeof *first), *last = malloc((m ? m : 1) * sizeof *last);
    size_t cap = 0;
    mg_error_t err = MG_OK;
    hg->out_start = calloc(n + 1, sizeof *hg->out_start);
    hg->edges = malloc((m ? m : 1) * sizeof *hg->edges);
    if (!hop_of_target || !next || !first || !last || !hg->out_start || !hg->edges) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t v = 0; v < n; v++) hop_of_target[v] = -1;
    size_t hops_before = 0;
    for (size_t u = 0; u < n; u++) {
        size_t count;
        const mg_id *out = mg_graph_incident(g, (mg_id)u, 1, &count);
        for (size_t i = 0; i < count; i++) {
            const mg_edge *e = mg_graph_edge(g, out[i]);
            if (!edge_passes(hg, e, avoided)) continue;
            mg_id h = hop_of_target[e->target];
            if (h < (mg_id)hops_before) { /* no hop to this target from u yet */
                if ((err = mg__reserve((void **)&hg->hops, &cap, hg->hop_count + 1, sizeof *hg->hops))) goto done;
                h = (mg_id)hg->hop_count++;
                hg->hops[h] = (mg_hop){.source = (mg_id)u, .target = e->target};
                first[h] = last[h] = out[i];
                hop_of_target[e->target] = h;
            } else {
                next[last[h]] = out[i];
                last[h] = out[i];
            }
            next[out[i]] = -1;
            hg->hops[h].edge_count++;
        }
        hops_before = hg->hop_count;
        hg->out_start[u + 1] = hg->hop_count;
    }
    /* lay the edges out hop by hop, and fix each hop's sign mask and cost */
    size_t at = 0;
    double largest = 0;
    for (size_t h = 0; h < hg->hop_count; h++) {
        mg_hop *hop = &hg->hops[h];
        bool pos = false, neg = false, unsig = false;
        double min_w = HUGE_VAL, max_w = 0;
        hop->edge_start = at;
        for (mg_id e = first[h]; e >= 0; e = next[e]) {
            const mg_edge *edge = mg_graph_edge(g, e);
            hg->edges[at++] = e;
            int s = mg__edge_hop_sign(edge);
            pos |= s == 1 && mg_relation_sign(edge->relation) != MG_SIGN_STRUCTURAL;
            neg |= s == -1;
            unsig |= s == 0;
            if (edge->weight < min_w) min_w = edge->weight;
            if (edge->weight > max_w) max_w = edge->weight;
            if (edge->weight > largest) largest = edge->weight;
        }
        hop->mask = mask_of(pos, neg, unsig);
        hop->cost = hg->opts->cost == MG_COST_WEIGHT ? min_w : hg->opts->cost == MG_COST_PATHLINKER ? max_w : 1.0;
    }
    if (hg->opts->cost == MG_COST_PATHLINKER) {
        /* PathLinker reads weights as probabilities: cost = -log10(w / W), W the total weight of
         * the edges that remain; a weight of 0 can never be used. As log10(W) - log10(w), W
         * summed scaled by the largest weight: two weights of 1e300 summed overflowed before
         * (W infinite, every cost infinite, no path found) */
        double scaled = 0;
        for (size_t h = 0; h < hg->hop_count; h++)
            for (size_t i = hg->hops[h].edge_start; i < hg->hops[h].edge_start + hg->hops[h].edge_count; i++)
                scaled += mg_graph_edge(g, hg->edges[i])->weight / largest;
        double log_total = log10(largest) + log10(scaled);
        for (size_t h = 0; h < hg->hop_count; h++)
            hg->hops[h].cost = hg->hops[h].cost > 0 ? log_total - log10(hg->hops[h].cost) : HUGE_VAL;
    }
done:
    free(hop_of_target);
    free(next);
    free(first);
    free(last);
    return err;
}

static mg_error_t index_in_hops(mg_hopgraph *hg)
{
    size_t n = hg->n;
    hg->in_start = calloc(n + 1, sizeof *hg->in_start);
    hg->in_hops = malloc((hg->hop_count ? hg->hop_count : 1) * sizeof *hg->in_hops);
    size_t *fill = malloc((n ? n : 1) * sizeof *fill);
    if (!hg->in_start || !hg->in_hops || !fill) {
        free(fill);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    for (size_t h = 0; h < hg->hop_count; h++) hg->in_start[hg->hops[h].target + 1]++;
    for (size_t v = 0; v < n; v++) hg->in_start[v + 1] += hg->in_start[v];
    memcpy(fill, hg->in_start, n * sizeof *fill);
    for (size_t h = 0; h < hg->hop_count; h++) hg->in_hops[fill[hg->hops[h].target]++] = (mg_id)h;
    free(fill);
    return MG_OK;
}

static mg_error_t check_options(const mg_graph *g, const mg_path_options *o)
{
    if (o->min_len < 1 || o->max_len < 0 || (o->max_len && o->min_len > o->max_len))
        return mg__fail(MG_EINVAL, "invalid length bounds: min %d, max %d", o->min_len, o->max_len);
    if (o->sign < -1 || o->sign > 1) return mg__fail(MG_EINVAL, "invalid sign %d: expected -1, 0 or 1", o->sign);
    if (o->via_count > 64) return mg__fail(MG_EINVAL, "at most 64 nodes to pass through, got %zu", o->via_count);
    if (o->cost != MG_COST_HOPS) {
        for (mg_id e = 0; e < mg_graph_edge_count(g); e++)
            if (!(mg_graph_edge(g, e)->weight >= 0))
                return mg__fail(MG_EINVAL, "edge %lld has a negative weight, which cannot be a cost", (long long)e);
    }
    return MG_OK;
}

mg_error_t mg__hopgraph_build(mg_hopgraph *hg, const mg_graph *g, const mg_path_options *opts, const mg_id *from,
                              size_t from_count, const mg_id *to, size_t to_count)
{
    memset(hg, 0, sizeof *hg);
    hg->g = g;
    hg->opts = opts;
    hg->n = (size_t)mg_graph_node_count(g);
    mg_error_t err = check_options(g, opts);
    if (err) return err;
    size_t n = hg->n;
    bool *avoided = calloc(n ? n : 1, sizeof *avoided);
    hg->is_source = calloc(n ? n : 1, sizeof *hg->is_source);
    hg->is_target = calloc(n ? n : 1, sizeof *hg->is_target);
    if (!avoided || !hg->is_source || !hg->is_target) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < opts->avoid_count; i++) avoided[opts->avoid[i]] = true;
    for (size_t i = 0; i < from_count; i++) hg->is_source[from[i]] = true;
    for (size_t i = 0; i < to_count; i++) hg->is_target[to[i]] = true;
    if ((err = mg__evidence_filter_init(&hg->filter, g, opts->context, opts->organism))) goto done;
    if ((err = mg__ctx_resolver_new(&hg->ctx, g, &hg->filter)) || (err = mg__ctx_resolver_table(hg->ctx))) goto done;
    if ((err = merge_edges(hg, avoided)) || (err = index_in_hops(hg))) goto done;
done:
    free(avoided);
    if (err) mg__hopgraph_destroy(hg);
    return err;
}

void mg__hopgraph_destroy(mg_hopgraph *hg)
{
    free(hg->hops);
    free(hg->edges);
    free(hg->out_start);
    free(hg->in_start);
    free(hg->in_hops);
    free(hg->is_source);
    free(hg->is_target);
    free(hg->is_subtype);
    mg__ctx_resolver_free(hg->ctx);
    mg__evidence_filter_destroy(&hg->filter);
    memset(hg, 0, sizeof *hg);
}
