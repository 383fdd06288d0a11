/*
 * io_graphml.c - the GraphML reader: mechgraph's own export, networkx's write_graphml, Gephi,
 * yEd, igraph. Events from the XML parser (xml.c, over expat) drive a small state machine, one role per
 * open element: <key> declarations (with their <default>), one <graph>, its <node>s and <edge>s
 * and their <data>. Attributes are understood by name (import.c: label, type, relation, weight
 * ...); others are ignored. Nested graphs, ports and hyperedges are reported as unsupported. The
 * problems, found in one pass, are reported in file order by the importer.
 */
#include "import.h"
#include "xml.h"

#include <stdlib.h>
#include <string.h>

typedef enum {
    ROLE_IGNORED, /* an element mechgraph does not read, and all inside it */
    ROLE_GRAPHML,
    ROLE_KEY,
    ROLE_DEFAULT,
    ROLE_GRAPH,
    ROLE_NODE,
    ROLE_EDGE,
    ROLE_DATA,
    ROLE_DATA_CHILD, /* structured data (yEd's graphics), not read */
    ROLE_NODE_LABEL  /* yEd's <y:NodeLabel>: a label when no attribute gives one */
} role;

enum { FOR_NODE = 1, FOR_EDGE = 2, FOR_GRAPH = 4 };

typedef struct {
    const char *id; /* in the importer's scratch arena */
    int line;
    int owners; /* FOR_* */
    mg_field field[3]; /* per mg_owner */
    int rank[3];
    bool sign[3];
    bool node_graphics; /* yfiles.type="nodegraphics" */
    const char *def;    /* its <default>, or NULL */
    size_t def_len;
    mg_loc def_loc;
    size_t seen_in; /* the record that last had data for this key */
} key;

typedef struct {
    mg_import_record rec;
    mg_buffer slot[MG_FIELD_COUNT];
} record;

typedef struct {
    mg_importer im;
    key *keys;
    size_t key_count, key_cap;
    mg_hashmap key_ids;
    struct ranked *defaults[3][MG_FIELD_COUNT]; /* per owner and field: the keys with a default */
    size_t default_count[3][MG_FIELD_COUNT], default_cap[3][MG_FIELD_COUNT];
    size_t defaults_for; /* the key count when they were listed */
    role roles[MG_XML_DEPTH_MAX + 1];
    bool stopped;     /* not a GraphML document: nothing more is read */
    bool graph_seen;  /* the one <graph> read */
    bool undirected;  /* its edgedefault */
    mg_owner owner;   /* of the record being read */
    size_t serial;    /* counts records, for key.seen_in */
    record item;      /* the node or edge being read */
    record graph;     /* the graph's own data */
    mg_buffer id, source, target;
    size_t data_key;  /* the <data> being read: its key, or SIZE_MAX when it has none */
    mg_loc data_loc;
    bool data_text_seen, data_children;
    mg_buffer text; /* the text of a <data>, <default> or label */
    bool label_seen;
} reader;

static mg_loc loc_at(size_t offset, int line) { return (mg_loc){.order = offset, .line = line}; }

static void xml_problem(void *ctx, size_t offset, int line, const char *message)
{
    reader *r = ctx;
    mg__import_problem(&r->im, loc_at(offset, line), "%s", message);
}

/* GraphML's namespace: its elements are in it, or in none (a file without xmlns) */
#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"

static bool local_is(const mg_xml_event *ev, const char *name)
{
    return strlen(name) == ev->local_len && memcmp(ev->local, name, ev->local_len) == 0;
}

/* Whether the element is GraphML's <name>: an element of another namespace (<x:node> with
 * xmlns:x bound elsewhere, or an undeclared prefix) is not, and is skipped as docs/format.md says */
static bool is(const mg_xml_event *ev, const char *name)
{
    return local_is(ev, name) && ev->ns && (!*ev->ns || strcmp(ev->ns, GRAPHML_NS) == 0);
}

