/*
 * hyp_view.c - the view the hypothesis methods reason on: the graph without the hidden edges,
 * parallel edges merged into hops (sign, studies, structural or not), each node's role (agent,
 * cargo, disease, mediator) and its neighbours. Built in O(V + E log E).
 */
#include "hyp_internal.h"

#include <stdlib.h>
#include <string.h>

static bool structural(mg_relation r) { return mg_relation_sign(r) == MG_SIGN_STRUCTURAL; }

/* Hetionet-style ids name their kind ("Gene::5144"); an untyped node takes that kind. */
static mg_node_type infer_type(const mg_node *node)
{
    static const struct {
        const char *prefix;
        mg_node_type type;
    } kinds[] = {
        {"Gene::", MG_NODE_GENE},          {"Disease::", MG_NODE_DISEASE},
        {"Compound::", MG_NODE_CHEMICAL},  {"Anatomy::", MG_NODE_ANATOMY},
        {"Pathway::", MG_NODE_PATHWAY},    {"Biological Process::", MG_NODE_PROCESS},
        {"Symptom::", MG_NODE_PROCESS},    {"Side Effect::", MG_NODE_PROCESS},
    };
    if (node->type != MG_NODE_ENTITY) return node->type;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (strncmp(node->id, kinds[i].prefix, strlen(kinds[i].prefix)) == 0) return kinds[i].type;
    return MG_NODE_ENTITY;
}

static int count_studies(const mg_graph *g, const mg_id *edges, size_t count)
{
    const mg_reference *seen[64];
    int n = 0;
    for (size_t i = 0; i < count; i++) {
        const mg_edge *e = mg_graph_edge(g, edges[i]);
        if (structural(e->relation)) continue;
        for (size_t k = 0; k < e->evidence_count; k++) {
            const mg_reference *r = e->evidence[k].ref;
            bool dup = false;
            for (int j = 0; j < n && !dup; j++) dup = seen[j] == r;
            if (!dup && n < 64) seen[n++] = r;
        }
    }
    return n;
}

static void summarise_hop(const mg_graph *g, hyp_hop *h, const mg_id *edges)
{
    bool pos = false, neg = false, assoc_only = true;
    for (size_t i = 0; i < h->edge_count; i++) {
        mg_relation r = mg_graph_edge(g, edges[i])->relation;
        if (structural(r)) {
            h->structural = true;
            continue;
        }
        h->mech = true;
        mg_sign s = mg_relation_sign(r);
        pos |= s == MG_SIGN_POSITIVE;
        neg |= s == MG_SIGN_NEGATIVE;
        if (r != MG_REL_ASSOCIATED_WITH) assoc_only = false;
    }
    h->sign = pos && neg ? 2 : pos ? 1 : neg ? -1 : 0;
    h->symmetric = h->mech && assoc_only;
    h->studies = count_studies(g, edges, h->edge_count);
}

static int cmp_by_target(const void *a, const void *b, const mg_graph *g)
{
    mg_id x = *(const mg_id *)a, y = *(const mg_id *)b;
    mg_id tx = mg_graph_edge(g, x)->target, ty = mg_graph_edge(g, y)->target;
    if (tx != ty) return tx < ty ? -1 : 1;
    return x < y ? -1 : x > y;
}

/* qsort has no context argument; the graph is passed through this, one sort at a time. */
static _Thread_local const mg_graph *sort_graph;
static int cmp_edges(const void *a, const void *b) { return cmp_by_target(a, b, sort_graph); }

static int cmp_ids(const void *a, const void *b)
{
    mg_id x = *(const mg_id *)a, y = *(const mg_id *)b;
    return x < y ? -1 : x > y;
}

