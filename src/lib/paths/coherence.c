/*
 * coherence.c - the disease context of a path (mechgraph.h, "Context coherence"; docs/paths.md):
 * which contexts each hop's evidence reports, whether one fits every hop, the segments and bridges
 * of a mixed path, and the support within context (studies, organisms, systems, cautions).
 */
#include "paths_internal.h"

#include <stdlib.h>
#include <string.h>

/* The mark of evidence the query's filters leave out: it fits no context and supports nothing. */
static const char filtered_mark[] = "";
const char *const mg__ctx_filtered = filtered_mark;

struct mg_ctx_resolver {
    const mg_graph *g;
    const mg_evidence_filter *filter; /* NULL: all evidence */
    /* distinct disease wordings met so far and what each names, sorted by wording */
    const char **words, **names;
    size_t word_count, word_cap;
    /* the whole graph's evidence, resolved (mg__ctx_resolver_table), or NULL */
    const char **table;
    size_t *table_start;
};

mg_error_t mg__ctx_resolver_new(mg_ctx_resolver **out, const mg_graph *g, const mg_evidence_filter *filter)
{
    *out = calloc(1, sizeof **out);
    if (!*out) return mg__fail(MG_ENOMEM, "out of memory");
    (*out)->g = g;
    (*out)->filter = filter;
    return MG_OK;
}

void mg__ctx_resolver_free(mg_ctx_resolver *r)
{
    if (!r) return;
    free(r->words);
    free(r->names);
    free(r->table);
    free(r->table_start);
    free(r);
}

/* What a disease wording names: the node the graph's lookup finds, else the wording itself.
 * Each distinct wording is looked up once (a failed lookup computes suggestions: not cheap). */
static mg_error_t resolve_word(mg_ctx_resolver *r, const char *word, const char **name)
{
    size_t lo = 0, hi = r->word_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int d = strcmp(r->words[mid], word);
        if (d == 0) return *name = r->names[mid], MG_OK;
        if (d < 0) lo = mid + 1;
        else hi = mid;
    }
    size_t cap = r->word_cap;
    if (mg__reserve((void **)&r->words, &cap, r->word_count + 1, sizeof *r->words) ||
        mg__reserve((void **)&r->names, &r->word_cap, r->word_count + 1, sizeof *r->names))
        return mg__fail(MG_ENOMEM, "out of memory");
    mg_lookup_result found = MG_LOOKUP_RESULT_INIT;
    mg_error_t err = mg_graph_lookup(r->g, word, &found);
    mg_id node = found.node;
    mg_lookup_result_clear(&found);
    if (err == MG_ENOMEM) return err;
    *name = node >= 0 ? mg_graph_node(r->g, node)->id : word;
    memmove(r->words + lo + 1, r->words + lo, (r->word_count - lo) * sizeof *r->words);
    memmove(r->names + lo + 1, r->names + lo, (r->word_count - lo) * sizeof *r->names);
    r->words[lo] = word;
    r->names[lo] = *name;
    r->word_count++;
    return MG_OK;
}

static mg_error_t resolve(mg_ctx_resolver *r, const mg_evidence *x, const char **out)
{
    if (r->filter && !mg__evidence_filter_ok(r->filter, x)) return *out = mg__ctx_filtered, MG_OK;
    if (!x->disease) return *out = NULL, MG_OK;
    return resolve_word(r, x->disease, out);
}

mg_error_t mg__ctx_resolver_table(mg_ctx_resolver *r)
{
    size_t m = (size_t)mg_graph_edge_count(r->g), total = 0;
    r->table_start = malloc((m + 1) * sizeof *r->table_start);
    if (!r->table_start) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t e = 0; e < m; e++) {
        r->table_start[e] = total;
        total += mg_graph_edge(r->g, (mg_id)e)->evidence_count;
    }
    r->table_start[m] = total;
    r->table = malloc((total ? total : 1) * sizeof *r->table);
    if (!r->table) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t e = 0; e < m; e++) {
        const mg_edge *edge = mg_graph_edge(r->g, (mg_id)e);
        for (size_t k = 0; k < edge->evidence_count; k++) {
            mg_error_t err = resolve(r, &edge->evidence[k], &r->table[r->table_start[e] + k]);
            if (err) return err;
        }
    }
    return MG_OK;
}

static mg_error_t context_of(mg_ctx_resolver *r, mg_id e, size_t k, const char **out)
{
    if (r->table) return *out = r->table[r->table_start[e] + k], MG_OK;
    return resolve(r, &mg_graph_edge(r->g, e)->evidence[k], out);
}

