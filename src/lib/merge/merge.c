/*
 * merge.c - mg_graph_merge: several graphs as one. merge_align.c decides which nodes are one
 * node; this file builds the merged graph from that decision: references (merged by id), nodes
 * (names, types and xrefs pooled), edges (every one kept, with its evidence and its origin),
 * then finds the sign conflicts between inputs, and fills the report (merge_report.c).
 */
#include "merge_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NONE SIZE_MAX

typedef struct {
    const mg_graph *const *in;
    size_t count;
    const mg_merge_options *opt;
    mg_graph *g;
    mg_merge_report *r;
    mg_aligner al;
    mg_id *merged;     /* per gid: its merged node, or -1 when left out */
    size_t **ref_map;  /* per input: reference index -> merged reference index */
    mg_arena scratch;  /* keys that live as long as the merge */
} merger;

/* ---- new ids for clashes: "<id>~<input>", then "~2", "~3" ... (normalised, '~' stays) ---- */

static char *renamed(mg_arena *arena, const char *id, size_t input, size_t round)
{
    char suffix[64];
    if (round == 0) snprintf(suffix, sizeof suffix, "~%zu", input + 1);
    else snprintf(suffix, sizeof suffix, "~%zu~%zu", input + 1, round + 1);
    size_t sl = strlen(suffix), len = strlen(id);
    /* ids are at most MG_NAME_MAX bytes: the base is cut, at a character boundary, to fit */
    if (len + sl > MG_NAME_MAX) {
        len = MG_NAME_MAX - sl;
        while (len > 0 && ((unsigned char)id[len] & 0xC0) == 0x80) len--;
    }
    char *s = mg_arena_alloc(arena, len + sl + 1);
    if (!s) return NULL;
    memcpy(s, id, len);
    memcpy(s + len, suffix, sl + 1);
    return s;
}

static char *lowercase(mg_arena *arena, const char *s)
{
    char *c = mg_arena_strdup(arena, s);
    for (char *p = c; p && *p; p++)
        if (*p >= 'A' && *p <= 'Z') *p = (char)(*p + 32);
    return c;
}

/* ---- references: one record per study, by id (ids are unique ignoring case) ---- */

static bool same_study(const mg_reference *a, const mg_reference *b)
{
    if (a->doi && b->doi) return strcasecmp(a->doi, b->doi) == 0;
    return strcmp(a->citation, b->citation) == 0;
}

/* Copies `n` cautions into the arena (*out NULL when there are none); false when out of memory. */
static bool copy_cautions(mg_arena *ar, const mg_caution *from, size_t n, const mg_caution **out)
{
    *out = NULL;
    if (!n) return false;
    mg_caution *c = mg_arena_alloc(ar, n * sizeof *c);
    if (!c) return true;
    for (size_t i = 0; i < n; i++) {
        c[i] = (mg_caution){mg_arena_strdup(ar, from[i].code), mg_arena_strdup(ar, from[i].text)};
        if (!c[i].code || !c[i].text) return true;
    }
    *out = c;
    return false;
}

static mg_error_t add_reference(merger *m, const mg_reference *ref, const char *id, mg_hashmap *ids, const char *key)
{
    mg_arena *ar = &m->g->arena;
    mg_reference *copy;
    mg_error_t err = mg__graph_add_reference(m->g, &copy);
    if (err) return err;
    *copy = (mg_reference){mg_arena_strdup(ar, id), mg_arena_strdup(ar, ref->citation), mg_arena_strdup(ar, ref->doi),
                           mg_arena_strdup(ar, ref->pmid), mg_arena_strdup(ar, ref->note), NULL, ref->caution_count};
    if (!copy->id || !copy->citation || (ref->doi && !copy->doi) || (ref->pmid && !copy->pmid) || (ref->note && !copy->note) ||
        copy_cautions(ar, ref->cautions, ref->caution_count, &copy->cautions))
        return mg__fail(MG_ENOMEM, "out of memory");
    return mg_hashmap_put(ids, key, (mg_id)(m->g->ref_count - 1));
}

