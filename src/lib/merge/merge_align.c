/*
 * merge_align.c - which nodes of several graphs are one node. Three rules, tried in order: the
 * same id; then xrefs (an id that is another node's xref value, or an xref (key, value) in
 * common); then names (a normalised id, label or synonym). Each rule gathers the nodes that
 * share a key in a hash multimap, and joins the nodes of one key when it names at most one node
 * of each input: O(keys), never a comparison of every node with every other.
 */
#include "merge_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE SIZE_MAX

/* ---- the components: a union-find over gids ---- */

mg_error_t mg__aligner_init(mg_aligner *a, const mg_graph *const *in, size_t count, mg_merge_report *report)
{
    memset(a, 0, sizeof *a);
    a->in = in;
    a->count = count;
    a->report = report;
    a->base = malloc((count + 1) * sizeof *a->base);
    a->stamp = calloc(count, sizeof *a->stamp);
    a->stamp_owner = calloc(count, sizeof *a->stamp_owner);
    if (!a->base || !a->stamp || !a->stamp_owner) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t i = 0; i < count; i++) {
        a->base[i] = a->total;
        a->total += in[i]->node_count;
    }
    a->base[count] = a->total;
    size_t n = a->total ? a->total : 1;
    size_t **arrays[] = {&a->input, &a->parent, &a->size, &a->first, &a->typed, &a->next, &a->head, &a->tail};
    for (size_t k = 0; k < sizeof arrays / sizeof *arrays; k++)
        if (!(*arrays[k] = malloc(n * sizeof **arrays[k]))) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t i = 0; i < count; i++) {
        for (size_t g = a->base[i]; g < a->base[i + 1]; g++) {
            a->input[g] = i;
            a->parent[g] = a->first[g] = a->head[g] = a->tail[g] = g;
            a->size[g] = 1;
            a->typed[g] = in[i]->nodes[g - a->base[i]].type != MG_NODE_ENTITY ? g : NONE;
            a->next[g] = NONE;
        }
    }
    return MG_OK;
}

void mg__aligner_free(mg_aligner *a)
{
    size_t *arrays[] = {a->base, a->stamp, a->stamp_owner, a->input, a->parent, a->size,
                        a->first, a->typed, a->next, a->head, a->tail};
    for (size_t k = 0; k < sizeof arrays / sizeof *arrays; k++) free(arrays[k]);
    memset(a, 0, sizeof *a);
}

size_t mg__aligner_root(mg_aligner *a, size_t g)
{
    while (a->parent[g] != g) {
        a->parent[g] = a->parent[a->parent[g]];
        g = a->parent[g];
    }
    return g;
}

const mg_node *mg__aligner_node(const mg_aligner *a, size_t g)
{
    return &a->in[a->input[g]]->nodes[g - a->base[a->input[g]]];
}

static void unite(mg_aligner *a, size_t ra, size_t rb)
{
    if (a->size[ra] < a->size[rb]) {
        size_t t = ra;
        ra = rb;
        rb = t;
    }
    a->parent[rb] = ra;
    a->size[ra] += a->size[rb];
    if (a->first[rb] < a->first[ra]) a->first[ra] = a->first[rb];
    if (a->typed[rb] < a->typed[ra]) a->typed[ra] = a->typed[rb];
    a->next[a->tail[ra]] = a->head[rb];
    a->tail[ra] = a->tail[rb];
}

static const char *source_of(const mg_aligner *a, size_t g) { return a->in[a->input[g]]->source; }

/* ---- a multimap: key -> the gids that carry it, groups in the order their keys first came ---- */

typedef struct {
    const char *key;
    size_t head, tail;
} mm_group;

typedef struct {
    size_t gid, next;
} mm_entry;

typedef struct {
    mg_hashmap map; /* key -> group index */
    mm_group *groups;
    size_t group_count, group_cap;
    mm_entry *entries;
    size_t entry_count, entry_cap;
} multimap;

static void mm_free(multimap *m)
{
    mg_hashmap_destroy(&m->map);
    free(m->groups);
    free(m->entries);
    memset(m, 0, sizeof *m);
}

