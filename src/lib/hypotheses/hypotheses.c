/*
 * hypotheses.c - the hypotheses API: method names, running the methods on a view of the graph,
 * combining their candidates about one subject and object into one ranked hypothesis, and the
 * result set with its statements, support paths and caveats.
 */
#include "hyp_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const method_names[MG_HYP_METHOD_COUNT] = {"abc", "transfer", "link", "dwpc", "contradictions", "gaps", "comparisons"};
static const char *const method_descriptions[MG_HYP_METHOD_COUNT] = {
    "Swanson's ABC: A acts on B, B on C, nothing links A and C (agent or cargo -> mediator -> disease or process)",
    "mechanism transfer: a mediator shown in one disease proposed for a similar one",
    "link prediction by shared neighbours: resource allocation (Adamic-Adar, Jaccard, preferential attachment beside)",
    "degree-weighted path counts along typed metapaths (Hetionet's DWPC, damping 0.4)",
    "open questions: one pair with both signs across studies, and feedback loops with their parity",
    "diseases with an outcome but little mechanism, and the mediators most likely to explain it",
    "comparisons: an agent a review found better than another in one disease, proposed where the other works",
};

const char *mg_hyp_method_name(mg_hyp_method m) { return (unsigned)m < MG_HYP_METHOD_COUNT ? method_names[m] : NULL; }
const char *mg_hyp_method_description(mg_hyp_method m)
{
    return (unsigned)m < MG_HYP_METHOD_COUNT ? method_descriptions[m] : NULL;
}

mg_error_t mg_hyp_method_parse(mg_hyp_method *out, const char *name)
{
    int i = mg__word_index(method_names, MG_HYP_METHOD_COUNT, name, true);
    if (i >= 0) {
        *out = (mg_hyp_method)i;
        return MG_OK;
    }
    const char *close = mg__closest_word(name, method_names, MG_HYP_METHOD_COUNT);
    if (close) return mg__fail(MG_EINVAL, "unknown method '%s'; did you mean '%s'?", name, close);
    return mg__fail(MG_EINVAL, "unknown method '%s'", name);
}

struct mg_hypothesis_set {
    mg_arena arena;
    mg_hypothesis *items;
    size_t count, total;
    const char *truncated[MG_HYP_METHOD_COUNT];
};

void mg_hypothesis_set_free(mg_hypothesis_set *set)
{
    if (!set) return;
    free(set->items);
    mg_arena_free(&set->arena);
    free(set);
}

size_t mg_hypothesis_set_count(const mg_hypothesis_set *set) { return set->count; }
size_t mg_hypothesis_set_total(const mg_hypothesis_set *set) { return set->total; }
const mg_hypothesis *mg_hypothesis_set_get(const mg_hypothesis_set *set, size_t i)
{
    return i < set->count ? &set->items[i] : NULL;
}
const char *mg_hypothesis_set_truncated(const mg_hypothesis_set *set, mg_hyp_method m)
{
    return (unsigned)m < MG_HYP_METHOD_COUNT ? set->truncated[m] : NULL;
}

/* Why a method's candidates are fewer than it found: its budget, and the per-method cut (its
 * `per_method` best kept), said together; NULL when neither applies. No cap is silent. */
static mg_error_t note_truncation(mg_hypothesis_set *set, const hyp_cands *c, mg_hyp_method m)
{
    set->truncated[m] = c->truncated;
    if (!c->dropped) return MG_OK;
    mg_buffer b = {0};
    if (c->truncated) mg__buffer_printf(&b, "%s; ", c->truncated);
    else mg__buffer_printf(&b, "%s: ", method_names[m]);
    mg__buffer_printf(&b, "its %zu best of %zu candidates kept (the per-method cap; --per-method 0 or --top 0 keeps all)", c->count,
                      c->count + c->dropped);
    set->truncated[m] = b.failed ? NULL : mg_arena_strdup(&set->arena, mg__buffer_cstr(&b));
    mg__buffer_free(&b);
    return set->truncated[m] ? MG_OK : mg__fail(MG_ENOMEM, "out of memory");
}