static mg_error_t build_hops(hyp_view *v, const bool *hidden)
{
    const mg_graph *g = v->g;
    size_t m = (size_t)mg_graph_edge_count(g);
    v->edges = malloc((m ? m : 1) * sizeof *v->edges);
    v->hops = malloc((m ? m : 1) * sizeof *v->hops);
    v->out_start = calloc(v->n + 1, sizeof *v->out_start);
    if (!v->edges || !v->hops || !v->out_start) return mg__fail(MG_ENOMEM, "out of memory");
    size_t ne = 0;
    sort_graph = g;
    for (size_t u = 0; u < v->n; u++) {
        size_t count;
        const mg_id *out = mg_graph_incident(g, (mg_id)u, 1, &count);
        size_t first = ne;
        for (size_t i = 0; i < count; i++)
            if (!hidden || !hidden[out[i]]) v->edges[ne++] = out[i];
        qsort(v->edges + first, ne - first, sizeof *v->edges, cmp_edges);
        v->out_start[u] = v->hop_count;
        for (size_t i = first; i < ne;) {
            size_t j = i;
            mg_id t = mg_graph_edge(g, v->edges[i])->target;
            while (j < ne && mg_graph_edge(g, v->edges[j])->target == t) j++;
            hyp_hop *h = &v->hops[v->hop_count++];
            memset(h, 0, sizeof *h);
            h->source = (mg_id)u;
            h->target = t;
            h->edge_start = i;
            h->edge_count = j - i;
            summarise_hop(g, h, v->edges + i);
            i = j;
        }
    }
    v->out_start[v->n] = v->hop_count;
    return MG_OK;
}

static mg_error_t build_in_lists(hyp_view *v)
{
    v->in_start = calloc(v->n + 1, sizeof *v->in_start);
    v->in_hops = malloc((v->hop_count ? v->hop_count : 1) * sizeof *v->in_hops);
    size_t *fill = malloc((v->n + 1) * sizeof *fill);
    if (!v->in_start || !v->in_hops || !fill) {
        free(fill);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    for (size_t h = 0; h < v->hop_count; h++) v->in_start[v->hops[h].target + 1]++;
    for (size_t i = 0; i < v->n; i++) v->in_start[i + 1] += v->in_start[i];
    memcpy(fill, v->in_start, (v->n + 1) * sizeof *fill);
    for (size_t h = 0; h < v->hop_count; h++) v->in_hops[fill[v->hops[h].target]++] = h;
    free(fill);
    return MG_OK;
}

static mg_error_t build_neighbours(hyp_view *v)
{
    v->deg = calloc(v->n + 1, sizeof *v->deg);
    v->nb_start = calloc(v->n + 1, sizeof *v->nb_start);
    v->nb = malloc((2 * v->hop_count + 1) * sizeof *v->nb);
    if (!v->deg || !v->nb_start || !v->nb) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t h = 0; h < v->hop_count; h++) {
        if (!v->hops[h].mech || v->hops[h].source == v->hops[h].target) continue;
        v->nb_start[v->hops[h].source + 1]++;
        v->nb_start[v->hops[h].target + 1]++;
    }
    for (size_t i = 0; i < v->n; i++) v->nb_start[i + 1] += v->nb_start[i];
    size_t *fill = malloc((v->n + 1) * sizeof *fill);
    if (!fill) return mg__fail(MG_ENOMEM, "out of memory");
    memcpy(fill, v->nb_start, (v->n + 1) * sizeof *fill);
    for (size_t h = 0; h < v->hop_count; h++) {
        const hyp_hop *hp = &v->hops[h];
        if (!hp->mech || hp->source == hp->target) continue;
        v->nb[fill[hp->source]++] = hp->target;
        v->nb[fill[hp->target]++] = hp->source;
    }
    free(fill);
    /* sort and drop duplicates (a -> b and b -> a), compacting in place */
    size_t w = 0;
    for (size_t i = 0; i < v->n; i++) {
        size_t lo = v->nb_start[i], hi = v->nb_start[i + 1];
        qsort(v->nb + lo, hi - lo, sizeof *v->nb, cmp_ids);
        v->nb_start[i] = w;
        for (size_t k = lo; k < hi; k++)
            if (k == lo || v->nb[k] != v->nb[k - 1]) v->nb[w++] = v->nb[k];
        v->deg[i] = (int)(w - v->nb_start[i]);
    }
    v->nb_start[v->n] = w;
    return MG_OK;
}

