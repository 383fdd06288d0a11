/*
 * hyp_listing.c - the factors that keep a study's own result, told again, out of the top of a
 * listing: a hypothesis whose whole support is one study that also reports its object retells
 * that study, and "a cargo may act on a disease" restates the study of the vesicle loaded with
 * it. They are about what a hypothesis says, not how likely it is (the calibration's part);
 * the held-out evaluation reports what they cost (its "listing" row against "combined").
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

/* The distinct primary studies behind the support paths of the members, up to `cap` of them. */
static int support_studies(const hyp_view *v, const hyp_cand *const *members, int cap, const mg_reference **seen)
{
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

/* Whether study r reports an edge of o (either way). */
static bool reports_node(const hyp_view *v, const mg_reference *r, mg_id o)
{
    for (int dir = 0; dir < 2; dir++) {
        size_t a = dir ? v->in_start[o] : v->out_start[o], b = dir ? v->in_start[o + 1] : v->out_start[o + 1];
        for (size_t k = a; k < b; k++) {
            const hyp_hop *h = dir ? &v->hops[v->in_hops[k]] : &v->hops[k];
            for (size_t i = 0; i < h->edge_count; i++) {
                const mg_edge *e = mg_graph_edge(v->g, v->edges[h->edge_start + i]);
                for (size_t x = 0; x < e->evidence_count; x++)
                    if (e->evidence[x].ref == r) return true;
            }
        }
    }
    return false;
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
    out->retold = out->restatement = out->product = 1;
    if (primary->method == MG_HYP_CONTRADICTIONS) return; /* about known edges, told as they are */
    mg_id s = primary->subject, o = primary->object;
    const mg_reference *studies[2];
    /* A transfer's support ends at the source disease: the object's own studies are others, and
     * "as in renal I/R injury" bridges two literatures even when one study shows the chain. */
    if (support_studies(v, members, 2, studies) == 1 && studies[0] && reports_node(v, studies[0], o))
        out->retold = HYP_LIST_RETOLD;
    if (restates_agent(v, s, o)) out->restatement = HYP_LIST_RESTATED;
    out->product = out->retold * out->restatement;
}