static const mg_xml_attr *attr(const mg_xml_event *ev, const char *name)
{
    for (size_t i = 0; i < ev->attr_count; i++)
        if (strlen(name) == ev->attrs[i].name_len && memcmp(ev->attrs[i].name, name, ev->attrs[i].name_len) == 0)
            return &ev->attrs[i];
    return NULL;
}

static bool out_of_memory(reader *r)
{
    if (!r->im.fatal) r->im.fatal = mg__fail(MG_ENOMEM, "out of memory");
    return false;
}

/* Copies an attribute's value (valid only until the next event) into `b`. */
static mg_import_value keep_attr(reader *r, mg_buffer *b, const mg_xml_attr *a)
{
    b->len = 0;
    mg__buffer_append(b, a->value, a->value_len);
    if (b->failed) out_of_memory(r);
    return (mg_import_value){mg__buffer_cstr(b), a->value_len, loc_at(a->offset, a->line), 0, false};
}

static void clear_record(reader *r, record *item, const mg_xml_event *ev)
{
    memset(&item->rec, 0, sizeof item->rec);
    item->rec.loc = loc_at(ev->offset, ev->line);
    r->serial++;
}

/* ---- <key> ---- */

static role start_key(reader *r, const mg_xml_event *ev)
{
    const mg_xml_attr *id = attr(ev, "id"), *for_ = attr(ev, "for"), *name = attr(ev, "attr.name");
    const mg_xml_attr *yfiles = attr(ev, "yfiles.type");
    if (!id) {
        mg__import_problem(&r->im, loc_at(ev->offset, ev->line), "missing attribute 'id' (every <key> needs one)");
        return ROLE_IGNORED;
    }
    mg_id prev = mg_hashmap_get(&r->key_ids, id->value, id->value_len);
    if (prev >= 0) {
        mg__import_problem(&r->im, loc_at(id->offset, id->line), "key '%s' declared twice (first at line %d)", id->value,
                           r->keys[prev].line);
        return ROLE_IGNORED;
    }
    int owners = FOR_NODE | FOR_EDGE | FOR_GRAPH; /* for="all", GraphML's default */
    if (for_) {
        static const struct {
            const char *name;
            int owners;
        } kinds[] = {{"all", FOR_NODE | FOR_EDGE | FOR_GRAPH}, {"node", FOR_NODE}, {"edge", FOR_EDGE}, {"graph", FOR_GRAPH},
                     {"graphml", 0}, {"hyperedge", 0}, {"port", 0}, {"endpoint", 0}};
        size_t i = 0;
        while (i < sizeof kinds / sizeof *kinds && strcmp(kinds[i].name, for_->value) != 0) i++;
        if (i == sizeof kinds / sizeof *kinds) {
            mg__import_problem(&r->im, loc_at(for_->offset, for_->line),
                               "expected for=\"node\", \"edge\", \"graph\" or \"all\", found '%.40s'", for_->value);
            return ROLE_IGNORED;
        }
        owners = kinds[i].owners;
    }
    const char *key_id = mg_arena_strndup(&r->im.scratch, id->value, id->value_len);
    if (!key_id || mg__reserve((void **)&r->keys, &r->key_cap, r->key_count + 1, sizeof *r->keys) ||
        mg_hashmap_put(&r->key_ids, key_id, (mg_id)r->key_count))
        return out_of_memory(r), ROLE_IGNORED;
    key *k = &r->keys[r->key_count++];
    memset(k, 0, sizeof *k);
    k->id = key_id;
    k->line = ev->line;
    k->owners = owners;
    k->seen_in = SIZE_MAX;
    /* without attr.name, the id names the attribute (some writers give only ids) */
    const mg_xml_attr *named = name ? name : id;
    for (int o = 0; o < 3; o++) k->field[o] = mg__import_field((mg_owner)o, named->value, named->value_len, &k->rank[o], &k->sign[o]);
    k->node_graphics = yfiles && strcmp(yfiles->value, "nodegraphics") == 0;
    return ROLE_KEY;
}