static mg_error_t merge_references(merger *m)
{
    mg_hashmap ids = {0};
    size_t total = 0;
    for (size_t i = 0; i < m->count; i++) total += m->in[i]->ref_count;
    mg_error_t err = mg_hashmap_init(&ids, total);
    for (size_t i = 0; i < m->count && !err; i++) {
        const mg_graph *in = m->in[i];
        if (!(m->ref_map[i] = malloc((in->ref_count ? in->ref_count : 1) * sizeof **m->ref_map))) {
            err = mg__fail(MG_ENOMEM, "out of memory");
            break;
        }
        for (size_t k = 0; k < in->ref_count && !err; k++) {
            const mg_reference *ref = &in->refs[k];
            const char *key = lowercase(&m->scratch, ref->id);
            if (!key) {
                err = mg__fail(MG_ENOMEM, "out of memory");
                break;
            }
            mg_id old = mg_hashmap_get(&ids, key, strlen(key));
            if (old >= 0 && same_study(&m->g->refs[old], ref)) {
                /* the same study: a DOI or PMID one record lacks comes from the other */
                mg_reference *kept = &m->g->refs[old];
                if (!kept->doi && ref->doi && !(kept->doi = mg_arena_strdup(&m->g->arena, ref->doi))) err = MG_ENOMEM;
                if (!kept->pmid && ref->pmid && !(kept->pmid = mg_arena_strdup(&m->g->arena, ref->pmid))) err = MG_ENOMEM;
                if (err) err = mg__fail(MG_ENOMEM, "out of memory");
                m->ref_map[i][k] = (size_t)old;
                continue;
            }
            const char *id = ref->id;
            for (size_t round = 0; old >= 0; round++) {
                if (!(id = renamed(&m->scratch, ref->id, i, round)) || !(key = lowercase(&m->scratch, id))) {
                    err = mg__fail(MG_ENOMEM, "out of memory");
                    break;
                }
                if (mg_hashmap_get(&ids, key, strlen(key)) < 0) {
                    err = mg__report_issue(m->r, MG_MERGE_RENAMED, -1, i,
                                           "reference '%s' of '%s' is another study than the '%s' of an earlier graph: "
                                           "renamed '%s'", ref->id, in->source, m->g->refs[old].id, id);
                    break;
                }
            }
            if (!err) err = add_reference(m, ref, id, &ids, key);
            m->ref_map[i][k] = m->g->ref_count - 1;
        }
    }
    mg_hashmap_destroy(&ids);
    return err;
}

/* ---- nodes: one per kept component, its records pooled ---- */

typedef struct {
    const char **keys; /* the normalised names the node has so far */
    size_t count, cap;
} name_set;

/* Adds `name`'s key to the set; false when it was there already (or on failure: *err set). */
static bool name_set_add(merger *m, name_set *s, const char *name, mg_error_t *err)
{
    size_t len = mg_name_normalize(name, NULL, 0);
    char *key = mg_arena_alloc(&m->scratch, len + 1);
    if (!key) return *err = mg__fail(MG_ENOMEM, "out of memory"), false;
    mg_name_normalize(name, key, len + 1);
    for (size_t i = 0; i < s->count; i++)
        if (strcmp(s->keys[i], key) == 0) return false;
    if ((*err = mg__reserve((void **)&s->keys, &s->cap, s->count + 1, sizeof *s->keys))) return false;
    s->keys[s->count++] = key;
    return true;
}

static mg_error_t pool_names(merger *m, mg_node *nd, const size_t *mem, size_t k)
{
    mg_arena *ar = &m->g->arena;
    size_t cap = 0;
    for (size_t i = 0; i < k; i++) cap += 2 + mg__aligner_node(&m->al, mem[i])->synonym_count;
    const char **syn = mg_arena_alloc(ar, cap * sizeof *syn);
    if (!syn) return mg__fail(MG_ENOMEM, "out of memory");
    name_set seen = {0};
    mg_error_t err = MG_OK;
    name_set_add(m, &seen, nd->id, &err);
    if (!err) name_set_add(m, &seen, nd->label, &err);
    size_t n = 0;
    for (size_t i = 0; i < k && !err; i++) {
        const mg_node *src = mg__aligner_node(&m->al, mem[i]);
        /* the first record's synonyms stay as they are; other names only when new (the first
         * record's id is new when the node was renamed) */
        for (size_t s = 0; s < 2 + src->synonym_count && !err; s++) {
            const char *name = s == 0 ? src->id : s == 1 ? src->label : src->synonyms[s - 2];
            bool fresh = name_set_add(m, &seen, name, &err);
            if (err || (!fresh && !(i == 0 && s >= 2))) continue;
            if (!(syn[n++] = mg_arena_strdup(ar, name))) err = mg__fail(MG_ENOMEM, "out of memory");
        }
    }
    free(seen.keys);
    nd->synonyms = syn;
    nd->synonym_count = n;
    return err;
}