/* ---- the result records ---- */

static mg_error_t make_path(mg_path *out, const hyp_view *v, mg_arena *arena, const mg_id *nodes, int count)
{
    memset(out, 0, sizeof *out);
    size_t hops = (size_t)count - 1, edges = 0;
    const hyp_hop *h[HYP_PATH_MAX];
    for (size_t i = 0; i < hops; i++) {
        h[i] = hyp_hop_find(v, nodes[i], nodes[i + 1]);
        if (!h[i]) h[i] = hyp_hop_find(v, nodes[i + 1], nodes[i]);
        edges += h[i] ? h[i]->edge_count : 0;
    }
    mg_id *n = mg_arena_alloc(arena, (size_t)count * sizeof *n);
    mg_id *e = mg_arena_alloc(arena, (edges + 1) * sizeof *e);
    size_t *start = mg_arena_alloc(arena, (hops + 1) * sizeof *start);
    if (!n || !e || !start) return mg__fail(MG_ENOMEM, "out of memory");
    memcpy(n, nodes, (size_t)count * sizeof *n);
    size_t k = 0;
    int sign = 1;
    const mg_reference *refs[64];
    size_t nrefs = 0;
    for (size_t i = 0; i < hops; i++) {
        start[i] = k;
        if (!h[i]) {
            sign = 0;
            continue;
        }
        for (size_t j = 0; j < h[i]->edge_count; j++) {
            const mg_edge *edge = mg_graph_edge(v->g, e[k++] = v->edges[h[i]->edge_start + j]);
            for (size_t x = 0; x < edge->evidence_count; x++) {
                bool dup = false;
                for (size_t r = 0; r < nrefs && !dup; r++) dup = refs[r] == edge->evidence[x].ref;
                if (!dup && nrefs < 64) refs[nrefs++] = edge->evidence[x].ref;
            }
        }
        if (h[i]->sign == 2) out->conflicting = true;
        if (h[i]->mech) sign *= hyp_hop_sign(h[i]);
    }
    start[hops] = k;
    out->nodes = n;
    out->length = hops;
    out->edges = e;
    out->hop_start = start;
    out->sign = sign;
    out->studies = nrefs;
    out->cost = (double)hops;
    return MG_OK;
}

static bool same_path(const hyp_cand *a, int pa, const hyp_cand *b, int pb)
{
    return a->path_len[pa] == b->path_len[pb] &&
           memcmp(a->path[pa], b->path[pb], (size_t)a->path_len[pa] * sizeof(mg_id)) == 0;
}

static char *arena_printf(mg_arena *a, const char *fmt, const char *x, const char *y)
{
    int n = snprintf(NULL, 0, fmt, x, y);
    char *s = n >= 0 ? mg_arena_alloc(a, (size_t)n + 1) : NULL;
    if (s) snprintf(s, (size_t)n + 1, fmt, x, y);
    return s;
}

static mg_error_t make_id(mg_hypothesis *h, mg_arena *a, const hyp_view *v, const hyp_cand *c)
{
    const mg_graph *g = v->g;
    mg_buffer b = {0};
    mg__buffer_printf(&b, "%s:", method_names[c->method]);
    if (c->caveats & HYP_CAV_LOOP) {
        mg__buffer_puts(&b, "loop:");
        for (int i = 0; i < c->path_len[0]; i++)
            mg__buffer_printf(&b, "%s%s", i ? ">" : "", mg_graph_node(g, c->path[0][i])->id);
    } else {
        mg__buffer_printf(&b, "%s>%s", mg_graph_node(g, c->subject)->id, mg_graph_node(g, c->object)->id);
    }
    h->id = b.failed ? NULL : mg_arena_strdup(a, mg__buffer_cstr(&b));
    mg__buffer_free(&b);
    return h->id ? MG_OK : mg__fail(MG_ENOMEM, "out of memory");
}

