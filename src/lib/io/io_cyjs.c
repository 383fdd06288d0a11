/*
 * io_cyjs.c - Cytoscape.js JSON, read and written with cJSON (whose trees stay in this file and
 * io_json.c; the text is parsed by json_text.c, as mechgraph-1 is). The reader takes mechgraph's own export, Cytoscape desktop's .cyjs and networkx's
 * cytoscape_data: "elements" as {"nodes": [...], "edges": [...]} or as one array of
 * {"group": ..., "data": ...}; each element's "data" is read by attribute name (import.c), and
 * problems are located by JSON path. The writer gives nodes "id" (Cytoscape), "value" (networkx),
 * "name" (the label) and a "position" when the caller laid the graph out, edges "interaction" and
 * "relation", every attribute GraphML has, and the evidence's organism ... location as lists.
 */
#include "import.h"
#include "json_text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    mg_importer im;
    mg_json_path path;
    size_t rank; /* of the element being read, in document order; 0 for the top level */
    mg_buffer slot[MG_FIELD_COUNT];
    char number[4][32]; /* id, source, target, value written as text */
} reader;

typedef struct {
    const cJSON *item;
    bool edge;
    const char *section; /* "elements.nodes", "elements.edges" or "elements" */
    int index;
    size_t rank; /* in document order, from 1 */
} element;

/* ---- JSON paths ---- */

#define push(r, ...) mg__json_path_push(&(r)->path, __VA_ARGS__)
#define pop(r, saved) mg__json_path_pop(&(r)->path, saved)

static mg_loc here(const reader *r) { return (mg_loc){.order = r->rank, .path = mg__json_path_text(&r->path)}; }

/* Member `key` of the current path; `key` must outlive the location (a literal or a cJSON name). */
static mg_loc at_key(const reader *r, const char *key)
{
    if (!r->path.len) return (mg_loc){.order = r->rank, .path = key};
    return (mg_loc){.order = r->rank, .path = r->path.text, .key = key};
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* ---- values ---- */

/* 2^53: from here on, not every whole number has a double of its own, so a JSON number that
 * large may already have lost digits ("9007199254740993" reads as ...992) */
#define EXACT_LIMIT 9007199254740992.0

static bool too_large(const cJSON *v)
{
    return cJSON_IsNumber(v) && isfinite(v->valuedouble) && fabs(v->valuedouble) >= EXACT_LIMIT;
}

/* A whole number as text ("12"), for ids that networkx writes as numbers; NULL otherwise, and for
 * a number too large to be exact (too_large). */
static const char *whole_number(const cJSON *v, char *buf, size_t size)
{
    double x = v->valuedouble;
    if (!cJSON_IsNumber(v) || !isfinite(x) || x != floor(x) || fabs(x) >= EXACT_LIMIT) return NULL;
    snprintf(buf, size, "%.0f", x);
    return buf;
}

/* A node name: a string, or a whole number (networkx's integer nodes); reported when it is
 * something else, and said missing when absent. */
static mg_import_value name_of(reader *r, const cJSON *data, const char *key, char *buf, const char *what,
                               const char *why)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(data, key);
    mg_import_value out = {0};
    if (!v) {
        mg__import_problem(&r->im, here(r), "missing member '%s' (%s)", key, why);
        return out;
    }
    out.loc = at_key(r, key);
    const char *text = cJSON_IsString(v) ? v->valuestring : whole_number(v, buf, 32);
    if (!text && too_large(v)) {
        /* not printed: the value read is already the changed one */
        mg__import_problem(&r->im, out.loc,
                           "a number of 2^53 or more cannot name %s exactly (its last digits may change when "
                           "read); write the id as a string",
                           what);
        return (mg_import_value){0};
    }
    if (!text) {
        mg__import_problem(&r->im, out.loc, "expected a string naming %s, found %s", what, mg__json_kind(v));
        return (mg_import_value){0};
    }
    out.text = text;
    out.len = strlen(text);
    return out;
}

