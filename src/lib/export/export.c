/*
 * export.c - the graph in the formats other tools read: GraphML (Gephi, yEd, networkx, igraph),
 * Cytoscape.js JSON (Cytoscape, networkx's cytoscape_graph), SIF, TSV with evidence columns,
 * Neo4j's bulk-import CSVs, DOT; mechgraph JSON is io_json.c's and Cytoscape.js JSON io_cyjs.c's
 * (both written with cJSON). Each is built in memory and written atomically. Node and edge attributes (type, relation, sign, weight, evidence count,
 * citations, DOIs, notes) go wherever the format can hold them.
 */
#include "io/io.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const export_names[] = {"json", "graphml", "cyjs", "sif", "tsv", "neo4j", "dot"};

const char *mg_export_format_name(mg_export_format f)
{
    return (unsigned)f < sizeof export_names / sizeof *export_names ? export_names[f] : NULL;
}

mg_error_t mg_export_format_parse(mg_export_format *out, const char *name)
{
    int i = mg__word_index(export_names, sizeof export_names / sizeof *export_names, name, false);
    if (i >= 0) return *out = (mg_export_format)i, MG_OK;
    return mg__fail(MG_EINVAL, "unknown export format '%s' (expected json, graphml, cyjs, sif, tsv, neo4j or dot)", name);
}

/* Whether any edge says where it came from (a merged graph): then the formats that have a place
 * for it get an origin column or attribute, and the others stay as they were. */
static bool has_origins(const mg_graph *g)
{
    for (mg_id i = 0; i < mg_graph_edge_count(g); i++)
        if (mg_graph_edge(g, i)->origin) return true;
    return false;
}

/* ---- GraphML ---- */

static void graphml_data_at(mg_buffer *out, const char *indent, const char *key, const char *value)
{
    if (!value || !*value) return;
    mg__buffer_printf(out, "%s<data key=\"%s\">", indent, key);
    mg__html_escape(out, value);
    mg__buffer_puts(out, "</data>\n");
}

static void graphml_data(mg_buffer *out, const char *key, const char *value) { graphml_data_at(out, "      ", key, value); }

static void graphml(mg_buffer *out, const mg_graph *g)
{
    static const char *const keys[][4] = {
        {"label", "node", "label", "string"},         {"type", "node", "type", "string"},
        {"synonyms", "node", "synonyms", "string"},   {"xrefs", "node", "xrefs", "string"},
        {"nnote", "node", "note", "string"},          {"relation", "edge", "relation", "string"},
        {"sign", "edge", "sign", "int"},              {"weight", "edge", "weight", "double"},
        {"evidence", "edge", "evidence_count", "int"}, {"refs", "edge", "references", "string"},
        {"dois", "edge", "dois", "string"},           {"enote", "edge", "note", "string"},
        {"gname", "graph", "name", "string"},         {"gdescription", "graph", "description", "string"},
    };
    mg__buffer_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        mg__buffer_printf(out, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", keys[i][0], keys[i][1],
                          keys[i][2], keys[i][3]);
    if (has_origins(g))
        mg__buffer_puts(out, "  <key id=\"origin\" for=\"edge\" attr.name=\"origin\" attr.type=\"string\"/>\n");
    mg__buffer_puts(out, "  <graph id=\"mechgraph\" edgedefault=\"directed\">\n");
    graphml_data_at(out, "    ", "gname", mg_graph_name(g));
    graphml_data_at(out, "    ", "gdescription", mg_graph_description(g));
    mg_buffer t = {0};
    for (mg_id v = 0; v < mg_graph_node_count(g); v++) {
        const mg_node *n = mg_graph_node(g, v);
        mg__buffer_puts(out, "    <node id=\"");
        mg__html_escape(out, n->id);
        mg__buffer_puts(out, "\">\n");
        graphml_data(out, "label", n->label);
        graphml_data(out, "type", mg_node_type_name(n->type));
        mg__export_synonyms(&t, n, '|');
        graphml_data(out, "synonyms", mg__buffer_cstr(&t));
        mg__export_xrefs(&t, n, '|');
        graphml_data(out, "xrefs", mg__buffer_cstr(&t));
        graphml_data(out, "nnote", n->note);
        mg__buffer_puts(out, "    </node>\n");
    }
    for (mg_id i = 0; i < mg_graph_edge_count(g); i++) {
        const mg_edge *e = mg_graph_edge(g, i);
        mg__buffer_printf(out, "    <edge id=\"e%lld\" source=\"", (long long)i);
        mg__html_escape(out, mg_graph_node(g, e->source)->id);
        mg__buffer_puts(out, "\" target=\"");
        mg__html_escape(out, mg_graph_node(g, e->target)->id);
        mg__buffer_puts(out, "\">\n");
        graphml_data(out, "relation", mg_relation_name(e->relation));
        mg__buffer_printf(out, "      <data key=\"sign\">%d</data>\n      <data key=\"weight\">%.17g</data>\n"
                               "      <data key=\"evidence\">%zu</data>\n",
                          mg__export_sign(e->relation), e->weight, e->evidence_count);
        mg__export_citations(&t, e, false, '|');
        graphml_data(out, "refs", mg__buffer_cstr(&t));
        mg__export_citations(&t, e, true, '|');
        graphml_data(out, "dois", mg__buffer_cstr(&t));
        graphml_data(out, "enote", e->note);
        graphml_data(out, "origin", e->origin);
        mg__buffer_puts(out, "    </edge>\n");
    }
    mg__buffer_free(&t);
    mg__buffer_puts(out, "  </graph>\n</graphml>\n");
}

