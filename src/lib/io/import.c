/*
 * import.c - building a graph from the node and edge records of other tools' formats (GraphML,
 * Cytoscape.js JSON): which attributes mean what, the checks on each value, edge ends resolved
 * once every node is known, and evidence rebuilt from the studies an edge lists. The problems are
 * kept and sorted into file order by import_problems.c.
 */
#include "import.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* An edge is kept small (large graphs come as GraphML too): what only some edges need, the names
 * of ends not yet known when it came and the studies it lists, is kept apart. */
struct mg_pending_edge {
    mg_id s, t; /* its ends, -1 until resolved */
    mg_relation relation;
    double weight;
    const char *note; /* in the graph's arena */
    const char *origin; /* the same; NULL when the file gives none */
    size_t detail;    /* index in im->details, or SIZE_MAX */
};

struct mg_edge_detail {
    const char *source, *target; /* names of ends not yet resolved (scratch arena), or NULL */
    mg_loc source_loc, target_loc;
    const char *refs, *dois; /* as given, or NULL */
    mg_loc refs_loc, dois_loc, count_loc;
    long long evidence_count; /* -1 when not given */
};

/* ---- attribute names ---- */

mg_field mg__import_field(mg_owner owner, const char *name, size_t len, int *rank, bool *sign)
{
    static const struct {
        mg_owner owner;
        const char *name;
        mg_field field;
        int rank;
    } fields[] = {
        {MG_OWNER_NODE, "label", MG_FIELD_LABEL, 0},
        {MG_OWNER_NODE, "name", MG_FIELD_LABEL, 1},
        {MG_OWNER_NODE, "shared_name", MG_FIELD_LABEL, 2},
        {MG_OWNER_NODE, "shared name", MG_FIELD_LABEL, 2},
        {MG_OWNER_NODE, "type", MG_FIELD_TYPE, 0},
        {MG_OWNER_NODE, "kind", MG_FIELD_TYPE, 1},
        {MG_OWNER_NODE, "node_type", MG_FIELD_TYPE, 2},
        {MG_OWNER_NODE, "synonyms", MG_FIELD_SYNONYMS, 0},
        {MG_OWNER_NODE, "xrefs", MG_FIELD_XREFS, 0},
        {MG_OWNER_NODE, "note", MG_FIELD_NOTE, 0},
        {MG_OWNER_NODE, "description", MG_FIELD_NOTE, 1},
        {MG_OWNER_EDGE, "relation", MG_FIELD_RELATION, 0},
        {MG_OWNER_EDGE, "interaction", MG_FIELD_RELATION, 1},
        {MG_OWNER_EDGE, "shared_interaction", MG_FIELD_RELATION, 2},
        {MG_OWNER_EDGE, "shared interaction", MG_FIELD_RELATION, 2},
        {MG_OWNER_EDGE, "effect", MG_FIELD_RELATION, 3},
        {MG_OWNER_EDGE, "regulation", MG_FIELD_RELATION, 4},
        {MG_OWNER_EDGE, "sign", MG_FIELD_RELATION, 5},
        {MG_OWNER_EDGE, "weight", MG_FIELD_WEIGHT, 0},
        {MG_OWNER_EDGE, "note", MG_FIELD_NOTE, 0},
        {MG_OWNER_EDGE, "description", MG_FIELD_NOTE, 1},
        {MG_OWNER_EDGE, "origin", MG_FIELD_ORIGIN, 0},
        {MG_OWNER_EDGE, "references", MG_FIELD_REFERENCES, 0},
        {MG_OWNER_EDGE, "dois", MG_FIELD_DOIS, 0},
        {MG_OWNER_EDGE, "evidence_count", MG_FIELD_EVIDENCE_COUNT, 0},
        {MG_OWNER_GRAPH, "name", MG_FIELD_NAME, 0},
        {MG_OWNER_GRAPH, "description", MG_FIELD_DESCRIPTION, 0},
        {MG_OWNER_GRAPH, "comparisons", MG_FIELD_COMPARISONS, 0},
    };
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        if (fields[i].owner == owner && strlen(fields[i].name) == len && strncasecmp(fields[i].name, name, len) == 0) {
            *rank = fields[i].rank;
            *sign = strcmp(fields[i].name, "sign") == 0;
            return fields[i].field;
        }
    }
    return MG_FIELD_NONE;
}

