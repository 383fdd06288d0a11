/*
 * io_json.c - the mechgraph-1 JSON reader and validator (the writer is json_write.c). Reading parses the text
 * (json_text.c: UTF-8, NUL bytes, nesting depth, then cJSON), walks the tree and reports every
 * schema problem by JSON path before building the graph; a file with any problem yields no graph.
 */
#include "json_text.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    const char *file;
    mg_diagnostics *diags;
    mg_graph *g;
    mg_json_path path;
    size_t problems;
    mg_error_t fatal; /* MG_ENOMEM stops the walk */
    mg_hashmap refs;  /* reference id -> index in g->refs */
    const char *last_origin; /* the last edge origin read, in the arena */
} reader;

/* ---- JSON paths: "edges[41].relation" ---- */

static size_t push_key(reader *r, const char *key) { return mg__json_path_push(&r->path, "%s%s", r->path.len ? "." : "", key); }
static size_t push_index(reader *r, int i) { return mg__json_path_push(&r->path, "[%d]", i); }
static void pop(reader *r, size_t saved) { mg__json_path_pop(&r->path, saved); }

static void problem(reader *r, const char *fmt, ...) MG_PRINTF(2, 3);
static void problem(reader *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mg__diag_pathv(r->diags, r->file, mg__json_path_text(&r->path), fmt, ap);
    va_end(ap);
    r->problems++;
}

/* ---- schema checks ---- */

/* Reports members not in `allowed` (extensions "x-..." excepted) and members given twice. */
static void check_members(reader *r, const cJSON *obj, const char *const *allowed, size_t n)
{
    mg_json_members seen;
    if (mg__json_members_start(&seen, obj)) {
        r->fatal = MG_ENOMEM;
        return;
    }
    for (const cJSON *m = obj->child; m; m = m->next) {
        if (mg__json_members_repeat(&seen, m)) problem(r, "member '%s' given twice", m->string);
        if (strncmp(m->string, "x-", 2) == 0) continue;
        bool known = false;
        for (size_t i = 0; i < n && !known; i++) known = strcmp(m->string, allowed[i]) == 0;
        if (known) continue;
        const char *near = mg__closest_word(m->string, allowed, n);
        if (near) problem(r, "unknown member '%s' (did you mean '%s'?)", m->string, near);
        else problem(r, "unknown member '%s'", m->string);
    }
    mg__json_members_end(&seen);
}

typedef enum { OPTIONAL, REQUIRED } presence;
typedef enum { TEXT, NAME } string_kind;

/* Reads member `key` as a string into the arena; NULL when absent or invalid (then reported). */
static const char *get_string(reader *r, const cJSON *obj, const char *key, presence need, string_kind kind)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    size_t saved = push_key(r, key);
    const char *result = NULL;
    if (!v) {
        if (need == REQUIRED) {
            pop(r, saved);
            problem(r, "missing member '%s'", key);
        }
        goto done;
    }
    if (!cJSON_IsString(v)) {
        problem(r, "expected a string, found %s", mg__json_kind(v));
        goto done;
    }
    const char *s = v->valuestring;
    size_t len = strlen(s);
    char why[160];
    if (kind == NAME ? !mg__name_ok(s, len, key, why, sizeof why) : !mg__text_ok(len, key, why, sizeof why)) {
        problem(r, "%s", why);
        goto done;
    }
    result = mg_arena_strndup(&r->g->arena, s, len);
    if (!result) r->fatal = mg__fail(MG_ENOMEM, "out of memory");
done:
    pop(r, saved);
    return result;
}

/* The array member `key`, or NULL (reported when required, or when not an array). */
static const cJSON *get_array(reader *r, const cJSON *obj, const char *key, presence need)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v) {
        if (need == REQUIRED) problem(r, "missing member '%s' (expected an array)", key);
        return NULL;
    }
    if (!cJSON_IsArray(v)) {
        size_t saved = push_key(r, key);
        problem(r, "expected an array, found %s", mg__json_kind(v));
        pop(r, saved);
        return NULL;
    }
    return v;
}