static mg_error_t make_hypothesis(mg_hypothesis *h, mg_arena *a, const hyp_view *v, const hyp_group *gr, const double *w,
                                  size_t selected, const mg_hyp_calibration *cal)
{
    const hyp_cand *p = gr->primary;
    memset(h, 0, sizeof *h);
    h->method = p->method;
    h->subject = p->subject;
    h->object = p->object;
    h->predicted_sign = p->sign;
    bool loop_or_dispute = p->method == MG_HYP_CONTRADICTIONS;
    h->predicted_relation = loop_or_dispute ? MG_REL_REGULATES
                                            : hyp_predicted_relation(v->type[p->object], p->sign, v->role[p->subject] & HYP_AGENT);
    h->score = gr->score;
    h->novel = p->novel && !hyp_linked(v, p->subject, p->object);
    mg_error_t err = make_id(h, a, v, p);
    if (err) return err;

    /* components: each method's normalised score, then its own terms */
    size_t nc = 0, np = 0;
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++)
        if (gr->member[m]) {
            nc += 3 + (size_t)gr->member[m]->comp_count;
            np += (size_t)gr->member[m]->path_count;
        }
    np += (size_t)gr->folded_count;
    mg_hyp_component *comp = mg_arena_alloc(a, (nc + 6) * sizeof *comp);
    mg_path *paths = mg_arena_alloc(a, (np + 1) * sizeof *paths);
    if (!comp || !paths) return mg__fail(MG_ENOMEM, "out of memory");
    size_t k = 0;
    bool sign_disagrees = false;
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) {
        const hyp_cand *c = gr->member[m];
        if (!c) continue;
        h->methods |= 1u << m;
        if (c->sign && p->sign && c->sign != p->sign) sign_disagrees = true;
        comp[k].name = method_names[m];
        comp[k++].value = c->norm;
        comp[k].name = arena_printf(a, "%s.%s", method_names[m], "weight");
        comp[k++].value = selected > 1 ? w[m] : 1.0;
        if (m != MG_HYP_CONTRADICTIONS) {
            comp[k].name = arena_printf(a, "%s.%s", method_names[m], "probability");
            comp[k++].value = hyp_cal_probability(cal, v, c);
        }
        for (int i = 0; i < c->comp_count; i++) {
            comp[k].name = arena_printf(a, "%s.%s", method_names[m], c->comp_name[i]);
            comp[k++].value = c->comp[i];
        }
    }
    static const char *const listing_names[] = {"combined", "listing.retold", "listing.restatement"};
    const double listing_values[] = {gr->probability, gr->listing.retold, gr->listing.restatement};
    for (int i = 0; i < 3; i++) {
        comp[k].name = listing_names[i];
        comp[k++].value = listing_values[i];
    }
    comp[k].name = "diversity";
    comp[k++].value = gr->diversity;
    for (size_t i = 0; i < k; i++)
        if (!comp[i].name) return mg__fail(MG_ENOMEM, "out of memory");
    h->components = comp;
    h->component_count = k;

    /* support: the primary method's paths first, then the others' not already there */
    size_t n = 0;
    const hyp_cand *order[MG_HYP_METHOD_COUNT];
    int no = 0;
    order[no++] = p;
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++)
        if (gr->member[m] && gr->member[m] != p) order[no++] = gr->member[m];
    for (int i = 0; i < no; i++) {
        for (int q = 0; q < order[i]->path_count; q++) {
            bool dup = false;
            for (int j = 0; j < i && !dup; j++)
                for (int r = 0; r < order[j]->path_count && !dup; r++) dup = same_path(order[i], q, order[j], r);
            if (dup) continue;
            if ((err = make_path(&paths[n++], v, a, order[i]->path[q], order[i]->path_len[q]))) return err;
        }
    }
    for (int i = 0; i < gr->folded_count; i++)
        if (gr->folded[i]->path_count &&
            (err = make_path(&paths[n++], v, a, gr->folded[i]->path[0], gr->folded[i]->path_len[0])))
            return err;
    h->support = paths;
    h->support_count = n;

    mg_buffer sentence = {0}, caveats = {0};
    hyp_describe(v, p, gr->folded, gr->folded_count, gr->folded_more, &sentence, &caveats);
    if (sign_disagrees) mg__buffer_puts(&caveats, "the methods disagree on the sign\n");
    if (!sentence.failed && !caveats.failed) {
        h->statement = mg_arena_strdup(a, mg__buffer_cstr(&sentence));
        /* caveats: one per line -> an array */
        char *text = mg_arena_strdup(a, mg__buffer_cstr(&caveats));
        size_t lines = 0;
        for (const char *s = text; s && *s; s++) lines += *s == '\n';
        const char **list = mg_arena_alloc(a, (lines + 1) * sizeof *list);
        if (text && list) {
            size_t i = 0;
            for (char *s = text; *s;) {
                char *nl = strchr(s, '\n');
                *nl = '\0';
                list[i++] = s;
                s = nl + 1;
            }
            h->caveats = list;
            h->caveat_count = i;
        } else {
            h->statement = NULL;
        }
    }
    bool failed = sentence.failed || caveats.failed || !h->statement;
    mg__buffer_free(&sentence);
    mg__buffer_free(&caveats);
    return failed ? mg__fail(MG_ENOMEM, "out of memory") : MG_OK;
}