/* ---- SIF and TSV: what mechgraph's own edge-list readers read back ---- */

/* Cells are written as they are (so that mechgraph, Cytoscape and PathLinker read back the same
 * ids), but for tab, LF and CR, which would split them (mg__tsv_cell). */
static void sif(mg_buffer *out, const mg_graph *g)
{
    mg__buffer_puts(out, "source\trelation\ttarget\n");
    for (mg_id i = 0; i < mg_graph_edge_count(g); i++) {
        const mg_edge *e = mg_graph_edge(g, i);
        mg__tsv_cell(out, mg_graph_node(g, e->source)->id);
        mg__buffer_printf(out, "\t%s\t", mg_relation_name(e->relation));
        mg__tsv_cell(out, mg_graph_node(g, e->target)->id);
        mg__buffer_putc(out, '\n');
    }
}

static void tsv(mg_buffer *out, const mg_graph *g)
{
    /* "relation_sign", not "sign": mechgraph's reader takes a column named sign as the relation */
    bool origins = has_origins(g);
    mg__buffer_puts(out, "source\ttarget\trelation\trelation_sign\tweight\tevidence_count\treferences\tdois");
    mg__buffer_puts(out, origins ? "\torigin\n" : "\n");
    mg_buffer refs = {0}, dois = {0};
    for (mg_id i = 0; i < mg_graph_edge_count(g); i++) {
        const mg_edge *e = mg_graph_edge(g, i);
        mg__export_citations(&refs, e, false, '|');
        mg__export_citations(&dois, e, true, '|');
        mg__tsv_cell(out, mg_graph_node(g, e->source)->id);
        mg__buffer_putc(out, '\t');
        mg__tsv_cell(out, mg_graph_node(g, e->target)->id);
        mg__buffer_printf(out, "\t%s\t%d\t%.17g\t%zu\t", mg_relation_name(e->relation), mg__export_sign(e->relation),
                          e->weight, e->evidence_count);
        mg__tsv_cell(out, mg__buffer_cstr(&refs));
        mg__buffer_putc(out, '\t');
        mg__tsv_cell(out, mg__buffer_cstr(&dois));
        if (origins) {
            mg__buffer_putc(out, '\t');
            mg__tsv_cell(out, e->origin);
        }
        mg__buffer_putc(out, '\n');
    }
    mg__buffer_free(&refs);
    mg__buffer_free(&dois);
}