static mg_error_t pool_xrefs(merger *m, mg_node *nd, const size_t *mem, size_t k, size_t lead)
{
    mg_arena *ar = &m->g->arena;
    size_t cap = 0;
    for (size_t i = 0; i < k; i++) cap += mg__aligner_node(&m->al, mem[i])->xref_count;
    if (!cap) return MG_OK;
    mg_xref *x = mg_arena_alloc(ar, cap * sizeof *x);
    if (!x) return mg__fail(MG_ENOMEM, "out of memory");
    size_t n = 0;
    mg_error_t err = MG_OK;
    for (size_t i = 0; i < k && !err; i++) {
        const mg_node *src = mg__aligner_node(&m->al, mem[i]);
        for (size_t j = 0; j < src->xref_count && !err; j++) {
            const mg_xref *xr = &src->xrefs[j];
            size_t have = 0;
            while (have < n && strcmp(x[have].key, xr->key) != 0) have++;
            if (have < n) {
                if (strcmp(x[have].value, xr->value) != 0)
                    err = mg__report_issue(m->r, MG_MERGE_XREF, (mg_id)lead, m->al.input[mem[i]],
                                           "'%s': xref %s is %s, and %s for '%s' of '%s': kept %s", nd->id, xr->key,
                                           x[have].value, xr->value, src->id, m->in[m->al.input[mem[i]]]->source,
                                           x[have].value);
                continue;
            }
            x[n] = (mg_xref){mg_arena_strdup(ar, xr->key), mg_arena_strdup(ar, xr->value)};
            if (!x[n].key || !x[n].value) err = mg__fail(MG_ENOMEM, "out of memory");
            n++;
        }
    }
    nd->xrefs = x;
    nd->xref_count = n;
    return err;
}

/* The node's id: its first record's, renamed when it would equal another's once normalised
 * (a name match refused, or two ids of an edge list that differ only in case). */
static mg_error_t node_id(merger *m, mg_node *nd, size_t lead, mg_hashmap *keys)
{
    const mg_node *src = mg__aligner_node(&m->al, lead);
    size_t input = m->al.input[lead];
    const char *id = src->id, *clash = NULL;
    char *key;
    size_t len;
    for (size_t round = 0;; round++) {
        len = mg_name_normalize(id, NULL, 0);
        if (!(key = mg_arena_alloc(&m->scratch, len + 1))) return mg__fail(MG_ENOMEM, "out of memory");
        mg_name_normalize(id, key, len + 1);
        mg_id other = mg_hashmap_get(keys, key, len);
        if (other < 0) break;
        if (!clash) clash = m->g->nodes[other].id;
        if (!(id = renamed(&m->scratch, src->id, input, round))) return mg__fail(MG_ENOMEM, "out of memory");
    }
    if (!(nd->id = mg_arena_strdup(&m->g->arena, id))) return mg__fail(MG_ENOMEM, "out of memory");
    mg_error_t err = mg_hashmap_put(keys, key, (mg_id)(m->g->node_count - 1));
    if (!err && clash)
        err = mg__report_issue(m->r, MG_MERGE_RENAMED, (mg_id)lead, input,
                               "node id '%s' of '%s' is the same name as '%s' once normalised: renamed '%s'", src->id,
                               m->in[input]->source, clash, id);
    return err;
}

/* Type: the first stated one; another stated type is reported and dropped. Note: the first. */
static mg_error_t pool_type(merger *m, mg_node *nd, const size_t *mem, size_t k)
{
    nd->type = MG_NODE_ENTITY;
    for (size_t i = 0; i < k; i++) {
        const mg_node *src = mg__aligner_node(&m->al, mem[i]);
        if (!nd->note && src->note && !(nd->note = mg_arena_strdup(&m->g->arena, src->note)))
            return mg__fail(MG_ENOMEM, "out of memory");
        if (src->type == MG_NODE_ENTITY || src->type == nd->type) continue;
        if (nd->type == MG_NODE_ENTITY) {
            nd->type = src->type;
            continue;
        }
        size_t input = m->al.input[mem[i]];
        mg_error_t err = mg__report_issue(m->r, MG_MERGE_TYPE, (mg_id)mem[0], input,
                                          "'%s' is a %s, and a %s as '%s' of '%s': kept %s", nd->id,
                                          mg_node_type_name(nd->type), mg_node_type_name(src->type), src->id,
                                          m->in[input]->source, mg_node_type_name(nd->type));
        if (err) return err;
    }
    return MG_OK;
}