static bool expect_object(reader *r, const cJSON *v)
{
    if (cJSON_IsObject(v)) return true;
    problem(r, "expected an object, found %s", mg__json_kind(v));
    return false;
}

/* The optional array member `key` and room in the arena for one record per item (`elem` bytes
 * each); NULL when absent, invalid (reported) or out of memory (fatal). */
static void *array_records(reader *r, const cJSON *item, const char *key, size_t elem, const cJSON **arr)
{
    if (!(*arr = get_array(r, item, key, OPTIONAL))) return NULL;
    size_t n = (size_t)cJSON_GetArraySize(*arr);
    void *records = mg_arena_alloc(&r->g->arena, (n ? n : 1) * elem);
    if (!records) r->fatal = mg__fail(MG_ENOMEM, "out of memory");
    return records;
}

/* The optional cautions of a reference or a piece of evidence: [{"code": NAME, "text": TEXT}, ...]. */
static void read_cautions(reader *r, const cJSON *item, const mg_caution **out, size_t *count)
{
    static const char *const allowed[] = {"code", "text"};
    const cJSON *arr;
    mg_caution *c = array_records(r, item, "cautions", sizeof *c, &arr);
    if (!c) return;
    size_t k = 0;
    size_t top = push_key(r, "cautions");
    int i = 0;
    for (const cJSON *e = arr->child; e && !r->fatal; e = e->next, i++) {
        size_t saved = push_index(r, i);
        if (expect_object(r, e)) {
            check_members(r, e, allowed, sizeof allowed / sizeof *allowed);
            const char *code = get_string(r, e, "code", REQUIRED, NAME);
            const char *text = get_string(r, e, "text", REQUIRED, TEXT);
            if (code && text) c[k++] = (mg_caution){code, text};
        }
        pop(r, saved);
    }
    pop(r, top);
    *out = k ? c : NULL;
    *count = k;
}

static void read_references(reader *r, const cJSON *arr)
{
    static const char *const allowed[] = {"id", "citation", "doi", "pmid", "note", "cautions"};
    size_t top = push_key(r, "references");
    int i = 0;
    for (const cJSON *item = arr ? arr->child : NULL; item && !r->fatal; item = item->next, i++) {
        size_t saved = push_index(r, i);
        if (expect_object(r, item)) {
            check_members(r, item, allowed, sizeof allowed / sizeof *allowed);
            const char *id = get_string(r, item, "id", REQUIRED, NAME);
            const char *citation = get_string(r, item, "citation", REQUIRED, TEXT);
            const char *doi = get_string(r, item, "doi", OPTIONAL, TEXT);
            const char *pmid = get_string(r, item, "pmid", OPTIONAL, NAME);
            const char *note = get_string(r, item, "note", OPTIONAL, TEXT);
            if (citation && !*citation) {
                size_t s2 = push_key(r, "citation");
                problem(r, "must not be empty");
                pop(r, s2);
            }
            if (doi && strncmp(doi, "10.", 3) != 0) {
                size_t s2 = push_key(r, "doi");
                problem(r, "'%s' is not a DOI (expected '10.<registrant>/<suffix>', without 'https://doi.org/')", doi);
                pop(r, s2);
            }
            if (id) {
                mg_reference *ref;
                if ((r->fatal = mg__graph_add_reference(r->g, &ref))) break;
                *ref = (mg_reference){id, citation ? citation : "", doi, pmid, note, NULL, 0};
                read_cautions(r, item, &ref->cautions, &ref->caution_count);
            }
        }
        pop(r, saved);
    }
    pop(r, top);
}

/* Reference ids must differ ignoring case; then they go in the lookup map. The ids folded to
 * lower case (as strcasecmp compares them) go in a map of their own: comparing each id with
 * every earlier one took 14 to 24 s for 100,000 references (issue 24). */