/* Joins an array of strings (or an object's key:value pairs) by '|' into `b`. */
static bool joined(reader *r, const cJSON *v, mg_buffer *b, bool pairs, mg_loc loc)
{
    b->len = 0;
    mg__buffer_append(b, "", 0);
    for (const cJSON *m = v->child; m; m = m->next) {
        if (!cJSON_IsString(m)) {
            mg__import_problem(&r->im, loc, "expected %s of strings, found %s in it", pairs ? "an object" : "an array",
                               mg__json_kind(m));
            return false;
        }
        if (b->len) mg__buffer_putc(b, '|');
        if (pairs) mg__buffer_printf(b, "%s:", m->string);
        mg__buffer_puts(b, m->valuestring);
    }
    return true;
}

/* The text of a data member for field `f`: strings for every field, numbers where a number is
 * meant, arrays of strings for lists, an object of strings for xrefs. */
static void offer(reader *r, mg_import_record *rec, const cJSON *m, const char *key, mg_field f, int rank, bool sign)
{
    if (cJSON_IsNull(m) || !mg__import_wins(rec, f, rank)) return;
    mg_loc loc = key ? at_key(r, key) : here(r);
    mg_buffer *b = &r->slot[f];
    bool number = f == MG_FIELD_WEIGHT || f == MG_FIELD_EVIDENCE_COUNT || (f == MG_FIELD_RELATION && sign);
    bool list = f == MG_FIELD_SYNONYMS || f == MG_FIELD_REFERENCES || f == MG_FIELD_DOIS;
    b->len = 0;
    if (cJSON_IsString(m)) {
        mg__buffer_puts(b, m->valuestring);
    } else if (cJSON_IsNumber(m) && number) {
        mg__buffer_printf(b, "%.17g", m->valuedouble);
    } else if ((cJSON_IsArray(m) && list) || (cJSON_IsObject(m) && f == MG_FIELD_XREFS)) {
        if (!joined(r, m, b, f == MG_FIELD_XREFS, loc)) return;
    } else if (cJSON_IsObject(m) && f == MG_FIELD_COMPARISONS) {
        /* mechgraph's comparisons object, read by the mechgraph-1 reader from its text */
        char *text = cJSON_PrintUnformatted(m);
        if (text) mg__buffer_puts(b, text);
        else b->failed = true;
        cJSON_free(text);
    } else {
        mg__import_problem(&r->im, loc, "expected %s, found %s",
                           number  ? "a number"
                           : list  ? "a string or an array of strings"
                           : f == MG_FIELD_XREFS ? "a string or an object of strings"
                                                 : "a string",
                           mg__json_kind(m));
        return;
    }
    if (b->failed) {
        r->im.fatal = mg__fail(MG_ENOMEM, "out of memory");
        return;
    }
    rec->field[f] = (mg_import_value){mg__buffer_cstr(b), b->len, loc, rank, sign};
}

static void read_fields(reader *r, mg_import_record *rec, const cJSON *data, mg_owner owner)
{
    for (const cJSON *m = data->child; m && !r->im.fatal; m = m->next) {
        int rank;
        bool sign;
        mg_field f = mg__import_field(owner, m->string, strlen(m->string), &rank, &sign);
        if (f != MG_FIELD_NONE) offer(r, rec, m, m->string, f, rank, sign);
    }
}

/* ---- elements ---- */

static void read_node(reader *r, const cJSON *data)
{
    mg_import_record rec = {0};
    rec.loc = here(r);
    const cJSON *value = cJSON_GetObjectItemCaseSensitive(data, "value");
    /* without an id, networkx's value names the node */
    bool by_value = !cJSON_GetObjectItemCaseSensitive(data, "id") && value;
    rec.id = name_of(r, data, by_value ? "value" : "id", r->number[0], "the node", "every node needs one");
    /* Cytoscape desktop names nodes by their SUID ("104"): its "name" is the better id, and
     * edges still find the node by the SUID */
    const cJSON *suid = cJSON_GetObjectItemCaseSensitive(data, "SUID");
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(data, "name");
    const char *by_suid = NULL;
    if (rec.id.text && suid && cJSON_IsString(name) && *name->valuestring &&
        (by_suid = whole_number(suid, r->number[2], 32)) && strcmp(by_suid, rec.id.text) == 0) {
        rec.id = (mg_import_value){name->valuestring, strlen(name->valuestring), at_key(r, "name"), 0, false};
    } else {
        by_suid = NULL;
    }
    read_fields(r, &rec, data, MG_OWNER_NODE);
    bool added = mg__import_node(&r->im, &rec);
    if (added && by_suid) mg__import_alias(&r->im, by_suid, strlen(by_suid));
    if (added && value && (cJSON_IsString(value) || cJSON_IsNumber(value))) {
        const char *alias = cJSON_IsString(value) ? value->valuestring : whole_number(value, r->number[3], 32);
        if (alias) mg__import_alias(&r->im, alias, strlen(alias));
    }
}