/* ---- sets of contexts: (wild, sorted names); wild fits every context ---- */

typedef struct {
    bool wild;
    const char **names;
    size_t count;
} ctx_set;

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool set_has(const ctx_set *s, const char *name)
{
    return s->count && bsearch(&name, s->names, s->count, sizeof *s->names, compare_names);
}

/* out = a ∩ b, a context fitting both; out->names must hold a->count + b->count. */
static void set_meet(const ctx_set *a, const ctx_set *b, ctx_set *out)
{
    size_t n = 0;
    for (size_t i = 0; i < a->count; i++)
        if (b->wild || set_has(b, a->names[i])) out->names[n++] = a->names[i];
    if (a->wild)
        for (size_t i = 0; i < b->count; i++)
            if (!set_has(a, b->names[i])) out->names[n++] = b->names[i];
    out->wild = a->wild && b->wild;
    out->count = n;
    if (n > 1) qsort(out->names, n, sizeof *out->names, compare_names);
}

static bool set_empty(const ctx_set *s) { return !s->wild && !s->count; }

/* ---- the computation ---- */

typedef struct {
    mg_ctx_resolver *r;
    const mg_graph *g;
    const mg_path *p;
    ctx_set *hops;        /* each hop's contexts */
    const char **pool;    /* their names */
    ctx_set cur, next;    /* scratch */
} work;

static mg_error_t hop_sets(work *w)
{
    const mg_path *p = w->p;
    size_t total = 0;
    for (size_t i = 0; i < p->hop_start[p->length]; i++) total += mg_graph_edge(w->g, p->edges[i])->evidence_count;
    w->hops = calloc(p->length ? p->length : 1, sizeof *w->hops);
    w->pool = malloc((total ? total : 1) * sizeof *w->pool);
    w->cur.names = malloc((total ? total : 1) * sizeof *w->cur.names);
    w->next.names = malloc((total ? 2 * total : 1) * sizeof *w->next.names);
    if (!w->hops || !w->pool || !w->cur.names || !w->next.names) return mg__fail(MG_ENOMEM, "out of memory");
    size_t at = 0;
    for (size_t h = 0; h < p->length; h++) {
        ctx_set *s = &w->hops[h];
        s->names = w->pool + at;
        bool any = false, structural = true;
        for (size_t i = p->hop_start[h]; i < p->hop_start[h + 1]; i++) {
            const mg_edge *e = mg_graph_edge(w->g, p->edges[i]);
            structural &= mg_relation_sign(e->relation) == MG_SIGN_STRUCTURAL;
            for (size_t k = 0; k < e->evidence_count; k++) {
                const char *c;
                mg_error_t err = context_of(w->r, p->edges[i], k, &c);
                if (err) return err;
                if (c == mg__ctx_filtered) continue;
                any = true;
                if (!c) s->wild = true;
                else s->names[s->count++] = c;
            }
        }
        /* a hop without (matching) evidence says nothing of context; a structural one (is_a,
         * part_of, derived_from: what a thing is) holds in any context, whoever reported it */
        if (!any || structural) s->wild = true;
        if (s->count > 1) qsort(s->names, s->count, sizeof *s->names, compare_names);
        size_t n = 0;
        for (size_t i = 0; i < s->count; i++)
            if (i == 0 || strcmp(s->names[i], s->names[n - 1]) != 0) s->names[n++] = s->names[i];
        s->count = n;
        at += n;
    }
    return MG_OK;
}

static void copy_set(ctx_set *to, const ctx_set *from)
{
    to->wild = from->wild;
    to->count = from->count;
    memcpy(to->names, from->names, from->count * sizeof *from->names);
}

static void work_free(work *w)
{
    free(w->hops);
    free(w->pool);
    free(w->cur.names);
    free(w->next.names);
}

/* Whether one context fits every hop (the hops' sets all meet). */
static bool all_meet(work *w)
{
    copy_set(&w->cur, &w->hops[0]);
    for (size_t h = 1; h < w->p->length; h++) {
        set_meet(&w->cur, &w->hops[h], &w->next);
        if (set_empty(&w->next)) return false;
        copy_set(&w->cur, &w->next);
    }
    return true;
}

mg_error_t mg__path_coherent(mg_ctx_resolver *r, const mg_graph *g, const mg_path *p, bool *coherent)
{
    work w = {.r = r, .g = g, .p = p};
    mg_error_t err = p->length ? hop_sets(&w) : MG_OK;
    *coherent = err || !p->length || all_meet(&w);
    work_free(&w);
    return err;
}