static void index_references(reader *r)
{
    mg_graph *g = r->g;
    mg_hashmap folded;
    char **lower = calloc(g->ref_count ? g->ref_count : 1, sizeof *lower);
    if (!lower || (r->fatal = mg_hashmap_init(&folded, g->ref_count))) {
        free(lower);
        r->fatal = MG_ENOMEM;
        return;
    }
    if ((r->fatal = mg_hashmap_init(&r->refs, g->ref_count))) goto done;
    for (size_t i = 0; i < g->ref_count && !r->fatal; i++) {
        if (!(lower[i] = strdup(g->refs[i].id))) {
            r->fatal = MG_ENOMEM;
            break;
        }
        for (char *c = lower[i]; *c; c++) *c = (char)tolower((unsigned char)*c);
        mg_id j = mg_hashmap_get(&folded, lower[i], strlen(lower[i]));
        if (j >= 0) {
            size_t saved = push_key(r, "references");
            push_index(r, (int)i);
            push_key(r, "id");
            problem(r, "duplicate reference id '%s' (the same as references[%zu] '%s', ignoring case)", g->refs[i].id,
                    (size_t)j, g->refs[j].id);
            pop(r, saved);
        } else if ((r->fatal = mg_hashmap_put(&folded, lower[i], (mg_id)i))) {
            break;
        }
        r->fatal = r->fatal ? r->fatal : mg_hashmap_put(&r->refs, g->refs[i].id, (mg_id)i);
    }
done:
    mg_hashmap_destroy(&folded);
    for (size_t i = 0; i < g->ref_count; i++) free(lower[i]);
    free(lower);
}

static void read_synonyms(reader *r, const cJSON *item, mg_node *node)
{
    const cJSON *arr = get_array(r, item, "synonyms", OPTIONAL);
    if (!arr) return;
    size_t n = (size_t)cJSON_GetArraySize(arr);
    const char **syn = mg_arena_alloc(&r->g->arena, (n ? n : 1) * sizeof *syn);
    if (!syn) {
        r->fatal = mg__fail(MG_ENOMEM, "out of memory");
        return;
    }
    size_t k = 0, top = push_key(r, "synonyms");
    int i = 0;
    for (const cJSON *s = arr->child; s && !r->fatal; s = s->next, i++) {
        size_t saved = push_index(r, i);
        size_t len = cJSON_IsString(s) ? strlen(s->valuestring) : 0;
        char why[160];
        if (!cJSON_IsString(s)) problem(r, "expected a string, found %s", mg__json_kind(s));
        else if (!mg__name_ok(s->valuestring, len, "synonym", why, sizeof why)) problem(r, "%s", why);
        else if (!(syn[k++] = mg_arena_strndup(&r->g->arena, s->valuestring, len))) r->fatal = MG_ENOMEM;
        pop(r, saved);
    }
    pop(r, top);
    node->synonyms = syn;
    node->synonym_count = k;
}

static void read_xrefs(reader *r, const cJSON *item, mg_node *node)
{
    const cJSON *obj = cJSON_GetObjectItemCaseSensitive(item, "xrefs");
    if (!obj) return;
    size_t top = push_key(r, "xrefs");
    if (expect_object(r, obj)) {
        size_t n = (size_t)cJSON_GetArraySize(obj), k = 0;
        mg_xref *x = mg_arena_alloc(&r->g->arena, (n ? n : 1) * sizeof *x);
        if (!x) r->fatal = mg__fail(MG_ENOMEM, "out of memory");
        for (const cJSON *m = obj->child; m && !r->fatal; m = m->next) {
            const char *value = get_string(r, obj, m->string, REQUIRED, TEXT);
            const char *key = mg_arena_strdup(&r->g->arena, m->string);
            if (value && key) x[k++] = (mg_xref){key, value};
        }
        node->xrefs = x;
        node->xref_count = k;
    }
    pop(r, top);
}