static int compare_size(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    return (a > b) - (a < b);
}

static mg_error_t build_node(merger *m, size_t root, size_t **mem, size_t *mem_cap, mg_hashmap *keys)
{
    mg_aligner *al = &m->al;
    size_t k = 0;
    mg_error_t err = mg__reserve((void **)mem, mem_cap, al->size[root], sizeof **mem);
    if (err) return err;
    for (size_t g = al->head[root]; g != NONE; g = al->next[g]) (*mem)[k++] = g;
    qsort(*mem, k, sizeof **mem, compare_size); /* in input order: the first record leads */
    const size_t *mb = *mem;
    const mg_node *lead = mg__aligner_node(al, mb[0]);
    mg_node *nd;
    if ((err = mg__graph_add_node(m->g, &nd)) || (err = node_id(m, nd, mb[0], keys))) return err;
    /* a label where the first record has none (its label is its id) */
    const char *label = NULL;
    for (size_t i = 0; i < k && !label; i++) {
        const mg_node *src = mg__aligner_node(al, mb[i]);
        if (strcmp(src->label, src->id) != 0) label = src->label;
    }
    if (!label && strcmp(nd->id, lead->id) != 0) label = lead->id; /* renamed: still shown as it was */
    nd->label = label ? mg_arena_strdup(&m->g->arena, label) : nd->id;
    if (!nd->label) return mg__fail(MG_ENOMEM, "out of memory");
    if ((err = pool_type(m, nd, mb, k)) || (err = pool_names(m, nd, mb, k))) return err;
    return pool_xrefs(m, nd, mb, k, mb[0]);
}

static mg_error_t build_nodes(merger *m)
{
    mg_aligner *al = &m->al;
    bool any_edges = false;
    /* an input with comparisons counts as one with edges: its comparisons need their nodes */
    for (size_t i = 0; i < m->count; i++) any_edges = any_edges || m->in[i]->edge_count > 0 || m->in[i]->cmp_count > 0;
    bool *keep = calloc(al->total ? al->total : 1, sizeof *keep);
    mg_id *index = malloc((al->total ? al->total : 1) * sizeof *index);
    size_t *mem = NULL, mem_cap = 0;
    mg_hashmap keys = {0};
    mg_error_t err = MG_OK;
    if (!keep || !index) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    /* a component is kept when an input with edges has a node in it */
    for (size_t g = 0; g < al->total; g++)
        if (!any_edges || m->opt->keep_unmatched || m->in[al->input[g]]->edge_count > 0 || m->in[al->input[g]]->cmp_count > 0)
            keep[mg__aligner_root(al, g)] = true;
    size_t nodes = 0;
    for (size_t g = 0; g < al->total; g++) {
        size_t r = mg__aligner_root(al, g);
        if (al->first[r] != g) continue;
        if (keep[r]) index[r] = (mg_id)nodes++;
        else m->r->dropped++;
    }
    for (size_t g = 0; g < al->total; g++) {
        size_t r = mg__aligner_root(al, g);
        m->merged[g] = keep[r] ? index[r] : -1;
    }
    if ((err = mg__reserve((void **)&m->g->nodes, &m->g->node_capacity, nodes, sizeof *m->g->nodes)) ||
        (err = mg_hashmap_init(&keys, nodes)))
        goto done;
    for (size_t g = 0; g < al->total && !err; g++) {
        size_t r = mg__aligner_root(al, g);
        if (al->first[r] == g && keep[r]) err = build_node(m, r, &mem, &mem_cap, &keys);
    }
done:
    free(keep);
    free(index);
    free(mem);
    mg_hashmap_destroy(&keys);
    return err;
}

/* ---- edges: every one, its ends moved to the merged nodes, its evidence and origin kept ---- */