static void read_edge(reader *r, const cJSON *data)
{
    mg_import_record rec = {0};
    rec.loc = here(r);
    rec.source = name_of(r, data, "source", r->number[1], "a node", "every edge needs a source and a target");
    rec.target = name_of(r, data, "target", r->number[2], "a node", "every edge needs a source and a target");
    read_fields(r, &rec, data, MG_OWNER_EDGE);
    mg__import_edge(&r->im, &rec);
}

/* Reports each member of `obj` given twice, at the object (the rule of io_json.c too): a lookup
 * would take the first and ignore the other without a word. */
static void check_repeats(reader *r, const cJSON *obj)
{
    mg_json_members seen;
    if (!cJSON_IsObject(obj)) return;
    if (mg__json_members_start(&seen, obj)) {
        r->im.fatal = MG_ENOMEM;
        return;
    }
    for (const cJSON *m = obj->child; m; m = m->next)
        if (mg__json_members_repeat(&seen, m)) mg__import_problem(&r->im, here(r), "member '%s' given twice", m->string);
    mg__json_members_end(&seen);
}

/* Reads one element (its "data"), if it belongs to this pass. */
static void read_element(reader *r, const element *el, bool edges)
{
    if (el->edge != edges) return;
    size_t saved = push(r, "%s[%d]", el->section, el->index);
    const cJSON *data = cJSON_GetObjectItemCaseSensitive(el->item, "data");
    if (!data) {
        mg__import_problem(&r->im, here(r), "missing member 'data' (an element keeps its attributes there)");
    } else if (!cJSON_IsObject(data)) {
        mg__import_problem(&r->im, at_key(r, "data"), "expected an object, found %s", mg__json_kind(data));
    } else {
        size_t s2 = push(r, ".data");
        check_repeats(r, data);
        if (edges) read_edge(r, data);
        else read_node(r, data);
        pop(r, s2);
    }
    pop(r, saved);
}

/* Lists the elements in document order; reports those that are not objects, or of no group. */
static mg_error_t list_elements(reader *r, const cJSON *elements, element **out, size_t *count)
{
    size_t cap = 0, rank = 0;
    bool flat = cJSON_IsArray(elements);
    *count = 0;
    for (const cJSON *sec = flat ? elements : elements->child; sec; sec = flat ? NULL : sec->next) {
        const char *section = flat                                ? "elements"
                              : strcmp(sec->string, "nodes") == 0 ? "elements.nodes"
                              : strcmp(sec->string, "edges") == 0 ? "elements.edges"
                                                                  : NULL;
        if (!section) continue; /* other members are not elements */
        r->rank = ++rank;
        if (!cJSON_IsArray(sec)) {
            size_t saved = push(r, "%s", section);
            mg__import_problem(&r->im, here(r), "expected an array, found %s", mg__json_kind(sec));
            pop(r, saved);
            continue;
        }
        int i = 0;
        for (const cJSON *item = sec->child; item; item = item->next, i++) {
            r->rank = ++rank;
            size_t saved = push(r, "%s[%d]", section, i);
            bool edge = strcmp(section, "elements.edges") == 0, ok = true;
            if (!cJSON_IsObject(item)) {
                mg__import_problem(&r->im, here(r), "expected an object, found %s", mg__json_kind(item));
                ok = false;
            } else {
                check_repeats(r, item);
            }
            if (ok && flat) {
                const cJSON *group = cJSON_GetObjectItemCaseSensitive(item, "group");
                const cJSON *data = cJSON_GetObjectItemCaseSensitive(item, "data");
                if (cJSON_IsString(group) && (strcmp(group->valuestring, "nodes") == 0 || strcmp(group->valuestring, "edges") == 0)) {
                    edge = strcmp(group->valuestring, "edges") == 0;
                } else if (group) {
                    mg__import_problem(&r->im, at_key(r, "group"), "expected \"nodes\" or \"edges\", found %s",
                                       cJSON_IsString(group) ? "another string" : mg__json_kind(group));
                    ok = false;
                } else {
                    /* as Cytoscape.js infers it: an element with a source is an edge */
                    edge = cJSON_IsObject(data) && cJSON_GetObjectItemCaseSensitive(data, "source");
                }
            }
            pop(r, saved);
            if (!ok) continue;
            if (mg__reserve((void **)out, &cap, *count + 1, sizeof **out)) return mg__fail(MG_ENOMEM, "out of memory");
            (*out)[(*count)++] = (element){item, edge, section, i, rank};
        }
    }
    return MG_OK;
}