static void read_nodes(reader *r, const cJSON *arr)
{
    static const char *const allowed[] = {"id", "type", "label", "synonyms", "xrefs", "note"};
    size_t top = push_key(r, "nodes");
    int i = 0;
    for (const cJSON *item = arr ? arr->child : NULL; item && !r->fatal; item = item->next, i++) {
        size_t saved = push_index(r, i);
        if (expect_object(r, item)) {
            check_members(r, item, allowed, sizeof allowed / sizeof *allowed);
            const char *id = get_string(r, item, "id", REQUIRED, NAME);
            const char *type = get_string(r, item, "type", REQUIRED, NAME);
            mg_node_type t = MG_NODE_ENTITY;
            if (type && mg_node_type_parse(&t, type)) {
                size_t s2 = push_key(r, "type");
                const char *near = mg__closest_node_type(type);
                if (near) problem(r, "unknown node type '%s' (did you mean '%s'?)", type, near);
                else problem(r, "unknown node type '%s' (see docs/format.md for the node types)", type);
                pop(r, s2);
            }
            const char *label = get_string(r, item, "label", OPTIONAL, NAME);
            const char *note = get_string(r, item, "note", OPTIONAL, TEXT);
            mg_node scratch = {0};
            mg_node *node = &scratch;
            /* a node with a valid id is kept even when other members are wrong, so that its
             * edges do not also get reported as dangling */
            if (id && (r->fatal = mg__graph_add_node(r->g, &node))) break;
            node->id = id;
            node->type = t;
            node->label = label ? label : id;
            node->note = note;
            read_synonyms(r, item, node);
            read_xrefs(r, item, node);
        }
        pop(r, saved);
    }
    pop(r, top);
}

typedef struct {
    const char *key;
    size_t index;
} keyed;

static int compare_keyed(const void *pa, const void *pb)
{
    const keyed *a = pa, *b = pb;
    int c = strcmp(a->key, b->key);
    return c ? c : (a->index > b->index) - (a->index < b->index);
}

/* Node ids must differ after name normalisation, or lookups could not tell them apart. */
static void check_duplicate_ids(reader *r)
{
    mg_graph *g = r->g;
    if (g->node_count < 2) return;
    mg_arena scratch = {0};
    keyed *keys = malloc(g->node_count * sizeof *keys);
    if (!keys) {
        r->fatal = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < g->node_count; i++) {
        size_t len = mg_name_normalize(g->nodes[i].id, NULL, 0);
        char *k = mg_arena_alloc(&scratch, len + 1);
        if (!k) {
            r->fatal = mg__fail(MG_ENOMEM, "out of memory");
            goto done;
        }
        mg_name_normalize(g->nodes[i].id, k, len + 1);
        keys[i] = (keyed){k, i};
    }
    qsort(keys, g->node_count, sizeof *keys, compare_keyed);
    for (size_t i = 1; i < g->node_count; i++) {
        if (strcmp(keys[i].key, keys[i - 1].key) != 0) continue;
        const mg_node *first = &g->nodes[keys[i - 1].index], *dup = &g->nodes[keys[i].index];
        size_t saved = push_key(r, "nodes");
        push_index(r, (int)keys[i].index);
        push_key(r, "id");
        if (strcmp(first->id, dup->id) == 0)
            problem(r, "duplicate node id '%s' (also nodes[%zu])", dup->id, keys[i - 1].index);
        else
            problem(r, "node id '%s' is the same name as '%s' (nodes[%zu]): ids must differ ignoring case, "
                       "spaces, hyphens and underscores", dup->id, first->id, keys[i - 1].index);
        pop(r, saved);
    }
done:
    free(keys);
    mg_arena_free(&scratch);
}

/* Resolves an edge end or a comparison's node (`what`: "edge ends"), which must be an exact node
 * id; reports it when it is not. */