/* ---- the full record, in an arena ---- */

static const char **arena_names(mg_arena *a, const ctx_set *s)
{
    const char **names = mg_arena_alloc(a, (s->count ? s->count : 1) * sizeof *names);
    if (names) memcpy(names, s->names, s->count * sizeof *names);
    return names;
}

static const char *joined(mg_arena *a, const mg_path_segment *s)
{
    size_t len = 1;
    for (size_t i = 0; i < s->context_count; i++) len += strlen(s->contexts[i]) + 3;
    char *out = mg_arena_alloc(a, len);
    if (!out) return NULL;
    out[0] = '\0';
    for (size_t i = 0; i < s->context_count; i++) {
        if (i) strcat(out, " / ");
        strcat(out, s->contexts[i]);
    }
    return out;
}

/* Appends `s` to the sorted distinct list `list` (capacity enough). */
static void add_distinct(const char **list, size_t *n, const char *s)
{
    if (!s) return;
    for (size_t i = 0; i < *n; i++)
        if (strcmp(list[i], s) == 0) return;
    list[(*n)++] = s;
}

typedef struct {
    const mg_reference **refs;
    const char **organisms, **systems;
    mg_path_caution *cautions;
    size_t refs_n, org_n, sys_n, caution_n;
} support;

static void add_caution(support *s, const mg_caution *c, bool citation)
{
    for (size_t i = 0; i < s->caution_n; i++) {
        const mg_path_caution *d = &s->cautions[i];
        if (d->citation == citation && strcmp(d->caution->code, c->code) == 0 && strcmp(d->caution->text, c->text) == 0)
            return;
    }
    s->cautions[s->caution_n++] = (mg_path_caution){c, citation};
}

static size_t count_refs(const mg_reference **refs, size_t lo, size_t hi)
{
    size_t n = 0;
    for (size_t i = lo; i < hi; i++) {
        bool seen = false;
        for (size_t k = lo; k < i && !seen; k++) seen = refs[k] == refs[i];
        n += !seen;
    }
    return n;
}

/* Adds the support of hops [first, last) within `ctx` to `s`; returns its distinct studies. */
static mg_error_t add_support(work *w, support *s, size_t first, size_t last, const ctx_set *ctx, size_t *studies)
{
    const mg_path *p = w->p;
    size_t from = s->refs_n;
    for (size_t i = p->hop_start[first]; i < p->hop_start[last]; i++) {
        const mg_edge *e = mg_graph_edge(w->g, p->edges[i]);
        for (size_t k = 0; k < e->evidence_count; k++) {
            const char *c;
            mg_error_t err = context_of(w->r, p->edges[i], k, &c);
            if (err) return err;
            if (c == mg__ctx_filtered || (c && !ctx->wild && !set_has(ctx, c))) continue;
            const mg_evidence *x = &e->evidence[k];
            s->refs[s->refs_n++] = x->ref;
            add_distinct(s->organisms, &s->org_n, x->organism);
            add_distinct(s->systems, &s->sys_n, x->system);
            for (size_t j = 0; j < x->caution_count; j++) add_caution(s, &x->cautions[j], false);
            for (size_t j = 0; j < x->ref->caution_count; j++) add_caution(s, &x->ref->cautions[j], true);
        }
    }
    *studies = count_refs(s->refs, from, s->refs_n);
    return MG_OK;
}

/* Whether the systems share a part: "in vivo and in vitro" shares "in vivo" with "in vivo" (the
 * reviews describe one study either way), "in vivo" and "in vitro" share none. */
static bool systems_agree(const char *const *systems, size_t n)
{
    if (n <= 1) return true;
    for (const char *part = systems[0]; *part;) {
        const char *end = strstr(part, " and ");
        size_t len = end ? (size_t)(end - part) : strlen(part);
        bool everywhere = true;
        for (size_t i = 1; i < n && everywhere; i++) {
            bool found = false;
            for (const char *q = strstr(systems[i], part); q && !found; q = strstr(q + 1, part))
                found = strncmp(q, part, len) == 0 && (q == systems[i] || q[-1] == ' ') && (q[len] == '\0' || q[len] == ' ');
            everywhere = found;
        }
        if (everywhere) return true;
        part = end ? end + 5 : part + len;
    }
    return false;
}