/* ---- Neo4j bulk import (neo4j-admin database import): typed headers, every field quoted, arrays
 * split by ';' (the importer's default delimiter). Spreadsheets open CSV files too, and run a
 * cell that starts with = + - @ as a formula: such a text cell gets a leading ' (OWASP's advice;
 * mg__csv_needs_quote_mark), in nodes.csv and edges.csv alike, so that ids still match. ---- */

static void csv_number(mg_buffer *b, const char *text) { mg__buffer_printf(b, "\"%s\",", text); }

static void csv_field(mg_buffer *b, const char *text, bool last)
{
    mg__buffer_putc(b, '"');
    if (mg__csv_needs_quote_mark(text)) mg__buffer_putc(b, '\'');
    for (const char *p = text ? text : ""; *p; p++) {
        if (*p == '"') mg__buffer_putc(b, '"');
        mg__buffer_putc(b, *p);
    }
    mg__buffer_puts(b, last ? "\"\n" : "\",");
}

static void neo4j_nodes(mg_buffer *out, const mg_graph *g)
{
    mg__buffer_puts(out, "id:ID,label,type,synonyms:string[],xrefs:string[],note,:LABEL\n");
    mg_buffer t = {0};
    for (mg_id v = 0; v < mg_graph_node_count(g); v++) {
        const mg_node *n = mg_graph_node(g, v);
        csv_field(out, n->id, false);
        csv_field(out, n->label, false);
        csv_field(out, mg_node_type_name(n->type), false);
        mg__export_synonyms(&t, n, ';');
        csv_field(out, mg__buffer_cstr(&t), false);
        mg__export_xrefs(&t, n, ';');
        csv_field(out, mg__buffer_cstr(&t), false);
        csv_field(out, n->note, false);
        /* a Neo4j label per node type (Gene, Disease ...), and Entity for all */
        t.len = 0;
        mg__buffer_printf(&t, "Entity;%c%s", mg_node_type_name(n->type)[0] - 'a' + 'A', mg_node_type_name(n->type) + 1);
        csv_field(out, mg__buffer_cstr(&t), true);
    }
    mg__buffer_free(&t);
}

static void neo4j_edges(mg_buffer *out, const mg_graph *g)
{
    mg__buffer_puts(out, ":START_ID,:END_ID,:TYPE,sign:int,weight:double,evidence_count:int,references:string[],dois:string[],note\n");
    mg_buffer t = {0};
    char num[64];
    for (mg_id i = 0; i < mg_graph_edge_count(g); i++) {
        const mg_edge *e = mg_graph_edge(g, i);
        csv_field(out, mg_graph_node(g, e->source)->id, false);
        csv_field(out, mg_graph_node(g, e->target)->id, false);
        /* relationship types read best in upper case: ACTIVATES, ASSOCIATED_WITH */
        t.len = 0;
        for (const char *p = mg_relation_name(e->relation); *p; p++) mg__buffer_putc(&t, (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p));
        csv_field(out, mg__buffer_cstr(&t), false);
        snprintf(num, sizeof num, "%d", mg__export_sign(e->relation));
        csv_number(out, num);
        snprintf(num, sizeof num, "%.17g", e->weight);
        csv_number(out, num);
        snprintf(num, sizeof num, "%zu", e->evidence_count);
        csv_number(out, num);
        mg__export_citations(&t, e, false, ';');
        csv_field(out, mg__buffer_cstr(&t), false);
        mg__export_citations(&t, e, true, ';');
        csv_field(out, mg__buffer_cstr(&t), false);
        csv_field(out, e->note, true);
    }
    mg__buffer_free(&t);
}