/* `key` must outlive the map. */
static mg_error_t mm_add(multimap *m, const char *key, size_t gid)
{
    mg_id k = mg_hashmap_get(&m->map, key, strlen(key));
    mg_error_t err;
    if (k < 0) {
        if ((err = mg__reserve((void **)&m->groups, &m->group_cap, m->group_count + 1, sizeof *m->groups)) ||
            (err = mg_hashmap_put(&m->map, key, (mg_id)m->group_count)))
            return err;
        k = (mg_id)m->group_count++;
        m->groups[k] = (mm_group){key, NONE, NONE};
    }
    if ((err = mg__reserve((void **)&m->entries, &m->entry_cap, m->entry_count + 1, sizeof *m->entries))) return err;
    mm_group *grp = &m->groups[k];
    m->entries[m->entry_count] = (mm_entry){gid, NONE};
    if (grp->head == NONE) grp->head = m->entry_count;
    else m->entries[grp->tail].next = m->entry_count;
    grp->tail = m->entry_count++;
    return MG_OK;
}

/* ---- joining the gids of one key ---- */

typedef struct {
    mg_aligner *a;
    size_t *gids;  /* the group being decided */
    size_t count, cap;
    size_t *pairs; /* scratch: (root, input) pairs, 2 per gid */
    size_t pair_cap;
} group;

static mg_error_t group_add(group *gr, size_t gid)
{
    mg_error_t err = mg__reserve((void **)&gr->gids, &gr->cap, gr->count + 1, sizeof *gr->gids);
    if (err) return err;
    gr->gids[gr->count++] = gid;
    return MG_OK;
}

static int compare_size(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    return (a > b) - (a < b);
}

static int compare_pair(const void *pa, const void *pb)
{
    const size_t *a = pa, *b = pb;
    if (a[0] != b[0]) return (a[0] > b[0]) - (a[0] < b[0]);
    return (a[1] > b[1]) - (a[1] < b[1]);
}

/* The name of node `n`, as written, whose normalised form is `key`; its id when none is. */
static const char *written_name(const mg_node *n, const char *key)
{
    char buf[MG_NAME_MAX * 8];
    size_t count = 2 + n->synonym_count;
    for (size_t i = 0; i < count; i++) {
        const char *name = i == 0 ? n->id : i == 1 ? n->label : n->synonyms[i - 2];
        if (mg_name_normalize(name, buf, sizeof buf) < sizeof buf && strcmp(buf, key) == 0) return name;
    }
    return n->id;
}

static const char *rule_word(mg_align_rule rule) { return rule == MG_ALIGN_NAME ? "name" : rule == MG_ALIGN_XREF ? "xref" : "id"; }

static mg_error_t add_alignment(mg_aligner *a, mg_align_rule rule, size_t ga, size_t gb, const char *key)
{
    mg_merge_report *r = a->report;
    if (a->input[gb] < a->input[ga]) {
        size_t t = ga;
        ga = gb;
        gb = t;
    }
    mg_error_t err = mg__reserve((void **)&r->alignments, &r->alignment_cap, r->alignment_count + 1, sizeof *r->alignments);
    if (err) return err;
    mg_merge_alignment *al = &r->alignments[r->alignment_count];
    *al = (mg_merge_alignment){rule, (mg_id)ga, a->input[ga], a->input[gb], mg_arena_strdup(&r->arena, mg__aligner_node(a, ga)->id),
                               mg_arena_strdup(&r->arena, mg__aligner_node(a, gb)->id), mg_arena_strdup(&r->arena, key)};
    if (!al->id || !al->other_id || !al->key) return mg__fail(MG_ENOMEM, "out of memory");
    r->alignment_count++;
    r->aligned[rule]++;
    return MG_OK;
}

/* Reports a key that names several nodes of one input (the gids g[from .. to)); `left` is the
 * node left unmerged. */