static mg_id resolve_node(reader *r, const char *key, const char *name, const char *what)
{
    mg_id v = mg_graph_find_id(r->g, name);
    if (v >= 0) return v;
    size_t saved = push_key(r, key);
    mg_lookup_result lr = MG_LOOKUP_RESULT_INIT;
    mg_error_t err = mg_graph_lookup(r->g, name, &lr);
    if (err == MG_ENOMEM) {
        r->fatal = err;
    } else if (err == MG_OK) {
        problem(r, "unknown node '%s' (%s are exact ids: did you mean '%s'?)", name, what, r->g->nodes[lr.node].id);
    } else if (lr.candidate_count) {
        problem(r, "unknown node '%s' (did you mean '%s'?)", name, r->g->nodes[lr.candidates[0]].id);
    } else {
        problem(r, "unknown node '%s': no node has this id", name);
    }
    mg_lookup_result_clear(&lr);
    pop(r, saved);
    return -1;
}

static const mg_reference *resolve_ref(reader *r, const char *key, const char *id)
{
    mg_id i = mg_hashmap_get(&r->refs, id, strlen(id));
    if (i >= 0) return &r->g->refs[i];
    size_t saved = push_key(r, key);
    const char *near = NULL;
    for (size_t k = 0; k < r->g->ref_count && !near; k++)
        if (strcasecmp(r->g->refs[k].id, id) == 0) near = r->g->refs[k].id;
    if (!near && r->g->ref_count) {
        const char **ids = malloc(r->g->ref_count * sizeof *ids);
        if (!ids) {
            r->fatal = mg__fail(MG_ENOMEM, "out of memory");
            pop(r, saved);
            return NULL;
        }
        for (size_t k = 0; k < r->g->ref_count; k++) ids[k] = r->g->refs[k].id;
        near = mg__closest_word(id, ids, r->g->ref_count);
        free(ids);
    }
    if (near) problem(r, "unknown reference '%s' (did you mean '%s'?)", id, near);
    else problem(r, "unknown reference '%s': it is not in 'references'", id);
    pop(r, saved);
    return NULL;
}

/* The evidence of an edge or of a comparison (the same members). */
static void read_evidence(reader *r, const cJSON *item, const mg_evidence **out, size_t *count)
{
    static const char *const allowed[] = {"ref",  "review", "where", "organism", "system",
                                          "disease", "cell", "note", "cautions", "model"};
    const cJSON *arr;
    mg_evidence *ev = array_records(r, item, "evidence", sizeof *ev, &arr);
    if (!ev) return;
    size_t k = 0;
    size_t top = push_key(r, "evidence");
    int i = 0;
    for (const cJSON *e = arr->child; e && !r->fatal; e = e->next, i++) {
        size_t saved = push_index(r, i);
        if (expect_object(r, e)) {
            check_members(r, e, allowed, sizeof allowed / sizeof *allowed);
            const char *ref = get_string(r, e, "ref", REQUIRED, NAME);
            const char *review = get_string(r, e, "review", OPTIONAL, NAME);
            mg_evidence x = {0};
            x.ref = ref ? resolve_ref(r, "ref", ref) : NULL;
            x.review = review ? resolve_ref(r, "review", review) : NULL;
            x.where = get_string(r, e, "where", OPTIONAL, TEXT);
            x.organism = get_string(r, e, "organism", OPTIONAL, TEXT);
            x.system = get_string(r, e, "system", OPTIONAL, TEXT);
            x.disease = get_string(r, e, "disease", OPTIONAL, TEXT);
            x.cell = get_string(r, e, "cell", OPTIONAL, TEXT);
            x.note = get_string(r, e, "note", OPTIONAL, TEXT);
            x.model = get_string(r, e, "model", OPTIONAL, TEXT);
            read_cautions(r, e, &x.cautions, &x.caution_count);
            if (x.ref && (!review || x.review)) ev[k++] = x;
        }
        pop(r, saved);
    }
    pop(r, top);
    *out = ev;
    *count = k;
}