static void end_default(reader *r)
{
    key *k = &r->keys[r->key_count - 1];
    k->def = mg_arena_strndup(&r->im.scratch, mg__buffer_cstr(&r->text), r->text.len);
    k->def_len = r->text.len;
    k->def_loc = r->data_loc;
    if (!k->def || r->text.failed) out_of_memory(r);
}

/* ---- <graph>, <node>, <edge> ---- */

static role start_graph(reader *r, const mg_xml_event *ev)
{
    if (r->graph_seen) {
        mg__import_problem(&r->im, loc_at(ev->offset, ev->line), "a second <graph>: mechgraph reads one graph per file");
        return ROLE_IGNORED;
    }
    r->graph_seen = true;
    const mg_xml_attr *dir = attr(ev, "edgedefault");
    if (dir && strcmp(dir->value, "undirected") == 0) r->undirected = true;
    else if (dir && strcmp(dir->value, "directed") != 0)
        mg__import_problem(&r->im, loc_at(dir->offset, dir->line),
                           "expected edgedefault=\"directed\" or \"undirected\", found '%.40s'", dir->value);
    clear_record(r, &r->graph, ev);
    return ROLE_GRAPH;
}

static role start_node(reader *r, const mg_xml_event *ev)
{
    r->owner = MG_OWNER_NODE;
    r->label_seen = false;
    clear_record(r, &r->item, ev);
    const mg_xml_attr *id = attr(ev, "id");
    if (id) r->item.rec.id = keep_attr(r, &r->id, id);
    else mg__import_problem(&r->im, r->item.rec.loc, "missing attribute 'id' (every <node> needs one)");
    return ROLE_NODE;
}

static role start_edge(reader *r, const mg_xml_event *ev)
{
    r->owner = MG_OWNER_EDGE;
    clear_record(r, &r->item, ev);
    const mg_xml_attr *source = attr(ev, "source"), *target = attr(ev, "target"), *directed = attr(ev, "directed");
    if (source) r->item.rec.source = keep_attr(r, &r->source, source);
    if (target) r->item.rec.target = keep_attr(r, &r->target, target);
    if (!source || !target)
        mg__import_problem(&r->im, r->item.rec.loc, "missing attribute '%s' (every <edge> needs a source and a target)",
                           source ? "target" : "source");
    if (directed && strcmp(directed->value, "true") != 0 && strcmp(directed->value, "false") != 0)
        mg__import_problem(&r->im, loc_at(directed->offset, directed->line), "expected directed=\"true\" or \"false\", found '%.40s'",
                           directed->value);
    static const char *const ports[] = {"sourceport", "targetport"};
    for (size_t i = 0; i < 2; i++) {
        const mg_xml_attr *p = attr(ev, ports[i]);
        if (p)
            mg__import_problem(&r->im, loc_at(p->offset, p->line),
                               "ports are not supported (attribute '%s'): mechgraph edges join whole nodes", ports[i]);
    }
    /* An undirected edge (edgedefault="undirected", directed="false") is read once, its ends in
     * the file's order, as edge lists are: there is no sign to give it a direction. */
    return ROLE_EDGE;
}

/* Fills the fields the record has no data for from their keys' <default>s. */
/* A key with a default, for one owner and field: ordered by rank, then by declaration. */
typedef struct ranked {
    int rank;
    size_t index;
} ranked;

static int by_rank(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->rank != y->rank) return x->rank < y->rank ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* Lists, per owner and field, the keys with a default, best rank first (once all keys are
 * declared: they precede the graph). */