static mg_error_t report_ambiguous(group *gr, mg_align_rule rule, const char *shown, size_t from, size_t to, size_t left)
{
    mg_aligner *a = gr->a;
    char list[512];
    size_t len = 0;
    list[0] = '\0';
    for (size_t i = from; i < to && len < sizeof list; i++) {
        if (i - from == 4) {
            snprintf(list + len, sizeof list - len, ", ...");
            break;
        }
        int n = snprintf(list + len, sizeof list - len, "%s%s", i > from ? ", " : "", mg__aligner_node(a, gr->gids[i])->id);
        len += n > 0 ? (size_t)n : 0;
    }
    return mg__report_issue(a->report, MG_MERGE_AMBIGUOUS, (mg_id)left, a->input[left],
                            "%s '%s' names %zu nodes of '%s' (%s): '%s' of '%s' not merged by it", rule_word(rule), shown,
                            to - from, source_of(a, gr->gids[from]), list, mg__aligner_node(a, left)->id, source_of(a, left));
}

/*
 * Decides the group of gids that share one key (`key`: the id, "key:value", or a normalised name).
 * Nothing happens unless the gids span two inputs and two components. A key naming two nodes of
 * one input is ambiguous: reported, unless every component already holds one of them, and
 * nothing is joined. Otherwise the components are joined when that puts no two nodes of one
 * input together and, for names, when their stated types agree.
 */
