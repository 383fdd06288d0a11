/*
 * hyp_listing.c - the factors that order a listing for a reader rather than for recovery: a
 * hypothesis a biologist can test is signed, rests on more than one study, says something
 * specific about its subject, and is not the effect of a vesicle loaded with its subject told
 * again. The evaluation reports what these factors cost (its "listing" row).
 */
#include "hyp_internal.h"

#include <ctype.h>
#include <math.h>
#include <string.h>

/* Either way: the support paths walk associations backwards. */
static const hyp_hop *either_hop(const hyp_view *v, mg_id a, mg_id b)
{
    const hyp_hop *h = hyp_hop_find(v, a, b);
    return h ? h : hyp_hop_find(v, b, a);
}

/* Distinct primary studies behind the support paths of the members, counted up to `cap`. */
static int support_studies(const hyp_view *v, const hyp_cand *const *members, int cap)
{
    const mg_reference *seen[8];
    int n = 0;
    for (int m = 0; m < MG_HYP_METHOD_COUNT && n < cap; m++) {
        const hyp_cand *c = members[m];
        for (int p = 0; c && p < c->path_count && n < cap; p++)
            for (int i = 1; i < c->path_len[p] && n < cap; i++) {
                const hyp_hop *h = either_hop(v, c->path[p][i - 1], c->path[p][i]);
                for (size_t k = 0; h && k < h->edge_count && n < cap; k++) {
                    const mg_edge *e = mg_graph_edge(v->g, v->edges[h->edge_start + k]);
                    if (mg_relation_sign(e->relation) == MG_SIGN_STRUCTURAL) continue;
                    for (size_t x = 0; x < e->evidence_count && n < cap; x++) {
                        bool dup = false;
                        for (int j = 0; j < n && !dup; j++) dup = seen[j] == e->evidence[x].ref;
                        if (!dup) seen[n++] = e->evidence[x].ref;
                    }
                }
            }
    }
    return n;
}

/* Distinct neighbours of s (non-structural steps, either way) of type t. */
static int neighbours_of_type(const hyp_view *v, mg_id s, mg_node_type t)
{
    int k = 0;
    for (size_t i = v->nb_start[s]; i < v->nb_start[s + 1]; i++) k += v->type[v->nb[i]] == t;
    return k;
}

static bool contains_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (n < 2) return false;
    for (const char *p = hay; *p; p++) {
        size_t i = 0;
        while (i < n && p[i] && tolower((unsigned char)p[i]) == tolower((unsigned char)needle[i])) i++;
        if (i == n) return true;
    }
    return false;
}

/* Is s what an agent that already acts on o was loaded with: the only thing the agent delivers,
 * secretes or produces, or named in the agent's name ("miR-125b inhibitor-loaded aging
 * iMSC-EV")? Then the agent's effect on o is the study's test of s, and "s may act on o" tells
 * it again. A vesicle delivering many cargos does not attribute its effect to any one. */
static bool restates_agent(const hyp_view *v, mg_id s, mg_id o)
{
    for (size_t k = v->in_start[s]; k < v->in_start[s + 1]; k++) {
        const hyp_hop *h = &v->hops[v->in_hops[k]];
        mg_id a = h->source;
        if (!(v->role[a] & HYP_AGENT) || !hyp_delivers_like(v, h)) continue;
        const hyp_hop *ao = either_hop(v, a, o);
        if (!ao || !ao->mech) continue;
        int cargos = 0;
        for (size_t x = v->out_start[a]; x < v->out_start[a + 1]; x++) cargos += hyp_delivers_like(v, &v->hops[x]);
        const mg_node *an = mg_graph_node(v->g, a), *sn = mg_graph_node(v->g, s);
        if (cargos == 1 || contains_ci(an->label, sn->label) || contains_ci(an->id, sn->id)) return true;
    }
    return false;
}

void hyp_listing_factors(hyp_listing *out, const hyp_view *v, const hyp_cand *primary,
                         const hyp_cand *const members[MG_HYP_METHOD_COUNT])
{
    out->sign = out->studies = out->restatement = out->specificity = out->product = 1;
    if (primary->method == MG_HYP_CONTRADICTIONS) return; /* about known edges, told as they are */
    mg_id s = primary->subject, o = primary->object;
    if (primary->sign == 0) out->sign = HYP_LIST_UNSIGNED;
    if (support_studies(v, members, 2) < 2) out->studies = HYP_LIST_ONE_STUDY;
    if (restates_agent(v, s, o)) out->restatement = HYP_LIST_RESTATED;
    int k = neighbours_of_type(v, s, v->type[o]);
    if (k > 2) out->specificity = sqrt(2.0 / k);
    out->product = out->sign * out->studies * out->restatement * out->specificity;
}