static void index_defaults(reader *r)
{
    r->defaults_for = r->key_count;
    for (int o = 0; o < 3; o++) {
        for (int f = 0; f < MG_FIELD_COUNT; f++) {
            r->default_count[o][f] = 0;
            for (size_t i = 0; i < r->key_count; i++) {
                const key *k = &r->keys[i];
                if (!k->def || !(k->owners & (1 << o)) || k->field[o] != (mg_field)f) continue;
                ranked *list = r->defaults[o][f];
                if (mg__reserve((void **)&list, &r->default_cap[o][f], r->default_count[o][f] + 1, sizeof *list)) {
                    r->im.fatal = MG_ENOMEM;
                    return;
                }
                r->defaults[o][f] = list;
                list[r->default_count[o][f]++] = (ranked){k->rank[o], i};
            }
            if (r->default_count[o][f] > 1) qsort(r->defaults[o][f], r->default_count[o][f], sizeof(ranked), by_rank);
        }
    }
}

/* Gives each field the default that wins it, as if every key's default were offered in order:
 * the best-ranked default of a key the record has no data for, if it beats the record's own
 * value. O(fields + the record's data): looping over every key for every record made a file of
 * many keys and many nodes quadratic (issue 24). */
static void apply_defaults(reader *r, record *item, mg_owner owner)
{
    if (r->defaults_for != r->key_count) index_defaults(r);
    for (int f = 0; f < MG_FIELD_COUNT && !r->im.fatal; f++) {
        const ranked *list = r->defaults[owner][f];
        for (size_t j = 0; j < r->default_count[owner][f]; j++) {
            key *k = &r->keys[list[j].index];
            if (owner != MG_OWNER_GRAPH && k->seen_in == r->serial) continue; /* the record has data for it */
            if (mg__import_wins(&item->rec, (mg_field)f, k->rank[owner]))
                item->rec.field[f] = (mg_import_value){k->def, k->def_len, k->def_loc, k->rank[owner], k->sign[owner]};
            break; /* the others rank no better */
        }
    }
}

static void end_node(reader *r)
{
    apply_defaults(r, &r->item, MG_OWNER_NODE);
    mg__import_node(&r->im, &r->item.rec);
}

static void end_edge(reader *r)
{
    apply_defaults(r, &r->item, MG_OWNER_EDGE);
    mg__import_edge(&r->im, &r->item.rec);
}

static void end_graph(reader *r)
{
    apply_defaults(r, &r->graph, MG_OWNER_GRAPH);
    mg__import_graph(&r->im, &r->graph.rec);
}

/* ---- <data> ---- */

static role start_data(reader *r, const mg_xml_event *ev, mg_owner owner)
{
    static const char *const owner_names[] = {"node", "edge", "graph"};
    r->owner = owner;
    r->data_key = SIZE_MAX;
    r->data_loc = loc_at(ev->offset, ev->line);
    r->data_text_seen = r->data_children = false;
    r->text.len = 0;
    const mg_xml_attr *k = attr(ev, "key");
    if (!k) {
        mg__import_problem(&r->im, r->data_loc, "missing attribute 'key' (every <data> names its <key>)");
        return ROLE_DATA;
    }
    mg_id i = mg_hashmap_get(&r->key_ids, k->value, k->value_len);
    if (i < 0) {
        mg__import_problem(&r->im, loc_at(k->offset, k->line), "unknown key '%s' (no <key id=\"%s\"> before it declares it)",
                           k->value, k->value);
        return ROLE_DATA;
    }
    key *kk = &r->keys[i];
    if (!(kk->owners & (1 << owner))) {
        mg__import_problem(&r->im, loc_at(k->offset, k->line), "key '%s' (line %d) is not declared for a %s", kk->id, kk->line,
                           owner_names[owner]);
        return ROLE_DATA;
    }
    /* the graph's own record spans its nodes and edges: its keys are not tracked */
    if (owner != MG_OWNER_GRAPH) {
        if (kk->seen_in == r->serial) {
            mg__import_problem(&r->im, loc_at(k->offset, k->line), "data for key '%s' given twice", kk->id);
            return ROLE_DATA;
        }
        kk->seen_in = r->serial;
    }
    r->data_key = (size_t)i;
    return ROLE_DATA;
}