typedef struct {
    mg_id source, target;
    int sign;
    size_t origin; /* index of the interned origin: inputs are told apart by it */
    mg_id edge;
} signed_edge;

typedef struct {
    mg_hashmap map;        /* origin text -> index */
    const char **text;     /* in the merged graph's arena */
    size_t *input;         /* the input each origin came from first */
    size_t count, cap, input_cap;
    const char *last_in;   /* the origin pointer seen last, and what it became: edges come in runs */
    size_t last;
} origins;

/* The index of an origin, made when new; an origin that two inputs both bring is reported once:
 * a graph merged twice (directly, or inside a merged graph) has its edges twice. */
static mg_error_t intern_origin(merger *m, origins *o, size_t input, const char *origin, size_t *index)
{
    if (origin == o->last_in) return *index = o->last, MG_OK;
    mg_id k = mg_hashmap_get(&o->map, origin, strlen(origin));
    mg_error_t err;
    if (k < 0) {
        if ((err = mg__reserve((void **)&o->text, &o->cap, o->count + 1, sizeof *o->text)) ||
            (err = mg__reserve((void **)&o->input, &o->input_cap, o->count + 1, sizeof *o->input)))
            return err;
        if (!(o->text[o->count] = mg_arena_strdup(&m->g->arena, origin))) return mg__fail(MG_ENOMEM, "out of memory");
        if ((err = mg_hashmap_put(&o->map, o->text[o->count], (mg_id)o->count))) return err;
        o->input[o->count] = input;
        k = (mg_id)o->count++;
    } else if (o->input[k] != input && o->input[k] != NONE) {
        const char *first = m->in[o->input[k]]->source, *again = m->in[input]->source;
        if (strcmp(first, again) == 0)
            err = mg__report_issue(m->r, MG_MERGE_DUPLICATE, -1, input,
                                   "'%s' is merged twice: its edges are in the merged graph twice", again);
        else
            err = mg__report_issue(m->r, MG_MERGE_DUPLICATE, -1, input,
                                   "edges from '%s' come from two graphs, '%s' and '%s': they are in the merged graph twice",
                                   origin, first, again);
        if (err) return err;
        o->input[k] = NONE; /* said once */
    }
    o->last_in = origin;
    o->last = (size_t)k;
    *index = (size_t)k;
    return MG_OK;
}

/* The evidence of an edge or a comparison of input `input`, its references moved to the merged ones. */
static mg_error_t copy_evidence(merger *m, size_t input, const mg_evidence *src, size_t n, const mg_evidence **out)
{
    mg_arena *ar = &m->g->arena;
    const mg_graph *in = m->in[input];
    mg_evidence *ev = mg_arena_alloc(ar, n * sizeof *ev);
    if (!ev) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t k = 0; k < n; k++) {
        const mg_evidence *x = &src[k];
        ev[k] = (mg_evidence){&m->g->refs[m->ref_map[input][x->ref - in->refs]],
                              x->review ? &m->g->refs[m->ref_map[input][x->review - in->refs]] : NULL,
                              mg_arena_strdup(ar, x->where),   mg_arena_strdup(ar, x->organism),
                              mg_arena_strdup(ar, x->system),  mg_arena_strdup(ar, x->disease),
                              mg_arena_strdup(ar, x->cell),    mg_arena_strdup(ar, x->note), NULL, 0,
                              mg_arena_strdup(ar, x->model)};
        if ((x->where && !ev[k].where) || (x->organism && !ev[k].organism) || (x->system && !ev[k].system) ||
            (x->disease && !ev[k].disease) || (x->cell && !ev[k].cell) || (x->note && !ev[k].note) ||
            (x->model && !ev[k].model))
            return mg__fail(MG_ENOMEM, "out of memory");
        if (copy_cautions(ar, x->cautions, x->caution_count, &ev[k].cautions)) return mg__fail(MG_ENOMEM, "out of memory");
        ev[k].caution_count = x->caution_count;
    }
    *out = ev;
    return MG_OK;
}