static bool delivers_like(mg_relation r)
{
    return r == MG_REL_DELIVERS || r == MG_REL_SECRETES || r == MG_REL_PRODUCES;
}

static void assign_roles(hyp_view *v)
{
    const mg_graph *g = v->g;
    for (size_t i = 0; i < v->n; i++) {
        mg_node_type t = v->type[i];
        if (t == MG_NODE_DISEASE) v->role[i] = HYP_DISEASE;
        else if (t == MG_NODE_VESICLE || t == MG_NODE_INTERVENTION) v->role[i] = HYP_AGENT;
        else if (t == MG_NODE_ANATOMY) v->role[i] = HYP_CONTEXT;
        else v->role[i] = HYP_MEDIATOR;
        if (t == MG_NODE_CHEMICAL) {
            /* a chemical nothing acts on through a directed step is given, not made: a drug
             * (Hetionet's compounds, rapamycin), a therapeutic source rather than something a
             * vesicle acts on. GSH and S1P, increased and produced, stay mediators. */
            bool acted_on = false;
            for (size_t k = v->in_start[i]; k < v->in_start[i + 1] && !acted_on; k++) {
                const hyp_hop *h = &v->hops[v->in_hops[k]];
                acted_on = h->mech && !h->symmetric;
            }
            if (!acted_on && v->out_start[i + 1] > v->out_start[i]) v->role[i] = HYP_AGENT;
            continue;
        }
        if (t != MG_NODE_CELL) continue;
        /* a cell is a therapeutic source when it delivers, secretes, produces or alleviates, or
         * when nothing acts on it but it acts (BM-MSC in a comparison) */
        bool source = false, acted_on = false, acts = false;
        for (size_t h = v->out_start[i]; h < v->out_start[i + 1]; h++) {
            acts |= v->hops[h].mech;
            for (size_t k = 0; k < v->hops[h].edge_count; k++) {
                mg_relation r = mg_graph_edge(g, v->edges[v->hops[h].edge_start + k])->relation;
                source |= delivers_like(r) || r == MG_REL_ALLEVIATES;
            }
        }
        for (size_t k = v->in_start[i]; k < v->in_start[i + 1]; k++)
            acted_on |= v->hops[v->in_hops[k]].mech;
        if (source || (acts && !acted_on)) v->role[i] = HYP_AGENT;
    }
    /* engineered and primed variants (TRAIL-iMSC is_a iMSC) are agents too */
    for (int round = 0; round < 8; round++) {
        bool changed = false;
        for (size_t h = 0; h < v->hop_count; h++) {
            const hyp_hop *hp = &v->hops[h];
            mg_node_type t = v->type[hp->source];
            if (!hp->structural || (v->role[hp->source] & HYP_AGENT) || !(v->role[hp->target] & HYP_AGENT)) continue;
            if (t != MG_NODE_CELL && t != MG_NODE_VESICLE) continue;
            v->role[hp->source] = HYP_AGENT;
            changed = true;
        }
        if (!changed) break;
    }
    for (size_t h = 0; h < v->hop_count; h++) {
        const hyp_hop *hp = &v->hops[h];
        mg_node_type t = v->type[hp->target];
        if (!(v->role[hp->source] & HYP_AGENT) || !(v->role[hp->target] & HYP_MEDIATOR)) continue;
        if (t != MG_NODE_MIRNA && t != MG_NODE_RNA && t != MG_NODE_GENE && t != MG_NODE_COMPLEX && t != MG_NODE_CHEMICAL)
            continue;
        for (size_t k = 0; k < hp->edge_count; k++)
            if (delivers_like(mg_graph_edge(g, v->edges[hp->edge_start + k])->relation)) v->role[hp->target] |= HYP_CARGO;
    }
}