/* The optional edge weight: a finite number >= 0, default 1. */
static double read_weight(reader *r, const cJSON *item)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(item, "weight");
    if (!v) return 1.0;
    size_t saved = push_key(r, "weight");
    double w = 1.0;
    /* the rule of every reader (limits.c), so that a TSV's weights read back from its JSON export */
    if (!cJSON_IsNumber(v)) problem(r, "expected " MG__WEIGHT_RULE ", found %s", mg__json_kind(v));
    else if (!mg__weight_ok(v->valuedouble)) problem(r, "expected " MG__WEIGHT_RULE ", found %g", v->valuedouble);
    else w = v->valuedouble;
    pop(r, saved);
    return w;
}

/* The optional origin of a merged graph's edge (mg_graph_merge): edges of one origin come in
 * runs, so one copy serves a run instead of one copy per edge. */
static const char *read_origin(reader *r, const cJSON *item)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(item, "origin");
    if (cJSON_IsString(v) && r->last_origin && strcmp(v->valuestring, r->last_origin) == 0) return r->last_origin;
    const char *origin = get_string(r, item, "origin", OPTIONAL, TEXT);
    if (origin) r->last_origin = origin;
    return origin;
}

static void read_edges(reader *r, const cJSON *arr)
{
    static const char *const allowed[] = {"source", "target", "relation", "weight", "evidence", "note", "origin"};
    size_t top = push_key(r, "edges");
    int i = 0;
    for (const cJSON *item = arr ? arr->child : NULL; item && !r->fatal; item = item->next, i++) {
        size_t saved = push_index(r, i);
        if (expect_object(r, item)) {
            check_members(r, item, allowed, sizeof allowed / sizeof *allowed);
            const char *source = get_string(r, item, "source", REQUIRED, NAME);
            const char *target = get_string(r, item, "target", REQUIRED, NAME);
            const char *relation = get_string(r, item, "relation", REQUIRED, NAME);
            mg_id s = source ? resolve_node(r, "source", source, "edge ends") : -1;
            mg_id t = target ? resolve_node(r, "target", target, "edge ends") : -1;
            mg_relation rel = MG_REL_ASSOCIATED_WITH;
            bool rel_ok = relation && mg_relation_parse(&rel, relation) == MG_OK;
            if (relation && !rel_ok) {
                size_t s2 = push_key(r, "relation");
                const char *near = mg__closest_relation(relation);
                if (near) problem(r, "unknown relation '%s' (did you mean '%s'?)", relation, near);
                else problem(r, "unknown relation '%s' (see docs/format.md for the relations)", relation);
                pop(r, s2);
            }
            mg_edge scratch = {0}, *edge = &scratch;
            if (s >= 0 && t >= 0 && rel_ok && (r->fatal = mg__graph_add_edge(r->g, &edge))) break;
            edge->source = s;
            edge->target = t;
            edge->relation = rel;
            edge->weight = read_weight(r, item);
            edge->note = get_string(r, item, "note", OPTIONAL, TEXT);
            edge->origin = read_origin(r, item);
            read_evidence(r, item, &edge->evidence, &edge->evidence_count);
        }
        pop(r, saved);
    }
    pop(r, top);
}

/* The optional comparisons (docs/format.md, "Comparisons"): a and b, an aspect node or an
 * aspect_text (exactly one), a direction, at least one piece of evidence, a note. */