/* ---- values ---- */

/* A location that outlives the reader's path buffer. */
static mg_loc keep_loc(mg_importer *im, mg_loc loc)
{
    if (loc.path && !(loc.path = mg__import_full_path(loc, &im->scratch))) im->fatal = mg__fail(MG_ENOMEM, "out of memory");
    loc.key = NULL;
    return loc;
}

/* An id, label, synonym or study id: 1 to MG_NAME_MAX bytes, no control characters (limits.c). */
static bool check_name(mg_importer *im, const mg_import_value *v, const char *what, const char *text, size_t len)
{
    char why[160];
    if (mg__name_ok(text, len, what, why, sizeof why)) return true;
    mg__import_problem(im, v->loc, "%s", why);
    return false;
}

/* A text (a note, a list as given): at most MG_TEXT_MAX bytes (limits.c). */
static bool check_text(mg_importer *im, const mg_import_value *v, const char *what)
{
    char why[160];
    if (mg__text_ok(v->len, what, why, sizeof why)) return true;
    mg__import_problem(im, v->loc, "%s", why);
    return false;
}

static const char *graph_text(mg_importer *im, const char *text, size_t len)
{
    const char *s = mg_arena_strndup(&im->g->arena, text, len);
    if (!s) im->fatal = mg__fail(MG_ENOMEM, "out of memory");
    return s;
}

static const char *name_value(mg_importer *im, const mg_import_value *v, const char *what)
{
    return v->text && check_name(im, v, what, v->text, v->len) ? graph_text(im, v->text, v->len) : NULL;
}

static const char *text_value(mg_importer *im, const mg_import_value *v, const char *what)
{
    return v->text && check_text(im, v, what) ? graph_text(im, v->text, v->len) : NULL;
}

/* The value without surrounding whitespace, copied into buf; false when it does not fit. */
static bool trimmed(const mg_import_value *v, char *buf, size_t size)
{
    const char *p = v->text, *end = v->text + v->len;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r')) end--;
    if ((size_t)(end - p) >= size) return false;
    memcpy(buf, p, (size_t)(end - p));
    buf[end - p] = '\0';
    return true;
}

/* Node types by their mechgraph names (case ignored) and a few names other tools use; any other
 * type is `entity`, as for edge lists: foreign vocabularies are open, ours is closed. */
static mg_node_type node_type(const mg_import_value *v)
{
    static const struct {
        const char *name;
        mg_node_type type;
    } aliases[] = {
        {"protein", MG_NODE_GENE},        {"gene product", MG_NODE_GENE},      {"compound", MG_NODE_CHEMICAL},
        {"small molecule", MG_NODE_CHEMICAL}, {"drug", MG_NODE_CHEMICAL},      {"metabolite", MG_NODE_CHEMICAL},
        {"biological process", MG_NODE_PROCESS}, {"microrna", MG_NODE_MIRNA}, {"lncrna", MG_NODE_RNA},
        {"mrna", MG_NODE_RNA},            {"cell type", MG_NODE_CELL},         {"tissue", MG_NODE_ANATOMY},
    };
    char buf[64];
    if (!v->text || !trimmed(v, buf, sizeof buf)) return MG_NODE_ENTITY;
    for (int t = 0; t < MG_NODE_TYPE_COUNT; t++)
        if (strcasecmp(mg_node_type_name((mg_node_type)t), buf) == 0) return (mg_node_type)t;
    for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
        if (strcasecmp(aliases[i].name, buf) == 0) return aliases[i].type;
    return MG_NODE_ENTITY;
}

/* A relation name, a sign word (vocab.c), a number where the attribute is a sign, or one of
 * Cytoscape's interaction types, which state no effect: associated_with. */