static mg_error_t join(group *gr, mg_align_rule rule, const char *key)
{
    mg_aligner *a = gr->a;
    size_t *g = gr->gids, n = 0;
    qsort(g, gr->count, sizeof *g, compare_size);
    for (size_t i = 0; i < gr->count; i++)
        if (!n || g[i] != g[n - 1]) g[n++] = g[i];
    gr->count = n;
    if (n < 2 || a->input[g[0]] == a->input[g[n - 1]]) return MG_OK;

    mg_error_t err = mg__reserve((void **)&gr->pairs, &gr->pair_cap, 2 * n, sizeof *gr->pairs);
    if (err) return err;
    for (size_t i = 0; i < n; i++) {
        gr->pairs[2 * i] = mg__aligner_root(a, g[i]);
        gr->pairs[2 * i + 1] = a->input[g[i]];
    }
    qsort(gr->pairs, n, 2 * sizeof *gr->pairs, compare_pair);
    size_t roots = 0;
    for (size_t i = 0; i < n; i++) roots += i == 0 || gr->pairs[2 * i] != gr->pairs[2 * i - 2];
    if (roots < 2) return MG_OK;

    /* inputs with several nodes in the group (gids are sorted, so by input) */
    a->stamp_now++;
    size_t ambiguous = 0, amb_from = 0, amb_to = 0;
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i + 1; j < n && a->input[g[j]] == a->input[g[i]];) j++;
        if (j - i < 2) continue;
        if (!ambiguous++) amb_from = i, amb_to = j;
        a->stamp[a->input[g[i]]] = a->stamp_now;
    }
    if (ambiguous) {
        /* silent when every component holds a node of every ambiguous input: nothing to decide */
        size_t left = NONE, left_at = 0;
        for (size_t i = 0, j; i < n && left == NONE; i = j) {
            size_t held = 0;
            for (j = i; j < n && gr->pairs[2 * j] == gr->pairs[2 * i]; j++)
                held += a->stamp[gr->pairs[2 * j + 1]] == a->stamp_now && (j == i || gr->pairs[2 * j + 1] != gr->pairs[2 * j - 1]);
            if (held < ambiguous) left = gr->pairs[2 * i], left_at = i;
        }
        if (left == NONE) return MG_OK;
        /* name, in the message, an ambiguous input that component has no node of */
        for (size_t i = 0, j; i < n; i = j) {
            for (j = i + 1; j < n && a->input[g[j]] == a->input[g[i]];) j++;
            if (j - i < 2) continue;
            bool held = false;
            for (size_t k = left_at; k < n && gr->pairs[2 * k] == left && !held; k++) held = gr->pairs[2 * k + 1] == a->input[g[i]];
            if (!held) {
                amb_from = i, amb_to = j;
                break;
            }
        }
        /* the node left undecided: that component's in the group, from an unambiguous input if any */
        size_t who = NONE;
        for (size_t i = 0; i < n; i++) {
            if (mg__aligner_root(a, g[i]) != left) continue;
            if (who == NONE || a->stamp[a->input[g[i]]] != a->stamp_now) who = g[i];
            if (a->stamp[a->input[g[i]]] != a->stamp_now) break;
        }
        const char *shown = rule == MG_ALIGN_NAME ? written_name(mg__aligner_node(a, g[amb_from]), key) : key;
        return report_ambiguous(gr, rule, shown, amb_from, amb_to, who);
    }

    /* one gid per input now, so n is small: the components in order of their first member */
    size_t *root = gr->pairs; /* reuse: root[i] for g[i] */
    for (size_t i = 0; i < n; i++) root[i] = mg__aligner_root(a, g[i]);
    /* no two members of one input in the joined component */
    a->stamp_now++;
    for (size_t i = 0; i < n; i++) {
        bool seen = false;
        for (size_t k = 0; k < i && !seen; k++) seen = root[k] == root[i];
        if (seen) continue;
        for (size_t m = a->head[root[i]]; m != NONE; m = a->next[m]) {
            size_t in = a->input[m];
            if (a->stamp[in] == a->stamp_now && mg__aligner_root(a, a->stamp_owner[in]) != root[i]) {
                const char *shown = rule == MG_ALIGN_NAME ? written_name(mg__aligner_node(a, g[i]), key) : key;
                return mg__report_issue(a->report, MG_MERGE_AMBIGUOUS, (mg_id)g[i], a->input[g[i]],
                                        "%s '%s' would make one node of '%s' and '%s', both of '%s': '%s' not merged by it",
                                        rule_word(rule), shown, mg__aligner_node(a, a->stamp_owner[in])->id,
                                        mg__aligner_node(a, m)->id, a->in[in]->source, mg__aligner_node(a, g[i])->id);
            }
            a->stamp[in] = a->stamp_now;
            a->stamp_owner[in] = m;
        }
    }
    /* a name joins only nodes whose stated types agree (entity agrees with any) */
    if (rule == MG_ALIGN_NAME) {
        size_t typed = NONE;
        for (size_t i = 0; i < n; i++) {
            size_t t = a->typed[root[i]];
            if (t == NONE) continue;
            if (typed == NONE) {
                typed = t;
                continue;
            }
            mg_node_type ta = mg__aligner_node(a, typed)->type, tb = mg__aligner_node(a, t)->type;
            if (ta == tb) continue;
            return mg__report_issue(a->report, MG_MERGE_TYPE, (mg_id)g[i], a->input[g[i]],
                                    "name '%s' matches '%s' (%s, '%s') and '%s' (%s, '%s'): types differ, not merged",
                                    written_name(mg__aligner_node(a, g[i]), key), mg__aligner_node(a, typed)->id,
                                    mg_node_type_name(ta), source_of(a, typed), mg__aligner_node(a, t)->id,
                                    mg_node_type_name(tb), source_of(a, t));
        }
    }
    /* join every component to the one whose first member comes first */
    size_t lead = 0;
    for (size_t i = 1; i < n; i++)
        if (a->first[root[i]] < a->first[root[lead]]) lead = i;
    size_t lead_gid = g[lead];
    for (size_t i = 0; i < n; i++) {
        size_t ri = mg__aligner_root(a, g[i]), rl = mg__aligner_root(a, lead_gid);
        if (ri == rl) continue;
        const char *shown = rule == MG_ALIGN_NAME ? written_name(mg__aligner_node(a, g[i]), key) : key;
        if ((err = add_alignment(a, rule, lead_gid, g[i], shown))) return err;
        unite(a, rl, ri);
    }
    return MG_OK;
}

/* Decides every group of the multimap that holds more than one gid, in order. */
static mg_error_t join_groups(group *gr, const multimap *m, mg_align_rule rule)
{
    for (size_t k = 0; k < m->group_count; k++) {
        const mm_group *grp = &m->groups[k];
        if (grp->head == grp->tail) continue;
        gr->count = 0;
        mg_error_t err = MG_OK;
        for (size_t e = grp->head; e != NONE && !err; e = m->entries[e].next) err = group_add(gr, m->entries[e].gid);
        if (err || (err = join(gr, rule, grp->key))) return err;
    }
    return MG_OK;
}