static mg_error_t write_buffer(const char *path, mg_buffer *b)
{
    if (b->failed) return mg__fail(MG_ENOMEM, "out of memory");
    return mg__write_file_atomic(path, b->data ? b->data : "", b->len);
}

/* Two files in the directory `path`, made if missing: both replaced, or neither. */
static mg_error_t neo4j(const mg_graph *graph, const char *path)
{
    if (strcmp(path, "-") == 0) return mg__fail(MG_EINVAL, "neo4j export writes two files: give a directory, not -");
    bool made = mkdir(path, 0777) == 0;
    if (!made && errno != EEXIST)
        return mg__fail(MG_EIO, "unable to create the directory '%s': %s", path, strerror(errno));
    mg_buffer nodes = {0}, edges = {0};
    neo4j_nodes(&nodes, graph);
    neo4j_edges(&edges, graph);
    size_t len = strlen(path);
    char *files = malloc(2 * (len + 16));
    mg_error_t err = MG_OK;
    if (!files || nodes.failed || edges.failed) {
        err = mg__fail(MG_ENOMEM, "out of memory");
    } else {
        snprintf(files, len + 16, "%s/nodes.csv", path);
        snprintf(files + len + 16, len + 16, "%s/edges.csv", path);
        const char *paths[2] = {files, files + len + 16};
        const char *data[2] = {mg__buffer_cstr(&nodes), mg__buffer_cstr(&edges)};
        size_t sizes[2] = {nodes.len, edges.len};
        err = mg__write_files_atomic(paths, data, sizes, 2);
    }
    if (err && made) rmdir(path); /* a failed export leaves no empty directory behind */
    free(files);
    mg__buffer_free(&nodes);
    mg__buffer_free(&edges);
    return err;
}

mg_error_t mg_export_format_from_path(mg_export_format *out, const char *path)
{
    static const struct {
        const char *ext;
        mg_export_format f;
    } exts[] = {{".json", MG_EXPORT_JSON}, {".graphml", MG_EXPORT_GRAPHML}, {".cyjs", MG_EXPORT_CYJS},
                {".sif", MG_EXPORT_SIF},   {".tsv", MG_EXPORT_TSV},         {".dot", MG_EXPORT_DOT},
                {".gv", MG_EXPORT_DOT}};
    const char *dot = strrchr(path, '.');
    for (size_t i = 0; dot && !strchr(dot, '/') && i < sizeof exts / sizeof *exts; i++)
        if (strcmp(dot, exts[i].ext) == 0) return *out = exts[i].f, MG_OK;
    return mg__fail(MG_EINVAL, "cannot tell the export format of '%s' from its name (use --to)", path);
}

mg_error_t mg_export(const mg_graph *graph, mg_export_format format, const char *path)
{
    mg_init();
    if (format == MG_EXPORT_JSON) return mg_graph_save_json(graph, path);
    if (format == MG_EXPORT_CYJS) return mg__write_cyjs(graph, path);
    mg_buffer out = {0};
    mg_error_t err = MG_OK;
    switch (format) {
    case MG_EXPORT_GRAPHML: graphml(&out, graph); break;
    case MG_EXPORT_SIF: sif(&out, graph); break;
    case MG_EXPORT_TSV: tsv(&out, graph); break;
    case MG_EXPORT_DOT: {
        mg_render_options o = MG_RENDER_OPTIONS_INIT;
        o.format = MG_RENDER_DOT;
        o.legend = false;
        char *data;
        size_t size;
        if ((err = mg_render_data(&data, &size, graph, &o))) return err;
        mg__buffer_append(&out, data, size);
        mg_render_data_free(data);
        break;
    }
    case MG_EXPORT_NEO4J: return neo4j(graph, path);
    default: return mg__fail(MG_EINVAL, "invalid export format %d", (int)format);
    }
    err = write_buffer(path, &out);
    mg__buffer_free(&out);
    return err;
}