static bool relation(mg_importer *im, const mg_import_value *v, mg_relation *out)
{
    static const char *const unsigned_words[] = {"pp", "pd", "pr", "rc", "cr", "gl", "pm", "mp", "interacts with",
                                                 "interacts_with"};
    char buf[64];
    if (trimmed(v, buf, sizeof buf)) {
        if (mg__relation_from_word(out, buf, v->sign)) return true;
        for (size_t i = 0; i < sizeof unsigned_words / sizeof *unsigned_words; i++)
            if (strcasecmp(unsigned_words[i], buf) == 0) return *out = MG_REL_ASSOCIATED_WITH, true;
        char *end;
        double x = strtod(buf, &end);
        if (v->sign && *buf && *end == '\0' && isfinite(x)) {
            *out = x > 0 ? MG_REL_ACTIVATES : x < 0 ? MG_REL_INHIBITS : MG_REL_REGULATES;
            return true;
        }
        const char *near = *buf ? mg__closest_relation(buf) : NULL;
        if (near) {
            mg__import_problem(im, v->loc, "unknown relation '%s' (did you mean '%s'?)", buf, near);
            return false;
        }
    }
    mg__import_problem(im, v->loc, "expected a relation or a sign such as + or - (see docs/format.md), found '%.*s'",
                       (int)(v->len > 40 ? 40 : v->len), v->text);
    return false;
}

static bool weight(mg_importer *im, const mg_import_value *v, double *out)
{
    char buf[64];
    if (trimmed(v, buf, sizeof buf) && *buf && mg__weight_parse(buf, out)) return true;
    mg__import_problem(im, v->loc, "expected " MG__WEIGHT_RULE ", found '%.*s'", (int)(v->len > 40 ? 40 : v->len), v->text);
    return false;
}

static bool count(mg_importer *im, const mg_import_value *v, long long *out)
{
    char buf[32];
    if (trimmed(v, buf, sizeof buf) && *buf && strspn(buf, "0123456789") == strlen(buf) && strlen(buf) < 16)
        return *out = atoll(buf), true;
    mg__import_problem(im, v->loc, "expected an evidence count (a whole number, 0 or more), found '%.*s'",
                       (int)(v->len > 40 ? 40 : v->len), v->text);
    return false;
}

/* Splits "a|b|c" into at most `n` pieces; returns their number. */
static size_t split(const char *text, size_t len, const char **piece, size_t *piece_len, size_t n)
{
    size_t k = 0;
    const char *p = text, *end = text + len;
    while (k < n) {
        const char *bar = memchr(p, '|', (size_t)(end - p));
        const char *stop = bar ? bar : end;
        piece[k] = p;
        piece_len[k++] = (size_t)(stop - p);
        if (!bar) break;
        p = bar + 1;
    }
    return k;
}

static size_t pieces(const char *text, size_t len)
{
    size_t n = 1;
    for (size_t i = 0; i < len; i++) n += text[i] == '|';
    return n;
}