static mg_error_t build_edges(merger *m, signed_edge **signs, size_t *sign_count)
{
    size_t total = 0;
    for (size_t i = 0; i < m->count; i++) total += m->in[i]->edge_count;
    mg_graph *g = m->g;
    origins o = {0};
    size_t cap = 0;
    mg_error_t err = mg__reserve((void **)&g->edges, &g->edge_capacity, total ? total : 1, sizeof *g->edges);
    if (!err) err = mg_hashmap_init(&o.map, m->count);
    for (size_t i = 0; i < m->count && !err; i++) {
        const mg_graph *in = m->in[i];
        const mg_id *merged = m->merged + m->al.base[i];
        for (size_t e = 0; e < in->edge_count && !err; e++) {
            const mg_edge *src = &in->edges[e];
            mg_edge *dst = &g->edges[g->edge_count++];
            *dst = *src;
            dst->source = merged[src->source];
            dst->target = merged[src->target];
            size_t origin = 0;
            if ((err = intern_origin(m, &o, i, src->origin ? src->origin : in->source, &origin))) break;
            dst->origin = o.text[origin];
            if (src->note && !(dst->note = mg_arena_strdup(&g->arena, src->note))) err = mg__fail(MG_ENOMEM, "out of memory");
            if (!err && src->evidence_count) err = copy_evidence(m, i, src->evidence, src->evidence_count, &dst->evidence);
            mg_sign s = mg_relation_sign(src->relation);
            if (err || (s != MG_SIGN_POSITIVE && s != MG_SIGN_NEGATIVE)) continue;
            if (!(err = mg__reserve((void **)signs, &cap, *sign_count + 1, sizeof **signs)))
                (*signs)[(*sign_count)++] = (signed_edge){dst->source, dst->target, (int)s, origin, (mg_id)(g->edge_count - 1)};
        }
    }
    mg_hashmap_destroy(&o.map);
    free(o.text);
    free(o.input);
    return err;
}

/* ---- comparisons: every one of every input, its nodes moved to the merged ones ---- */

static mg_error_t build_comparisons(merger *m)
{
    mg_graph *g = m->g;
    mg_error_t err = MG_OK;
    for (size_t i = 0; i < m->count && !err; i++) {
        const mg_graph *in = m->in[i];
        const mg_id *merged = m->merged + m->al.base[i];
        for (size_t k = 0; k < in->cmp_count && !err; k++) {
            const mg_comparison *src = &in->cmps[k];
            mg_comparison *dst;
            if ((err = mg__graph_add_comparison(g, &dst))) break;
            /* an input with comparisons keeps all its nodes (build_nodes): none maps to -1 */
            *dst = (mg_comparison){merged[src->a], merged[src->b], src->aspect >= 0 ? merged[src->aspect] : -1,
                                   NULL, src->direction, NULL, src->evidence_count, NULL};
            if ((src->aspect_text && !(dst->aspect_text = mg_arena_strdup(&g->arena, src->aspect_text))) ||
                (src->note && !(dst->note = mg_arena_strdup(&g->arena, src->note))))
                err = mg__fail(MG_ENOMEM, "out of memory");
            if (!err && src->evidence_count) err = copy_evidence(m, i, src->evidence, src->evidence_count, &dst->evidence);
        }
    }
    return err;
}

/* ---- sign conflicts: + in one origin, - in another, for the same (source, target) ---- */

static int compare_signed(const void *pa, const void *pb)
{
    const signed_edge *a = pa, *b = pb;
    if (a->source != b->source) return a->source < b->source ? -1 : 1;
    if (a->target != b->target) return a->target < b->target ? -1 : 1;
    if (a->sign != b->sign) return a->sign > b->sign ? -1 : 1; /* positive first */
    if (a->origin != b->origin) return a->origin < b->origin ? -1 : 1;
    return (a->edge > b->edge) - (a->edge < b->edge);
}

static mg_error_t find_conflicts(merger *m, signed_edge *s, size_t n)
{
    if (n == 0) return MG_OK;
    qsort(s, n, sizeof *s, compare_signed);
    mg_merge_report *r = m->r;
    for (size_t i = 0, j; i < n; i = j) {
        size_t neg = NONE;
        for (j = i; j < n && s[j].source == s[i].source && s[j].target == s[i].target; j++)
            if (neg == NONE && s[j].sign < 0) neg = j;
        if (neg == NONE || neg == i) continue;
        /* the first edge of each origin on each side; pairs of different origins conflict */
        for (size_t p = i; p < neg; p++) {
            if (p > i && s[p].origin == s[p - 1].origin) continue;
            for (size_t q = neg; q < j; q++) {
                if ((q > neg && s[q].origin == s[q - 1].origin) || s[q].origin == s[p].origin) continue;
                mg_error_t err = mg__reserve((void **)&r->conflicts, &r->conflict_cap, r->conflict_count + 1, sizeof *r->conflicts);
                if (err) return err;
                r->conflicts[r->conflict_count++] = (mg_merge_sign_conflict){s[p].source, s[p].target, s[p].edge, s[q].edge};
            }
        }
    }
    return MG_OK;
}