/* The graph's own data: an object, or networkx's list of [key, value] pairs. */
static void read_graph_data(reader *r, const cJSON *data)
{
    mg_import_record rec = {0};
    size_t saved = push(r, "data");
    if (cJSON_IsObject(data)) {
        check_repeats(r, data);
        read_fields(r, &rec, data, MG_OWNER_GRAPH);
    } else if (cJSON_IsArray(data)) {
        for (const cJSON *pair = data->child; pair; pair = pair->next) {
            const cJSON *k = cJSON_GetArrayItem(pair, 0), *v = cJSON_GetArrayItem(pair, 1);
            if (!cJSON_IsArray(pair) || cJSON_GetArraySize(pair) != 2 || !cJSON_IsString(k)) continue;
            int rank;
            bool sign;
            mg_field f = mg__import_field(MG_OWNER_GRAPH, k->valuestring, strlen(k->valuestring), &rank, &sign);
            if (f == MG_FIELD_NONE) continue;
            offer(r, &rec, v, NULL, f, rank, sign);
        }
    } else {
        mg__import_problem(&r->im, here(r), "expected an object, found %s", mg__json_kind(data));
    }
    mg__import_graph(&r->im, &rec);
    pop(r, saved);
}

static void read_document(reader *r, const cJSON *root)
{
    if (!cJSON_IsObject(root)) {
        mg__import_problem(&r->im, here(r), "expected an object with 'elements' (Cytoscape.js JSON), found %s", mg__json_kind(root));
        return;
    }
    check_repeats(r, root);
    const cJSON *data = cJSON_GetObjectItemCaseSensitive(root, "data");
    const cJSON *directed = cJSON_GetObjectItemCaseSensitive(root, "directed");
    const cJSON *elements = cJSON_GetObjectItemCaseSensitive(root, "elements");
    if (directed && !cJSON_IsBool(directed))
        mg__import_problem(&r->im, at_key(r, "directed"), "expected true or false, found %s", mg__json_kind(directed));
    /* "directed": false is read as edge lists are: each edge once, its ends in the file's order */
    if (data) read_graph_data(r, data);
    if (!elements) {
        mg__import_problem(&r->im, here(r),
                           "missing member 'elements' (Cytoscape.js JSON has {\"elements\": {\"nodes\": [...], \"edges\": [...]}})");
        return;
    }
    if (!cJSON_IsObject(elements) && !cJSON_IsArray(elements)) {
        mg__import_problem(&r->im, at_key(r, "elements"), "expected an object with 'nodes' and 'edges', or an array, found %s",
                           mg__json_kind(elements));
        return;
    }
    if (cJSON_IsObject(elements)) {
        size_t saved = push(r, "elements");
        check_repeats(r, elements);
        pop(r, saved);
    }
    element *list = NULL;
    size_t count = 0;
    if ((r->im.fatal = list_elements(r, elements, &list, &count))) goto done;
    /* nodes first, so that edges may come before the nodes they join; problems are sorted back
     * into document order by the element's rank */
    for (int pass = 0; pass < 2 && !r->im.fatal; pass++) {
        for (size_t i = 0; i < count && !r->im.fatal; i++) {
            r->rank = list[i].rank;
            read_element(r, &list[i], pass == 1);
        }
    }
done:
    free(list);
}