static void offer(reader *r, record *item, mg_field f, int rank, bool sign, const char *text, size_t len, mg_loc loc)
{
    if (f == MG_FIELD_NONE || !mg__import_wins(&item->rec, f, rank)) return;
    mg_buffer *b = &item->slot[f];
    b->len = 0;
    mg__buffer_append(b, text, len);
    if (b->failed) {
        out_of_memory(r);
        return;
    }
    item->rec.field[f] = (mg_import_value){mg__buffer_cstr(b), len, loc, rank, sign};
}

static void end_data(reader *r)
{
    if (r->data_key == SIZE_MAX || r->data_children) return; /* structured data: yEd's graphics */
    if (r->text.failed) {
        out_of_memory(r);
        return;
    }
    const key *k = &r->keys[r->data_key];
    record *item = r->owner == MG_OWNER_GRAPH ? &r->graph : &r->item;
    offer(r, item, k->field[r->owner], k->rank[r->owner], k->sign[r->owner], mg__buffer_cstr(&r->text), r->text.len,
          r->data_loc);
}

/* yEd writes the label as the text of <y:NodeLabel>, around its layout elements */
static void end_node_label(reader *r)
{
    r->label_seen = true;
    const char *t = mg__buffer_cstr(&r->text), *end = t + r->text.len;
    while (t < end && (*t == ' ' || *t == '\t' || *t == '\n' || *t == '\r')) t++;
    while (end > t && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r')) end--;
    if (end > t) offer(r, &r->item, MG_FIELD_LABEL, 3, false, t, (size_t)(end - t), r->data_loc);
}

/* ---- events ---- */

static role unsupported(reader *r, const mg_xml_event *ev, const char *what)
{
    mg__import_problem(&r->im, loc_at(ev->offset, ev->line), "%s", what);
    return ROLE_IGNORED;
}

static role child_role(reader *r, const mg_xml_event *ev, role parent)
{
    switch (parent) {
    case ROLE_GRAPHML:
        if (is(ev, "key")) return start_key(r, ev);
        if (is(ev, "graph")) return start_graph(r, ev);
        return ROLE_IGNORED; /* <desc>, <data> of the document */
    case ROLE_KEY:
        if (!is(ev, "default")) return ROLE_IGNORED;
        r->text.len = 0;
        r->data_loc = loc_at(ev->offset, ev->line);
        r->data_text_seen = false;
        return ROLE_DEFAULT;
    case ROLE_GRAPH:
        if (is(ev, "node")) return start_node(r, ev);
        if (is(ev, "edge")) return start_edge(r, ev);
        if (is(ev, "data")) return start_data(r, ev, MG_OWNER_GRAPH);
        if (is(ev, "hyperedge")) return unsupported(r, ev, "hyperedges are not supported (a <hyperedge> joins more than two nodes)");
        return ROLE_IGNORED;
    case ROLE_NODE:
    case ROLE_EDGE:
        if (is(ev, "data")) return start_data(r, ev, parent == ROLE_NODE ? MG_OWNER_NODE : MG_OWNER_EDGE);
        if (is(ev, "graph")) return unsupported(r, ev, "nested graphs are not supported (a <graph> inside a node or an edge)");
        if (is(ev, "port")) return unsupported(r, ev, "ports are not supported (<port>): mechgraph edges join whole nodes");
        if (is(ev, "locator")) return unsupported(r, ev, "external graphs are not supported (<locator>)");
        return ROLE_IGNORED;
    case ROLE_DATA:
    case ROLE_DATA_CHILD:
        r->data_children = true;
        if (r->owner == MG_OWNER_NODE && r->data_key != SIZE_MAX && r->keys[r->data_key].node_graphics && !r->label_seen &&
            local_is(ev, "NodeLabel")) { /* yFiles' y:NodeLabel, whatever its prefix */
            r->text.len = 0;
            return ROLE_NODE_LABEL;
        }
        return ROLE_DATA_CHILD;
    default: return ROLE_IGNORED;
    }
}

static void on_start(reader *r, const mg_xml_event *ev)
{
    if (ev->depth == 1) {
        if (!is(ev, "graphml")) {
            mg__import_problem(&r->im, loc_at(ev->offset, ev->line),
                               "expected a GraphML document (a <graphml> root element), found <%.*s>", (int)ev->name_len,
                               ev->name);
            r->stopped = true;
        }
        r->roles[1] = ROLE_GRAPHML;
        return;
    }
    r->roles[ev->depth] = child_role(r, ev, r->roles[ev->depth - 1]);
}

static void on_text(reader *r, const mg_xml_event *ev)
{
    role at = r->roles[ev->depth];
    if (at != ROLE_DATA && at != ROLE_DEFAULT && at != ROLE_NODE_LABEL) return;
    if (!r->data_text_seen && at != ROLE_NODE_LABEL) {
        r->data_loc = loc_at(ev->offset, ev->line); /* a bad value is shown where it starts */
        r->data_text_seen = true;
    }
    if (at == ROLE_NODE_LABEL) r->data_loc = loc_at(ev->offset, ev->line);
    mg__buffer_append(&r->text, ev->text, ev->text_len);
}

static void on_end(reader *r, const mg_xml_event *ev)
{
    switch (r->roles[ev->depth]) {
    case ROLE_GRAPHML:
        if (!r->graph_seen) mg__import_problem(&r->im, loc_at(ev->offset, ev->line), "no <graph> in the document");
        break;
    case ROLE_DEFAULT: end_default(r); break;
    case ROLE_NODE: end_node(r); break;
    case ROLE_EDGE: end_edge(r); break;
    case ROLE_GRAPH: end_graph(r); break;
    case ROLE_DATA: end_data(r); break;
    case ROLE_NODE_LABEL: end_node_label(r); break;
    default: break;
    }
}

static bool on_event(void *ctx, const mg_xml_event *ev)
{
    reader *r = ctx;
    if (ev->kind == MG_XML_START) on_start(r, ev);
    else if (ev->kind == MG_XML_END) on_end(r, ev);
    else on_text(r, ev);
    return !r->stopped && !r->im.fatal;
}

mg_error_t mg__read_graphml(mg_graph **out, const char *data, size_t size, const char *name, mg_diagnostics *diags)
{
    *out = NULL;
    reader r;
    memset(&r, 0, sizeof r);
    mg_xml_result xr = {0};
    mg_error_t err = mg__import_init(&r.im, name, data, size, diags);
    if (!err) err = mg_hashmap_init(&r.key_ids, 16);
    if (err) goto done;
    size_t i = size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < size && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n')) i++;
    if (i == size) {
        mg__import_problem(&r.im, loc_at(0, 1), "empty file: expected a GraphML document");
        r.stopped = true;
    } else if ((err = mg_xml_parse(data, size, xml_problem, on_event, &r, &xr))) {
        goto done;
    }
    r.im.form = xr.form; /* columns count the characters of the file's encoding */
    err = mg__import_finish(&r.im, out, !r.stopped && !xr.failed);
done:
    for (int f = 0; f < MG_FIELD_COUNT; f++) {
        mg__buffer_free(&r.item.slot[f]);
        mg__buffer_free(&r.graph.slot[f]);
    }
    mg__buffer_free(&r.id);
    mg__buffer_free(&r.source);
    mg__buffer_free(&r.target);
    mg__buffer_free(&r.text);
    free(r.keys);
    for (int o = 0; o < 3; o++)
        for (int f = 0; f < MG_FIELD_COUNT; f++) free(r.defaults[o][f]);
    mg_hashmap_destroy(&r.key_ids);
    mg__import_free(&r.im);
    return err;
}