static void read_comparisons(reader *r, const cJSON *arr)
{
    static const char *const allowed[] = {"a", "b", "aspect", "aspect_text", "direction", "evidence", "note"};
    size_t top = push_key(r, "comparisons");
    int i = 0;
    for (const cJSON *item = arr ? arr->child : NULL; item && !r->fatal; item = item->next, i++) {
        size_t saved = push_index(r, i);
        if (expect_object(r, item)) {
            check_members(r, item, allowed, sizeof allowed / sizeof *allowed);
            const char *a = get_string(r, item, "a", REQUIRED, NAME);
            const char *b = get_string(r, item, "b", REQUIRED, NAME);
            const char *aspect = get_string(r, item, "aspect", OPTIONAL, NAME);
            const char *aspect_text = get_string(r, item, "aspect_text", OPTIONAL, TEXT);
            const char *direction = get_string(r, item, "direction", REQUIRED, NAME);
            const char *what = "comparison nodes";
            mg_id va = a ? resolve_node(r, "a", a, what) : -1, vb = b ? resolve_node(r, "b", b, what) : -1;
            mg_id vx = aspect ? resolve_node(r, "aspect", aspect, what) : -1;
            bool has_aspect = cJSON_HasObjectItem(item, "aspect"), has_text = cJSON_HasObjectItem(item, "aspect_text");
            if (has_aspect == has_text)
                problem(r, has_aspect ? "give 'aspect' or 'aspect_text', not both"
                                      : "missing member 'aspect' (a node id) or 'aspect_text' (words)");
            if (aspect_text && !*aspect_text) {
                size_t s2 = push_key(r, "aspect_text");
                problem(r, "must not be empty");
                pop(r, s2);
            }
            mg_compare_direction dir = MG_COMPARE_SIMILAR;
            bool dir_ok = direction && mg_compare_direction_parse(&dir, direction) == MG_OK;
            if (direction && !dir_ok) {
                static const char *const directions[] = {"greater", "less", "similar"};
                size_t s2 = push_key(r, "direction");
                const char *near = mg__closest_word(direction, directions, 3);
                if (near) problem(r, "unknown direction '%s' (did you mean '%s'?)", direction, near);
                else problem(r, "unknown direction '%s' (expected greater, less or similar)", direction);
                pop(r, s2);
            }
            mg_comparison scratch = {0}, *c = &scratch;
            bool ok = va >= 0 && vb >= 0 && dir_ok && (has_aspect ? vx >= 0 : aspect_text != NULL) && has_aspect != has_text;
            if (ok && (r->fatal = mg__graph_add_comparison(r->g, &c))) break;
            *c = (mg_comparison){va, vb, has_aspect ? vx : -1, has_aspect ? NULL : aspect_text, dir, NULL, 0, NULL};
            c->note = get_string(r, item, "note", OPTIONAL, TEXT);
            if (!cJSON_HasObjectItem(item, "evidence")) problem(r, "missing member 'evidence' (expected an array)");
            read_evidence(r, item, &c->evidence, &c->evidence_count);
            const cJSON *ev = cJSON_GetObjectItemCaseSensitive(item, "evidence");
            if (cJSON_IsArray(ev) && cJSON_GetArraySize(ev) == 0) {
                size_t s2 = push_key(r, "evidence");
                problem(r, "a comparison needs at least one piece of evidence");
                pop(r, s2);
            }
        }
        pop(r, saved);
    }
    pop(r, top);
}

/* The studies of an embedded comparisons object: a study the graph has gains the citation and
 * DOI it lacks (an imported edge's study is only an id); the others are appended. */
static void merge_references(reader *r, const cJSON *arr)
{
    size_t top = push_key(r, "references");
    int i = 0;
    for (const cJSON *item = arr ? arr->child : NULL; item && !r->fatal; item = item->next, i++) {
        size_t saved = push_index(r, i);
        const char *id = expect_object(r, item) ? get_string(r, item, "id", REQUIRED, NAME) : NULL;
        mg_reference *known = NULL;
        for (size_t k = 0; id && k < r->g->ref_count && !known; k++)
            if (strcmp(r->g->refs[k].id, id) == 0) known = &r->g->refs[k];
        if (known) {
            const char *citation = get_string(r, item, "citation", OPTIONAL, TEXT);
            const char *doi = get_string(r, item, "doi", OPTIONAL, TEXT);
            if (citation && *citation && strcmp(known->citation, known->id) == 0) known->citation = citation;
            if (doi && !known->doi) known->doi = doi;
        }
        pop(r, saved);
    }
    pop(r, top);
    /* the studies it does not have, as read_references reads them */
    cJSON *rest = cJSON_CreateArray();
    if (!rest) {
        r->fatal = mg__fail(MG_ENOMEM, "out of memory");
        return;
    }
    for (const cJSON *item = arr ? arr->child : NULL; item; item = item->next) {
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(item, "id");
        bool have = !cJSON_IsString(id);
        for (size_t k = 0; !have && k < r->g->ref_count; k++) have = strcmp(r->g->refs[k].id, id->valuestring) == 0;
        if (!have) cJSON_AddItemReferenceToArray(rest, (cJSON *)item);
    }
    read_references(r, rest);
    cJSON_Delete(rest);
}