mg_error_t mg_hypotheses_generate(mg_hypothesis_set **out, const mg_graph *graph, const mg_hyp_options *options)
{
    mg_init();
    *out = NULL;
    mg_hyp_options o = options ? *options : (mg_hyp_options)MG_HYP_OPTIONS_INIT;
    for (size_t i = 0; i < o.from_count; i++)
        if (o.from[i] < 0 || o.from[i] >= mg_graph_node_count(graph)) return mg__fail(MG_EINVAL, "subject: node out of range");
    for (size_t i = 0; i < o.to_count; i++)
        if (o.to[i] < 0 || o.to[i] >= mg_graph_node_count(graph)) return mg__fail(MG_EINVAL, "object: node out of range");
    bool any = !o.methods;
    for (int m = 0; m < MG_HYP_METHOD_COUNT && !any; m++) any = o.methods[m];
    if (!any) return mg__fail(MG_EINVAL, "no method chosen");

    hyp_view v;
    hyp_query q;
    hyp_cands cands[MG_HYP_METHOD_COUNT];
    memset(&v, 0, sizeof v);
    memset(cands, 0, sizeof cands);
    memset(&q, 0, sizeof q);
    hyp_group *groups = NULL;
    size_t ng = 0, total = 0;
    mg_hypothesis_set *set = calloc(1, sizeof *set);
    mg_error_t err = set ? MG_OK : mg__fail(MG_ENOMEM, "out of memory");
    if (!err) err = hyp_view_build(&v, graph, o.hidden);
    if (!err) err = hyp_query_init(&q, &v, &o);
    if (!err) err = hyp_run_methods(cands, &q);
    if (!err) err = hyp_order(&groups, &ng, &total, cands, &o, &v);
    if (err) goto done;
    set->total = total;
    size_t keep = ng;
    set->items = calloc(keep + 1, sizeof *set->items);
    if (!set->items) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    size_t selected = 0;
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) selected += !o.methods || o.methods[m];
    for (size_t i = 0; i < keep && !err; i++) {
        err = make_hypothesis(&set->items[i], &set->arena, &v, &groups[i], o.weights ? o.weights : mg_hyp_default_weights(), selected,
                              o.calibration ? o.calibration : mg_hyp_default_calibration());
        set->count += !err;
    }
    for (int m = 0; m < MG_HYP_METHOD_COUNT && !err; m++) err = note_truncation(set, &cands[m], (mg_hyp_method)m);
done:
    free(groups);
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) hyp_cands_free(&cands[m]);
    hyp_query_destroy(&q);
    hyp_view_destroy(&v);
    if (err) mg_hypothesis_set_free(set);
    else *out = set;
    return err;
}