mg_error_t mg__read_cyjs(mg_graph **out, const char *data, size_t size, const char *name, mg_diagnostics *diags)
{
    *out = NULL;
    reader r;
    memset(&r, 0, sizeof r);
    cJSON *root = NULL;
    mg_error_t err = mg__import_init(&r.im, name, data, size, diags);
    if (err) goto done;
    size_t first = size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    size_t i = first;
    while (i < size && is_space(data[i])) i++;
    bool complete = false;
    size_t offset;
    char msg[256];
    if (i == size) {
        mg__import_problem(&r.im, (mg_loc){.order = 0}, "empty file: expected a Cytoscape.js JSON object"); /* 1:1 */
    } else if ((root = mg__json_parse(data + first, size - first, &offset, msg, sizeof msg))) {
        read_document(&r, root);
        complete = true;
    } else {
        mg__import_problem(&r.im, (mg_loc){.order = first + offset}, "%s", msg);
    }
    err = mg__import_finish(&r.im, out, complete);
done:
    cJSON_Delete(root);
    for (int f = 0; f < MG_FIELD_COUNT; f++) mg__buffer_free(&r.slot[f]);
    mg__import_free(&r.im);
    return err;
}

bool mg__cyjs_sniff(const char *data, size_t size)
{
    size_t i = size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < size && is_space(data[i])) i++;
    if (i >= size || data[i] != '{') return false;
    /* the top-level object's keys, up to the first that tells: mechgraph-1 writes "format" first */
    int depth = 0;
    for (; i < size; i++) {
        char c = data[i];
        if (c == '{' || c == '[') depth++;
        else if (c == '}' || c == ']') depth--;
        else if (c == '"') {
            size_t start = ++i;
            while (i < size && data[i] != '"') i += data[i] == '\\' ? 2 : 1;
            if (i >= size) return false;
            size_t j = i + 1;
            while (j < size && is_space(data[j])) j++;
            if (depth != 1 || j >= size || data[j] != ':') continue;
            size_t len = i - start;
            if (len == 8 && memcmp(data + start, "elements", 8) == 0) return true;
            if (len == 6 && memcmp(data + start, "format", 6) == 0) return false;
        }
        if (depth == 0) return false;
    }
    return false;
}

/* ---- writer ---- */

static bool add_string(cJSON *obj, const char *key, const char *value)
{
    return !value || cJSON_AddStringToObject(obj, key, value) != NULL;
}

/* Adds `key` with the buffer's text when it holds some. */
static bool add_list(cJSON *obj, const char *key, mg_buffer *b)
{
    return b->failed ? false : !b->len || add_string(obj, key, mg__buffer_cstr(b));
}

/* A new element at the end of `array`: its "data" object, and the element through `made`
 * (may be NULL). */
static cJSON *element_of(cJSON *array, cJSON **made)
{
    cJSON *el = cJSON_CreateObject(), *data = el ? cJSON_AddObjectToObject(el, "data") : NULL;
    if (!data || !cJSON_AddItemToArray(array, el)) {
        cJSON_Delete(el);
        return NULL;
    }
    if (made) *made = el;
    return data;
}

static bool write_nodes(cJSON *nodes, const mg_graph *g, mg_buffer *t, const double *xy)
{
    for (mg_id v = 0; v < mg_graph_node_count(g); v++) {
        const mg_node *n = mg_graph_node(g, v);
        cJSON *el = NULL, *d = element_of(nodes, &el);
        if (d && xy && !isnan(xy[2 * v]) && !isnan(xy[2 * v + 1])) {
            /* Cytoscape's "position", beside "data": where the Graphviz layout placed the node,
             * rounded to a hundredth of a point so that the file reads the same everywhere */
            cJSON *pos = cJSON_AddObjectToObject(el, "position");
            if (!pos || !cJSON_AddNumberToObject(pos, "x", round(xy[2 * v] * 100) / 100) ||
                !cJSON_AddNumberToObject(pos, "y", round(xy[2 * v + 1] * 100) / 100))
                return false;
        }
        /* Cytoscape names a node by "id"; networkx's cytoscape_graph by "value" */
        if (!d || !add_string(d, "id", n->id) || !add_string(d, "value", n->id) || !add_string(d, "name", n->label) ||
            !add_string(d, "type", mg_node_type_name(n->type)))
            return false;
        mg__export_synonyms(t, n, '|');
        if (!add_list(d, "synonyms", t)) return false;
        mg__export_xrefs(t, n, '|');
        if (!add_list(d, "xrefs", t) || !add_string(d, "note", n->note)) return false;
    }
    return true;
}