mg_error_t mg__comparisons_read(mg_graph *g, const char *text, size_t len, const char *file, mg_diagnostics *diags,
                                size_t *problems)
{
    reader r = {.file = file, .diags = diags, .g = g};
    char msg[256];
    size_t offset = 0;
    cJSON *root = mg__json_parse(text, len, &offset, msg, sizeof msg);
    if (!root) {
        mg__diag_path(diags, file, "comparisons", "not a comparisons object: %s at byte %zu", msg, offset);
        *problems = 1;
        return MG_OK;
    }
    static const char *const allowed[] = {"references", "comparisons"};
    if (expect_object(&r, root)) {
        check_members(&r, root, allowed, sizeof allowed / sizeof *allowed);
        merge_references(&r, get_array(&r, root, "references", OPTIONAL));
        if (!r.fatal) index_references(&r);
        if (!r.fatal) read_comparisons(&r, get_array(&r, root, "comparisons", REQUIRED));
    }
    cJSON_Delete(root);
    mg_hashmap_destroy(&r.refs);
    *problems = r.problems;
    return r.fatal;
}

static void read_document(reader *r, const cJSON *root)
{
    static const char *const allowed[] = {"format", "name", "description", "references", "nodes", "edges", "comparisons"};
    if (!expect_object(r, root)) return;
    check_members(r, root, allowed, sizeof allowed / sizeof *allowed);
    const char *format = get_string(r, root, "format", REQUIRED, NAME);
    if (format && strcmp(format, MG_FORMAT_NAME) != 0) {
        size_t saved = push_key(r, "format");
        problem(r, "unsupported format '%s' (expected '%s')", format, MG_FORMAT_NAME);
        pop(r, saved);
    }
    const char *name = get_string(r, root, "name", OPTIONAL, TEXT);
    const char *description = get_string(r, root, "description", OPTIONAL, TEXT);
    if (name) r->g->name = name;
    if (description) r->g->description = description;
    const cJSON *refs = get_array(r, root, "references", OPTIONAL);
    const cJSON *nodes = get_array(r, root, "nodes", REQUIRED);
    const cJSON *edges = get_array(r, root, "edges", REQUIRED);
    const cJSON *comparisons = get_array(r, root, "comparisons", OPTIONAL);
    read_references(r, refs);
    if (!r->fatal) index_references(r);
    if (!r->fatal) read_nodes(r, nodes);
    if (!r->fatal) check_duplicate_ids(r);
    if (!r->fatal) r->fatal = mg__graph_index_nodes(r->g);
    if (!r->fatal) read_edges(r, edges);
    if (!r->fatal) read_comparisons(r, comparisons);
}

mg_error_t mg__read_json(mg_graph **out, const char *data, size_t size, const char *name, mg_diagnostics *diags)
{
    *out = NULL;
    reader r = {.file = name, .diags = diags};
    mg_error_t err = mg__graph_new(&r.g, name);
    if (err) return err;
    cJSON *root = NULL;

    if ((err = mg__json_parse_file(&root, data, size, name, "a " MG_FORMAT_NAME " JSON object", diags))) goto done;
    read_document(&r, root);
    if (r.fatal) {
        err = r.fatal;
        goto done;
    }
    if (r.problems) {
        err = mg__fail(MG_EINVAL, "%s: %zu problem%s", name, r.problems, r.problems == 1 ? "" : "s");
        goto done;
    }
    if ((err = mg__graph_index_edges(r.g))) goto done;
    *out = r.g;
    r.g = NULL;
done:
    cJSON_Delete(root);
    mg_hashmap_destroy(&r.refs);
    mg_graph_free(r.g);
    return err;
}