static mg_error_t by_id(group *gr)
{
    mg_aligner *a = gr->a;
    multimap m = {0};
    mg_error_t err = mg_hashmap_init(&m.map, a->total);
    for (size_t g = 0; g < a->total && !err; g++) err = mm_add(&m, mg__aligner_node(a, g)->id, g);
    if (!err) err = join_groups(gr, &m, MG_ALIGN_ID);
    mm_free(&m);
    return err;
}

/* An id equal to another input's xref value, then an xref (key, value) in common. */
static mg_error_t by_xref(group *gr)
{
    mg_aligner *a = gr->a;
    multimap values = {0}, pairs = {0};
    mg_arena scratch = {0};
    mg_error_t err = MG_OK;
    size_t xrefs = 0;
    for (size_t g = 0; g < a->total; g++) xrefs += mg__aligner_node(a, g)->xref_count;
    if (xrefs == 0) return MG_OK;
    if ((err = mg_hashmap_init(&values.map, xrefs)) || (err = mg_hashmap_init(&pairs.map, xrefs))) goto done;
    for (size_t g = 0; g < a->total && !err; g++) {
        const mg_node *nd = mg__aligner_node(a, g);
        for (size_t x = 0; x < nd->xref_count && !err; x++) {
            const mg_xref *xr = &nd->xrefs[x];
            size_t kl = strlen(xr->key), vl = strlen(xr->value);
            char *pair = mg_arena_alloc(&scratch, kl + vl + 2);
            if (!pair) {
                err = mg__fail(MG_ENOMEM, "out of memory");
                break;
            }
            memcpy(pair, xr->key, kl);
            pair[kl] = ':';
            memcpy(pair + kl + 1, xr->value, vl + 1);
            if (!(err = mm_add(&values, xr->value, g))) err = mm_add(&pairs, pair, g);
        }
    }
    for (size_t g = 0; g < a->total && !err; g++) {
        const char *id = mg__aligner_node(a, g)->id;
        mg_id k = mg_hashmap_get(&values.map, id, strlen(id));
        if (k < 0) continue;
        gr->count = 0;
        err = group_add(gr, g);
        const char *key = NULL;
        for (size_t e = values.groups[k].head; e != NONE && !err; e = values.entries[e].next) {
            size_t h = values.entries[e].gid;
            if (a->input[h] == a->input[g]) continue; /* an xref to a node of its own graph */
            if (!key) {
                const mg_node *holder = mg__aligner_node(a, h);
                for (size_t x = 0; x < holder->xref_count && !key; x++)
                    if (strcmp(holder->xrefs[x].value, id) == 0) key = holder->xrefs[x].key;
            }
            err = group_add(gr, h);
        }
        if (err || gr->count < 2) continue;
        char shown[MG_NAME_MAX + 64 + 2];
        snprintf(shown, sizeof shown, "%.64s:%s", key ? key : "", id);
        err = join(gr, MG_ALIGN_XREF, shown);
    }
    if (!err) err = join_groups(gr, &pairs, MG_ALIGN_XREF);
done:
    mm_free(&values);
    mm_free(&pairs);
    mg_arena_free(&scratch);
    return err;
}

/* Every normalised id, label and synonym: the graphs' name indexes hold them already. */
static mg_error_t by_name(group *gr)
{
    mg_aligner *a = gr->a;
    multimap m = {0};
    size_t names = 0;
    for (size_t i = 0; i < a->count; i++) names += a->in[i]->name_count;
    mg_error_t err = mg_hashmap_init(&m.map, names);
    for (size_t i = 0; i < a->count && !err; i++) {
        const mg_graph *in = a->in[i];
        for (size_t k = 0; k < in->name_count && !err; k++)
            err = mm_add(&m, in->names[k].key, a->base[i] + (size_t)in->names[k].node);
    }
    if (!err) err = join_groups(gr, &m, MG_ALIGN_NAME);
    mm_free(&m);
    return err;
}

mg_error_t mg__align(mg_aligner *a, mg_align_rule last)
{
    group gr = {.a = a};
    mg_error_t err = by_id(&gr);
    if (!err && last >= MG_ALIGN_XREF) err = by_xref(&gr);
    if (!err && last >= MG_ALIGN_NAME) err = by_name(&gr);
    free(gr.gids);
    free(gr.pairs);
    return err;
}