mg_error_t hyp_view_build(hyp_view *v, const mg_graph *g, const bool *hidden)
{
    memset(v, 0, sizeof *v);
    v->g = g;
    v->n = (size_t)mg_graph_node_count(g);
    v->type = malloc((v->n + 1) * sizeof *v->type);
    v->role = calloc(v->n + 1, sizeof *v->role);
    v->kin = calloc(v->n + 1, sizeof *v->kin);
    if (!v->type || !v->role || !v->kin) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t i = 0; i < v->n; i++) v->type[i] = infer_type(mg_graph_node(g, (mg_id)i));
    mg_error_t err = build_hops(v, hidden);
    if (!err) err = build_in_lists(v);
    if (!err) err = build_neighbours(v);
    if (!err) assign_roles(v);
    for (size_t h = 0; !err && h < v->hop_count; h++) {
        const hyp_hop *hp = &v->hops[h];
        if (hp->structural) v->kin[hp->source] = v->kin[hp->target] = true;
        for (size_t k = 0; k < hp->edge_count && !v->kin[hp->source]; k++)
            v->kin[hp->source] = delivers_like(mg_graph_edge(g, v->edges[hp->edge_start + k])->relation);
    }
    return err;
}

void hyp_view_destroy(hyp_view *v)
{
    free(v->hops);
    free(v->edges);
    free(v->out_start);
    free(v->in_start);
    free(v->in_hops);
    free(v->type);
    free(v->role);
    free(v->kin);
    free(v->deg);
    free(v->nb_start);
    free(v->nb);
    memset(v, 0, sizeof *v);
}

const hyp_hop *hyp_hop_find(const hyp_view *v, mg_id a, mg_id b)
{
    if (a < 0 || (size_t)a >= v->n) return NULL;
    size_t lo = v->out_start[a], hi = v->out_start[a + 1];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v->hops[mid].target < b) lo = mid + 1;
        else hi = mid;
    }
    return lo < v->out_start[a + 1] && v->hops[lo].target == b ? &v->hops[lo] : NULL;
}

bool hyp_linked(const hyp_view *v, mg_id a, mg_id b) { return hyp_hop_find(v, a, b) || hyp_hop_find(v, b, a); }

int hyp_hop_sign(const hyp_hop *h) { return h->sign == 2 ? 0 : h->sign; }

/* The primary studies of a hop's non-structural edges, at most `max`, into refs; returns the count. */
static size_t hop_refs(const hyp_view *v, const hyp_hop *h, const mg_reference **refs, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < h->edge_count; i++) {
        const mg_edge *e = mg_graph_edge(v->g, v->edges[h->edge_start + i]);
        if (structural(e->relation)) continue;
        for (size_t k = 0; k < e->evidence_count && n < max; k++) refs[n++] = e->evidence[k].ref;
    }
    return n;
}

bool hyp_hops_share_study(const hyp_view *v, const hyp_hop *a, const hyp_hop *b)
{
    const mg_reference *ra[64], *rb[64];
    size_t na = hop_refs(v, a, ra, 64), nb = hop_refs(v, b, rb, 64);
    for (size_t i = 0; i < na; i++)
        for (size_t k = 0; k < nb; k++)
            if (ra[i] == rb[k]) return true;
    return false;
}

mg_id hyp_evidence_disease(const mg_graph *g, const mg_evidence *x)
{
    if (!x->disease) return -1;
    mg_id node = mg_graph_find_id(g, x->disease);
    if (node < 0) {
        mg_lookup_result r = MG_LOOKUP_RESULT_INIT;
        if (mg_graph_lookup(g, x->disease, &r) == MG_OK) node = r.node;
        mg_lookup_result_clear(&r);
    }
    return node;
}