static mg_error_t build(work *w, mg_arena *a, mg_path_context *out)
{
    const mg_path *p = w->p;
    size_t total = 0, cautions = 0;
    for (size_t i = 0; i < p->hop_start[p->length]; i++) {
        const mg_edge *e = mg_graph_edge(w->g, p->edges[i]);
        total += e->evidence_count;
        for (size_t k = 0; k < e->evidence_count; k++)
            cautions += e->evidence[k].caution_count + e->evidence[k].ref->caution_count;
    }
    mg_path_segment *segs = mg_arena_alloc(a, (p->length ? p->length : 1) * sizeof *segs);
    mg_path_bridge *bridges = mg_arena_alloc(a, (p->length ? p->length : 1) * sizeof *bridges);
    support s = {0};
    s.refs = malloc((total ? total : 1) * sizeof *s.refs);
    s.organisms = mg_arena_alloc(a, (total ? total : 1) * sizeof *s.organisms);
    s.systems = mg_arena_alloc(a, (total ? total : 1) * sizeof *s.systems);
    s.cautions = mg_arena_alloc(a, (cautions ? cautions : 1) * sizeof *s.cautions);
    mg_error_t err = MG_OK;
    if (!segs || !bridges || !s.refs || !s.organisms || !s.systems || !s.cautions) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    /* greedy from the source: a segment grows while a context still fits all its hops */
    size_t nseg = 0, start = 0;
    if (p->length) copy_set(&w->cur, &w->hops[0]);
    for (size_t h = 1; h <= p->length; h++) {
        if (h < p->length) {
            set_meet(&w->cur, &w->hops[h], &w->next);
            if (!set_empty(&w->next)) {
                copy_set(&w->cur, &w->next);
                continue;
            }
        }
        mg_path_segment *seg = &segs[nseg++];
        seg->first_hop = start;
        seg->hop_count = h - start;
        seg->context_count = w->cur.count;
        if (!(seg->contexts = arena_names(a, &w->cur))) err = mg__fail(MG_ENOMEM, "out of memory");
        if (err || (err = add_support(w, &s, start, h, &w->cur, &seg->studies))) goto done;
        if (h < p->length) {
            start = h;
            copy_set(&w->cur, &w->hops[h]);
        }
    }
    for (size_t i = 1; i < nseg; i++) {
        bridges[i - 1] = (mg_path_bridge){segs[i].first_hop, joined(a, &segs[i - 1]), joined(a, &segs[i])};
        if (!bridges[i - 1].from || !bridges[i - 1].to) {
            err = mg__fail(MG_ENOMEM, "out of memory");
            goto done;
        }
    }
    size_t *unnamed = mg_arena_alloc(a, (p->length ? p->length : 1) * sizeof *unnamed), nu = 0;
    if (!unnamed) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t h = 0; h < p->length; h++)
        if (!w->hops[h].count) unnamed[nu++] = h;
    if (s.org_n > 1) qsort(s.organisms, s.org_n, sizeof *s.organisms, compare_names);
    if (s.sys_n > 1) qsort(s.systems, s.sys_n, sizeof *s.systems, compare_names);
    *out = (mg_path_context){.coherent = nseg <= 1,
                             .contexts = nseg == 1 ? segs[0].contexts : NULL,
                             .context_count = nseg == 1 ? segs[0].context_count : 0,
                             .segments = segs,
                             .segment_count = nseg,
                             .bridges = bridges,
                             .bridge_count = nseg ? nseg - 1 : 0,
                             .studies = count_refs(s.refs, 0, s.refs_n),
                             .organisms = s.organisms,
                             .organism_count = s.org_n,
                             .systems = s.systems,
                             .system_count = s.sys_n,
                             .support_agrees = s.org_n <= 1 && systems_agree(s.systems, s.sys_n),
                             .cautions = s.cautions,
                             .caution_count = s.caution_n,
                             .unnamed_hops = unnamed,
                             .unnamed_hop_count = nu};
done:
    free(s.refs);
    return err;
}

mg_error_t mg__path_context_build(mg_ctx_resolver *r, mg_arena *arena, const mg_path *p, const mg_path_context **out)
{
    *out = NULL;
    mg_path_context *ctx = mg_arena_alloc(arena, sizeof *ctx);
    if (!ctx) return mg__fail(MG_ENOMEM, "out of memory");
    work w = {.r = r, .g = r->g, .p = p};
    mg_error_t err = hop_sets(&w);
    if (!err) err = build(&w, arena, ctx);
    work_free(&w);
    if (!err) *out = ctx;
    return err;
}