/* ---- the whole ---- */

/* "a + b": the inputs' texts, for the merged graph's name and source (cut to a sane length). */
static const char *joined(merger *m, bool names)
{
    mg_buffer b = {0};
    for (size_t i = 0; i < m->count && b.len < 4096; i++) {
        const char *t = names ? m->in[i]->name : m->in[i]->source;
        if (!*t) continue;
        if (b.len) mg__buffer_puts(&b, " + ");
        mg__buffer_puts(&b, t);
    }
    const char *s = mg_arena_strdup(&m->g->arena, mg__buffer_cstr(&b));
    mg__buffer_free(&b);
    return s;
}

/* Alignments and issues named gids; now they name merged nodes. Alignments of left-out nodes go. */
static void renumber_report(merger *m)
{
    mg_merge_report *r = m->r;
    size_t k = 0;
    for (size_t i = 0; i < r->alignment_count; i++) {
        mg_merge_alignment al = r->alignments[i];
        al.node = m->merged[al.node];
        if (al.node < 0) {
            r->aligned[al.rule]--;
            continue;
        }
        r->alignments[k++] = al;
    }
    r->alignment_count = k;
    for (size_t i = 0; i < r->issue_count; i++)
        if (r->issues[i].node >= 0) r->issues[i].node = m->merged[r->issues[i].node];
}

mg_error_t mg_graph_merge(mg_graph **out, mg_merge_report **report, const mg_graph *const *graphs, size_t count,
                          const mg_merge_options *options)
{
    mg_init();
    *out = NULL;
    if (report) *report = NULL;
    mg_merge_options defaults = MG_MERGE_OPTIONS_INIT;
    if (!options) options = &defaults;
    if (!graphs || count == 0) return mg__fail(MG_EINVAL, "no graph to merge");
    for (size_t i = 0; i < count; i++)
        if (!graphs[i]) return mg__fail(MG_EINVAL, "graph %zu of %zu to merge is NULL", i + 1, count);
    if ((unsigned)options->align > MG_ALIGN_NAME) return mg__fail(MG_EINVAL, "invalid alignment rule %d", (int)options->align);

    merger m = {.in = graphs, .count = count, .opt = options};
    signed_edge *signs = NULL;
    size_t sign_count = 0;
    mg_error_t err = MG_OK;
    m.r = calloc(1, sizeof *m.r);
    m.ref_map = calloc(count, sizeof *m.ref_map);
    if (!m.r || !m.ref_map) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    if ((err = mg__graph_new(&m.g, NULL)) || (err = mg__aligner_init(&m.al, graphs, count, m.r))) goto done;
    if (!(m.g->source = joined(&m, false)) || !(m.g->name = joined(&m, true))) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    if (!(m.merged = malloc((m.al.total ? m.al.total : 1) * sizeof *m.merged))) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    if ((err = mg__align(&m.al, options->align)) || (err = merge_references(&m)) || (err = build_nodes(&m)) ||
        (err = mg__graph_index_nodes(m.g)) || (err = build_edges(&m, &signs, &sign_count)) ||
        (err = build_comparisons(&m)) || (err = mg__graph_index_edges(m.g)))
        goto done;
    renumber_report(&m);
    if ((err = find_conflicts(&m, signs, sign_count))) goto done;
    *out = m.g;
    m.g = NULL;
    if (report) {
        *report = m.r;
        m.r = NULL;
    }
done:
    free(signs);
    free(m.merged);
    for (size_t i = 0; m.ref_map && i < count; i++) free(m.ref_map[i]);
    free(m.ref_map);
    mg__aligner_free(&m.al);
    mg_arena_free(&m.scratch);
    mg_graph_free(m.g);
    mg_merge_report_free(m.r);
    return err;
}