static void synonyms(mg_importer *im, const mg_import_value *v, mg_node *node)
{
    if (!v->text || v->len == 0) return;
    size_t n = pieces(v->text, v->len);
    const char **syn = mg_arena_alloc(&im->g->arena, n * sizeof *syn);
    const char **p = malloc(n * sizeof *p);
    size_t *plen = malloc(n * sizeof *plen);
    if (!syn || !p || !plen) {
        im->fatal = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    split(v->text, v->len, p, plen, n);
    size_t k = 0;
    for (size_t i = 0; i < n && !im->fatal; i++)
        if (check_name(im, v, "synonym", p[i], plen[i])) syn[k++] = graph_text(im, p[i], plen[i]);
    node->synonyms = syn;
    node->synonym_count = k;
done:
    free(p);
    free(plen);
}

static void xrefs(mg_importer *im, const mg_import_value *v, mg_node *node)
{
    if (!v->text || v->len == 0 || !check_text(im, v, "xrefs")) return;
    size_t n = pieces(v->text, v->len);
    mg_xref *x = mg_arena_alloc(&im->g->arena, n * sizeof *x);
    const char **p = malloc(n * sizeof *p);
    size_t *plen = malloc(n * sizeof *plen);
    if (!x || !p || !plen) {
        im->fatal = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    split(v->text, v->len, p, plen, n);
    size_t k = 0;
    for (size_t i = 0; i < n && !im->fatal; i++) {
        /* the key ends at the first ':'; values may hold more ("hetionet:Gene::5144") */
        const char *colon = memchr(p[i], ':', plen[i]);
        if (!colon || colon == p[i] || colon + 1 == p[i] + plen[i]) {
            mg__import_problem(im, v->loc, "expected xrefs as database:identifier joined by '|', found '%.*s'",
                               (int)(plen[i] > 60 ? 60 : plen[i]), p[i]);
            continue;
        }
        size_t klen = (size_t)(colon - p[i]);
        const char *prefix = mg__xref_prefix(p[i], klen); /* one spelling per database, for merging */
        const char *key = prefix ? prefix : graph_text(im, p[i], klen), *value = graph_text(im, colon + 1, plen[i] - klen - 1);
        if (key && value) x[k++] = (mg_xref){key, value};
    }
    node->xrefs = x;
    node->xref_count = k;
done:
    free(p);
    free(plen);
}

/* ---- records ---- */

mg_error_t mg__import_init(mg_importer *im, const char *file, const char *data, size_t size, mg_diagnostics *diags)
{
    memset(im, 0, sizeof *im);
    im->file = file;
    im->data = data;
    im->size = size;
    im->diags = diags;
    mg_error_t err = mg__graph_new(&im->g, file);
    if (!err) err = mg_hashmap_init(&im->ids, 1024);
    if (!err) err = mg_hashmap_init(&im->aliases, 16);
    return err;
}

void mg__import_free(mg_importer *im)
{
    mg__import_problems_free(im);
    free(im->edges);
    free(im->details);
    free(im->node_locs);
    mg_hashmap_destroy(&im->ids);
    mg_hashmap_destroy(&im->aliases);
    mg_arena_free(&im->scratch);
    mg_graph_free(im->g);
    memset(im, 0, sizeof *im);
}

static void where_first(char *buf, size_t size, mg_loc loc)
{
    if (loc.path) snprintf(buf, size, "also %s", loc.path); /* a kept location: the key is in the path */
    else snprintf(buf, size, "first given at line %d", loc.line);
}

bool mg__import_node(mg_importer *im, const mg_import_record *rec)
{
    const mg_import_value *id = &rec->id;
    const char *label = NULL;
    /* the other fields are checked even when the id is wrong or missing (the reader reported
     * that): one run reports every problem */
    bool id_ok = id->text && check_name(im, id, "node id", id->text, id->len);
    if (rec->field[MG_FIELD_LABEL].text && rec->field[MG_FIELD_LABEL].len)
        label = name_value(im, &rec->field[MG_FIELD_LABEL], "label");
    mg_node scratch = {0}, *node = &scratch;
    if (id_ok) {
        mg_id prev = mg_hashmap_get(&im->ids, id->text, id->len);
        if (prev >= 0) {
            char first[256];
            where_first(first, sizeof first, im->node_locs[prev]);
            mg__import_problem(im, id->loc, "duplicate node id '%.*s' (%s)", (int)id->len, id->text, first);
        } else {
            const char *copy = graph_text(im, id->text, id->len);
            size_t n = im->g->node_count;
            if (!copy || (im->fatal = mg__graph_add_node(im->g, &node)) ||
                (im->fatal = mg__reserve((void **)&im->node_locs, &im->node_loc_cap, n + 1, sizeof *im->node_locs)) ||
                (im->fatal = mg_hashmap_put(&im->ids, copy, (mg_id)n)))
                return false;
            im->node_locs[n] = keep_loc(im, id->loc);
            node->id = copy;
        }
    }
    node->label = label ? label : node->id;
    node->type = node_type(&rec->field[MG_FIELD_TYPE]);
    node->note = text_value(im, &rec->field[MG_FIELD_NOTE], "note");
    synonyms(im, &rec->field[MG_FIELD_SYNONYMS], node);
    xrefs(im, &rec->field[MG_FIELD_XREFS], node);
    return node != &scratch;
}

void mg__import_alias(mg_importer *im, const char *name, size_t len)
{
    if (!im->g->node_count) return;
    mg_id v = (mg_id)im->g->node_count - 1;
    const char *id = im->g->nodes[v].id;
    if ((strlen(id) == len && memcmp(id, name, len) == 0) || mg_hashmap_get(&im->aliases, name, len) >= 0) return;
    const char *copy = mg_arena_strndup(&im->scratch, name, len);
    if (!copy || (im->fatal = mg_hashmap_put(&im->aliases, copy, v))) im->fatal = mg__fail(MG_ENOMEM, "out of memory");
}

static const char *scratch_text(mg_importer *im, const mg_import_value *v)
{
    if (!v->text) return NULL;
    const char *s = mg_arena_strndup(&im->scratch, v->text, v->len);
    if (!s) im->fatal = mg__fail(MG_ENOMEM, "out of memory");
    return s;
}

/* The node an edge end names, when it is already known; -1 otherwise. */
static mg_id known(const mg_importer *im, const mg_import_value *v)
{
    mg_id n = mg_hashmap_get(&im->ids, v->text, v->len);
    return n >= 0 ? n : mg_hashmap_get(&im->aliases, v->text, v->len);
}

void mg__import_edge(mg_importer *im, const mg_import_record *rec)
{
    /* ends the reader found missing it has reported; the other values are still checked */
    bool ok = rec->source.text && rec->target.text;
    if (rec->source.text) ok = check_name(im, &rec->source, "edge source", rec->source.text, rec->source.len) && ok;
    if (rec->target.text) ok = check_name(im, &rec->target, "edge target", rec->target.text, rec->target.len) && ok;
    mg_pending_edge e = {-1, -1, MG_REL_ASSOCIATED_WITH, 1.0, NULL, NULL, SIZE_MAX};
    mg_edge_detail d = {.evidence_count = -1};
    const mg_import_value *f = rec->field;
    /* an edge with a bad value is still kept, so that its ends are checked too: the graph is
     * built only when there is no problem at all */
    if (f[MG_FIELD_RELATION].text) relation(im, &f[MG_FIELD_RELATION], &e.relation);
    if (f[MG_FIELD_WEIGHT].text) weight(im, &f[MG_FIELD_WEIGHT], &e.weight);
    if (f[MG_FIELD_EVIDENCE_COUNT].text) count(im, &f[MG_FIELD_EVIDENCE_COUNT], &d.evidence_count);
    e.note = text_value(im, &f[MG_FIELD_NOTE], "note");
    e.origin = text_value(im, &f[MG_FIELD_ORIGIN], "origin");
    if (f[MG_FIELD_REFERENCES].text) check_text(im, &f[MG_FIELD_REFERENCES], "references");
    if (f[MG_FIELD_DOIS].text) check_text(im, &f[MG_FIELD_DOIS], "dois");
    if (!ok || im->fatal) return;
    e.s = known(im, &rec->source);
    e.t = known(im, &rec->target);
    if (e.s < 0) {
        d.source = scratch_text(im, &rec->source);
        d.source_loc = keep_loc(im, rec->source.loc);
    }
    if (e.t < 0) {
        d.target = scratch_text(im, &rec->target);
        d.target_loc = keep_loc(im, rec->target.loc);
    }
    if (f[MG_FIELD_REFERENCES].len) {
        d.refs = scratch_text(im, &f[MG_FIELD_REFERENCES]);
        d.refs_loc = keep_loc(im, f[MG_FIELD_REFERENCES].loc);
        d.count_loc = keep_loc(im, f[MG_FIELD_EVIDENCE_COUNT].loc);
        if (f[MG_FIELD_DOIS].len) {
            d.dois = scratch_text(im, &f[MG_FIELD_DOIS]);
            d.dois_loc = keep_loc(im, f[MG_FIELD_DOIS].loc);
        }
    }
    if (im->fatal) return;
    if (d.source || d.target || d.refs) {
        if ((im->fatal = mg__reserve((void **)&im->details, &im->detail_cap, im->detail_count + 1, sizeof *im->details)))
            return;
        e.detail = im->detail_count;
        im->details[im->detail_count++] = d;
    }
    if ((im->fatal = mg__reserve((void **)&im->edges, &im->edge_cap, im->edge_count + 1, sizeof *im->edges))) return;
    im->edges[im->edge_count++] = e;
}

void mg__import_graph(mg_importer *im, const mg_import_record *rec)
{
    const char *name = text_value(im, &rec->field[MG_FIELD_NAME], "name");
    const char *description = text_value(im, &rec->field[MG_FIELD_DESCRIPTION], "description");
    if (name) im->g->name = name;
    if (description) im->g->description = description;
    /* not a text under MG_TEXT_MAX: a JSON document whose own strings the JSON reader checks */
    const mg_import_value *c = &rec->field[MG_FIELD_COMPARISONS];
    if (c->text && !(im->comparisons = mg_arena_strndup(&im->scratch, c->text, c->len))) im->fatal = MG_ENOMEM;
    im->comparisons_len = c->text ? c->len : 0;
}

/* ---- the end: edge ends, studies, evidence ---- */

static mg_id resolve(mg_importer *im, const char *name, mg_loc loc, const char *end)
{
    mg_id v = mg_graph_find_id(im->g, name);
    if (v >= 0) return v;
    if ((v = mg_hashmap_get(&im->aliases, name, strlen(name))) >= 0) return v;
    mg_lookup_result lr = MG_LOOKUP_RESULT_INIT;
    mg_error_t err = mg_graph_lookup(im->g, name, &lr);
    if (err == MG_ENOMEM) im->fatal = err;
    else if (err == MG_OK)
        mg__import_problem(im, loc, "unknown node '%s' as the edge's %s (edge ends are exact ids: did you mean '%s'?)", name,
                           end, im->g->nodes[lr.node].id);
    else if (lr.candidate_count)
        mg__import_problem(im, loc, "unknown node '%s' as the edge's %s (did you mean '%s'?)", name, end,
                           im->g->nodes[lr.candidates[0]].id);
    else mg__import_problem(im, loc, "unknown node '%s' as the edge's %s: no node has this id", name, end);
    mg_lookup_result_clear(&lr);
    return -1;
}

typedef struct {
    const char *id, *doi; /* in the graph's arena */
} study;

/* Gathers the studies edges list (each once, in order of first mention) and pairs them with DOIs
 * where an edge lists as many DOIs as studies. */
static void gather_studies(mg_importer *im, mg_hashmap *ids, study **list, size_t *count, size_t *cap)
{
    const char **p = NULL, **q = NULL;
    size_t *plen = NULL, *qlen = NULL, room = 0;
    for (size_t i = 0; i < im->detail_count && !im->fatal; i++) {
        const mg_edge_detail *e = &im->details[i];
        if (!e->refs) continue;
        size_t n = pieces(e->refs, strlen(e->refs)), nd = e->dois ? pieces(e->dois, strlen(e->dois)) : 0;
        size_t need = n > nd ? n : nd;
        if (need > room) {
            free(p), free(q), free(plen), free(qlen);
            p = malloc(need * sizeof *p), q = malloc(need * sizeof *q);
            plen = malloc(need * sizeof *plen), qlen = malloc(need * sizeof *qlen);
            room = need;
            if (!p || !q || !plen || !qlen) {
                im->fatal = mg__fail(MG_ENOMEM, "out of memory");
                break;
            }
        }
        split(e->refs, strlen(e->refs), p, plen, n);
        if (nd) split(e->dois, strlen(e->dois), q, qlen, nd);
        mg_import_value where = {.loc = e->refs_loc};
        if (nd > n)
            mg__import_problem(im, e->dois_loc, "%zu DOIs for %zu studies: expected at most one DOI per study", nd, n);
        size_t distinct = 0;
        for (size_t k = 0; k < n && !im->fatal; k++) {
            if (!check_name(im, &where, "study id", p[k], plen[k])) continue;
            mg_id s = mg_hashmap_get(ids, p[k], plen[k]);
            if (s < 0) {
                const char *id = graph_text(im, p[k], plen[k]);
                if (!id || (im->fatal = mg__reserve((void **)list, cap, *count + 1, sizeof **list)) ||
                    (im->fatal = mg_hashmap_put(ids, id, (mg_id)*count)))
                    break;
                (*list)[*count] = (study){id, NULL};
                s = (mg_id)(*count)++;
            }
            distinct++;
            if (nd != n) continue;
            if (qlen[k] < 3 || memcmp(q[k], "10.", 3) != 0) {
                mg__import_problem(im, e->dois_loc, "'%.*s' is not a DOI (expected '10.<registrant>/<suffix>')",
                                   (int)(qlen[k] > 60 ? 60 : qlen[k]), q[k]);
                continue;
            }
            study *st = &(*list)[s];
            if (!st->doi) {
                st->doi = graph_text(im, q[k], qlen[k]);
            } else if (strlen(st->doi) != qlen[k] || memcmp(st->doi, q[k], qlen[k]) != 0) {
                mg__import_problem(im, e->dois_loc, "DOI '%.*s' of study '%s' differs from '%s' given before",
                                   (int)(qlen[k] > 60 ? 60 : qlen[k]), q[k], st->id, st->doi);
            }
        }
        if (e->evidence_count >= 0 && (size_t)e->evidence_count < distinct)
            mg__import_problem(im, e->count_loc, "evidence count %lld is less than the %zu studies listed", e->evidence_count,
                               distinct);
    }
    free(p), free(q), free(plen), free(qlen);
}

/* The edge's evidence: one piece per study listed, or as many as the count says where that is
 * unambiguous (one study, or one piece per study); a study's citation is not in these formats,
 * so its id stands in for it. */
static void add_evidence(mg_importer *im, const mg_edge_detail *e, mg_edge *edge, const mg_hashmap *ids)
{
    if (!e->refs) return;
    size_t n = pieces(e->refs, strlen(e->refs));
    mg_id *refs = malloc(n * sizeof *refs);
    const char **p = malloc(n * sizeof *p);
    size_t *plen = malloc(n * sizeof *plen);
    if (!refs || !p || !plen) {
        im->fatal = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    split(e->refs, strlen(e->refs), p, plen, n);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        mg_id r = mg_hashmap_get(ids, p[i], plen[i]);
        bool seen = false;
        for (size_t j = 0; j < k && !seen; j++) seen = refs[j] == r;
        if (!seen) refs[k++] = r;
    }
    size_t total = e->evidence_count > (long long)k && k == 1 ? (size_t)e->evidence_count : k;
    mg_evidence *ev = mg_arena_alloc(&im->g->arena, total * sizeof *ev);
    if (!ev) {
        im->fatal = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    memset(ev, 0, total * sizeof *ev);
    for (size_t i = 0; i < total; i++) ev[i].ref = &im->g->refs[refs[i < k ? i : 0]];
    edge->evidence = ev;
    edge->evidence_count = total;
done:
    free(refs);
    free(p);
    free(plen);
}

static void build(mg_importer *im, bool complete)
{
    mg_graph *g = im->g;
    if ((im->fatal = mg__graph_index_nodes(g)) || !complete) return;
    for (size_t i = 0; i < im->edge_count && !im->fatal; i++) {
        mg_pending_edge *e = &im->edges[i];
        if (e->detail == SIZE_MAX) continue;
        const mg_edge_detail *d = &im->details[e->detail];
        if (d->source) e->s = resolve(im, d->source, d->source_loc, "source");
        if (d->target) e->t = resolve(im, d->target, d->target_loc, "target");
    }
    mg_hashmap ids;
    study *list = NULL;
    size_t count = 0, cap = 0;
    if (im->fatal || (im->fatal = mg_hashmap_init(&ids, 64))) return;
    gather_studies(im, &ids, &list, &count, &cap);
    if (im->fatal || im->problems_total) goto done;
    for (size_t i = 0; i < count; i++) {
        mg_reference *ref;
        if ((im->fatal = mg__graph_add_reference(g, &ref))) goto done;
        *ref = (mg_reference){list[i].id, list[i].id, list[i].doi, NULL, NULL, NULL, 0};
    }
    /* before the edges: the comparisons may add studies, and no evidence points at them yet */
    size_t found = 0;
    if (im->comparisons && (im->fatal = mg__comparisons_read(g, im->comparisons, im->comparisons_len, im->file, im->diags, &found)))
        goto done;
    im->problems_total += found;
    for (size_t i = 0; i < im->edge_count && !im->fatal; i++) {
        const mg_pending_edge *e = &im->edges[i];
        mg_edge *edge;
        if ((im->fatal = mg__graph_add_edge(g, &edge))) break;
        edge->source = e->s;
        edge->target = e->t;
        edge->relation = e->relation;
        edge->weight = e->weight;
        edge->note = e->note;
        edge->origin = e->origin;
        if (e->detail != SIZE_MAX) add_evidence(im, &im->details[e->detail], edge, &ids);
    }
    if (!im->fatal) im->fatal = mg__graph_index_edges(g);
done:
    free(list);
    mg_hashmap_destroy(&ids);
}

mg_error_t mg__import_finish(mg_importer *im, mg_graph **out, bool complete)
{
    *out = NULL;
    if (!im->fatal) build(im, complete);
    if (im->fatal) return im->fatal;
    mg__import_flush_problems(im);
    if (im->problems_total || !complete)
        return mg__fail(MG_EINVAL, "%s: %zu problem%s", im->file, im->problems_total, im->problems_total == 1 ? "" : "s");
    *out = im->g;
    im->g = NULL;
    return MG_OK;
}