static bool write_edges(cJSON *edges, const mg_graph *g, mg_buffer *t)
{
    for (mg_id i = 0; i < mg_graph_edge_count(g); i++) {
        const mg_edge *e = mg_graph_edge(g, i);
        cJSON *d = element_of(edges, NULL);
        char id[32];
        snprintf(id, sizeof id, "e%lld", (long long)i);
        const char *rel = mg_relation_name(e->relation);
        if (!d || !add_string(d, "id", id) || !add_string(d, "source", mg_graph_node(g, e->source)->id) ||
            !add_string(d, "target", mg_graph_node(g, e->target)->id) || !add_string(d, "interaction", rel) ||
            !add_string(d, "relation", rel) || !cJSON_AddNumberToObject(d, "key", (double)i) ||
            !cJSON_AddNumberToObject(d, "sign", mg__export_sign(e->relation)) ||
            !cJSON_AddNumberToObject(d, "weight", e->weight) ||
            !cJSON_AddNumberToObject(d, "evidence_count", (double)e->evidence_count))
            return false;
        mg__export_citations(t, e, false, '|');
        if (!add_list(d, "references", t)) return false;
        mg__export_citations(t, e, true, '|');
        if (!add_list(d, "dois", t) || !add_string(d, "note", e->note) || !add_string(d, "origin", e->origin)) return false;
        /* the evidence's organism, disease ... as lists of strings (Cytoscape's List columns), so
         * that edges can be filtered by them */
        for (int f = 0; f < MG_EVF_COUNT; f++) {
            size_t items = mg__export_evidence_field(t, e, (mg_evidence_field)f, '\0');
            if (t->failed) return false;
            if (!items) continue;
            cJSON *list = cJSON_AddArrayToObject(d, mg__evidence_field_names[f]);
            const char *p = t->data;
            for (size_t k = 0; list && k < items; k++, p += strlen(p) + 1) {
                cJSON *item = cJSON_CreateString(p);
                if (!item || !cJSON_AddItemToArray(list, item)) {
                    cJSON_Delete(item);
                    list = NULL;
                }
            }
            if (!list) return false;
        }
    }
    return true;
}

/* The graph's comparisons under data.comparisons (mechgraph's own member: Cytoscape keeps it as a
 * network attribute it does not read), only when there are some. */
static bool add_comparisons(cJSON *data, const mg_graph *graph)
{
    if (!mg_graph_comparison_count(graph)) return true;
    cJSON *tree = mg__comparisons_tree(graph);
    if (tree && cJSON_AddItemToObject(data, "comparisons", tree)) return true;
    cJSON_Delete(tree);
    return false;
}

mg_error_t mg__write_cyjs(const mg_graph *graph, const char *path, const double *xy)
{
    mg_error_t err = MG_OK;
    mg_buffer t = {0};
    cJSON *root = cJSON_CreateObject(), *data, *elements, *nodes, *edges;
    if (!root || !add_string(root, "format_version", "1.0") || !add_string(root, "generated_by", "mechgraph " MG_VERSION) ||
        !add_string(root, "target_cytoscapejs_version", "~2.1") || !cJSON_AddTrueToObject(root, "directed") ||
        !cJSON_AddTrueToObject(root, "multigraph") || !(data = cJSON_AddObjectToObject(root, "data")) ||
        !add_string(data, "name", *mg_graph_name(graph) ? mg_graph_name(graph) : "mechgraph") ||
        (*mg_graph_description(graph) && !add_string(data, "description", mg_graph_description(graph))) ||
        !add_comparisons(data, graph) ||
        !(elements = cJSON_AddObjectToObject(root, "elements")) || !(nodes = cJSON_AddArrayToObject(elements, "nodes")) ||
        !(edges = cJSON_AddArrayToObject(elements, "edges")) || !write_nodes(nodes, graph, &t, xy) ||
        !write_edges(edges, graph, &t))
        err = mg__fail(MG_ENOMEM, "out of memory");
    else
        err = mg__json_write_tree(path, root);
    mg__buffer_free(&t);
    cJSON_Delete(root);
    return err;
}
