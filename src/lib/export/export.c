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

static const char *const export_names[] = {"json", "graphml", "cyjs", "sif", "tsv", "neo4j", "dot", "sif-signed", "sbml-qual"};

const char *mg_export_format_name(mg_export_format f)
{
    return (unsigned)f < sizeof export_names / sizeof *export_names ? export_names[f] : NULL;
}

mg_error_t mg_export_format_parse(mg_export_format *out, const char *name)
{
    int i = mg__word_index(export_names, sizeof export_names / sizeof *export_names, name, true);
    if (i >= 0) return *out = (mg_export_format)i, MG_OK;
    return mg__fail(MG_EINVAL, "unknown export format '%s' (expected json, graphml, cyjs, sif, sif-signed, tsv, neo4j, dot or sbml-qual)", name);
}

bool mg_export_keeps_comparisons(mg_export_format f)
{
    return f == MG_EXPORT_JSON || f == MG_EXPORT_GRAPHML || f == MG_EXPORT_CYJS;
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
    /* comparisons as one graph attribute of JSON text, declared only when there are some */
    if (mg_graph_comparison_count(g))
        mg__buffer_puts(out, "  <key id=\"gcomparisons\" for=\"graph\" attr.name=\"comparisons\" attr.type=\"string\"/>\n");
    /* the evidence's fields, each a list joined by '|' (GraphML has no list type) */
    for (int f = 0; f < MG_EVF_COUNT; f++)
        mg__buffer_printf(out, "  <key id=\"%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"string\"/>\n",
                          mg__evidence_field_names[f], mg__evidence_field_names[f]);
    mg__buffer_puts(out, "  <graph id=\"mechgraph\" edgedefault=\"directed\">\n");
    graphml_data_at(out, "    ", "gname", mg_graph_name(g));
    graphml_data_at(out, "    ", "gdescription", mg_graph_description(g));
    if (mg_graph_comparison_count(g)) {
        mg_buffer c = {0};
        if (mg__comparisons_json(&c, g)) out->failed = true;
        else graphml_data_at(out, "    ", "gcomparisons", mg__buffer_cstr(&c));
        mg__buffer_free(&c);
    }
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
        for (int f = 0; f < MG_EVF_COUNT; f++) {
            mg__export_evidence_field(&t, e, (mg_evidence_field)f, '|');
            graphml_data(out, mg__evidence_field_names[f], mg__buffer_cstr(&t));
        }
        mg__buffer_puts(out, "    </edge>\n");
    }
    mg__buffer_free(&t);
    mg__buffer_puts(out, "  </graph>\n</graphml>\n");
}

/* ---- SIF and TSV: what Cytoscape, CellNOpt, CARNIVAL and mechgraph's own readers read ---- */

/* Cells are written as they are (so that mechgraph, Cytoscape and PathLinker read back the same
 * ids), but for tab, LF and CR, which would split them (mg__tsv_cell), and a backslash before a
 * row's first cell that starts with '#', which would make the row a comment (mg__tsv_first_cell). */
static void sif_edge(mg_buffer *out, const mg_graph *g, const mg_edge *e, const char *interaction)
{
    mg__tsv_first_cell(out, mg_graph_node(g, e->source)->id);
    mg__buffer_printf(out, "\t%s\t", interaction);
    mg__tsv_cell(out, mg_graph_node(g, e->target)->id);
    mg__buffer_putc(out, '\n');
}

/* Cytoscape's SIF: no header (Cytoscape would read one as an edge between nodes "source" and
 * "target"), one "source<TAB>relation<TAB>target" line per edge, then each node without an edge
 * alone on its line, which Cytoscape reads as a node. Tabs separate, so names keep their spaces. */
static void sif(mg_buffer *out, const mg_graph *g)
{
    /* a file without a tab is split at spaces (Cytoscape's rule, io_tsv.c): in a graph without
     * edges, the first lone name holding a space gets a tab after it, so that it stays one name */
    bool tabs = mg_graph_edge_count(g) > 0;
    for (mg_id i = 0; i < mg_graph_edge_count(g); i++) {
        const mg_edge *e = mg_graph_edge(g, i);
        sif_edge(out, g, e, mg_relation_name(e->relation));
    }
    for (mg_id v = 0; v < mg_graph_node_count(g); v++) {
        size_t in, outs;
        mg_graph_incident(g, v, 0, &in);
        mg_graph_incident(g, v, 1, &outs);
        if (in || outs) continue;
        const char *id = mg_graph_node(g, v)->id;
        mg__tsv_first_cell(out, id);
        if (!tabs && strchr(id, ' ')) mg__buffer_putc(out, '\t'), tabs = true;
        mg__buffer_putc(out, '\n');
    }
}

/* The signed SIF of CellNOpt and CARNIVAL's prior knowledge networks: "A<TAB>1<TAB>B" or -1, no
 * header. Only signed edges: those tools take 1 and -1 and nothing else, so an unsigned relation
 * (regulates, associated_with) or a structural one (is_a, part_of, derived_from) has no line, nor
 * has a node left without one (CellNOpt ignores lone names, CARNIVAL's table cannot hold them). */
static void sif_signed(mg_buffer *out, const mg_graph *g)
{
    for (mg_id i = 0; i < mg_graph_edge_count(g); i++) {
        const mg_edge *e = mg_graph_edge(g, i);
        int sign = mg__export_sign(e->relation);
        if (sign) sif_edge(out, g, e, sign > 0 ? "1" : "-1");
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
        mg__tsv_first_cell(out, mg_graph_node(g, e->source)->id);
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

/* ---- Neo4j bulk import (neo4j-admin database import): typed headers, values stored exactly as
 * they are (no spreadsheet guard: that is for the TSV a spreadsheet opens), an empty value left
 * unquoted so that the importer stores no property, lists as string[] split by the array
 * delimiter, which is chosen so that no item holds it. ---- */

/* The array delimiter: ';' (the importer's default) unless an item holds one, else '|', else the
 * unit separator U+001F (names cannot hold control characters); 0 when every one occurs. */
static bool item_holds(const mg_graph *g, char c)
{
    for (mg_id v = 0; v < mg_graph_node_count(g); v++) {
        const mg_node *n = mg_graph_node(g, v);
        for (size_t i = 0; i < n->synonym_count; i++)
            if (strchr(n->synonyms[i], c)) return true;
        for (size_t i = 0; i < n->xref_count; i++)
            if (strchr(n->xrefs[i].key, c) || strchr(n->xrefs[i].value, c)) return true;
    }
    for (size_t i = 0; i < mg_graph_reference_count(g); i++) {
        const mg_reference *r = mg_graph_reference(g, i);
        if (strchr(r->id, c) || (r->doi && strchr(r->doi, c))) return true;
    }
    for (mg_id i = 0; i < mg_graph_edge_count(g); i++) {
        const mg_edge *e = mg_graph_edge(g, i);
        for (size_t k = 0; k < e->evidence_count; k++) {
            const mg_evidence *x = &e->evidence[k];
            const char *texts[] = {x->organism, x->disease, x->system, x->cell, x->where};
            for (size_t j = 0; j < sizeof texts / sizeof *texts; j++)
                if (texts[j] && strchr(texts[j], c)) return true;
        }
    }
    return false;
}

static char array_delimiter(const mg_graph *g)
{
    static const char candidates[] = {';', '|', '\x1f'};
    for (size_t i = 0; i < sizeof candidates; i++)
        if (!item_holds(g, candidates[i])) return candidates[i];
    return 0;
}

static void csv_field(mg_buffer *b, const char *text, bool last)
{
    if (text && *text) {
        mg__buffer_putc(b, '"');
        for (const char *p = text; *p; p++) {
            if (*p == '"') mg__buffer_putc(b, '"');
            mg__buffer_putc(b, *p);
        }
        mg__buffer_putc(b, '"');
    }
    mg__buffer_putc(b, last ? '\n' : ',');
}

static void neo4j_nodes(mg_buffer *out, const mg_graph *g, char delim)
{
    mg__buffer_puts(out, "id:ID,label,type,synonyms:string[],xrefs:string[],note,:LABEL\n");
    mg_buffer t = {0};
    for (mg_id v = 0; v < mg_graph_node_count(g); v++) {
        const mg_node *n = mg_graph_node(g, v);
        csv_field(out, n->id, false);
        csv_field(out, n->label, false);
        csv_field(out, mg_node_type_name(n->type), false);
        mg__export_synonyms(&t, n, delim);
        csv_field(out, mg__buffer_cstr(&t), false);
        mg__export_xrefs(&t, n, delim);
        csv_field(out, mg__buffer_cstr(&t), false);
        csv_field(out, n->note, false);
        /* a Neo4j label per node type (Gene, Disease ...), and Entity for all */
        t.len = 0;
        mg__buffer_printf(&t, "Entity%c%c%s", delim, mg_node_type_name(n->type)[0] - 'a' + 'A', mg_node_type_name(n->type) + 1);
        csv_field(out, mg__buffer_cstr(&t), true);
    }
    mg__buffer_free(&t);
}

static void neo4j_edges(mg_buffer *out, const mg_graph *g, char delim)
{
    mg__buffer_puts(out, ":START_ID,:END_ID,:TYPE,sign:int,weight:double,evidence_count:int,references:string[],dois:string[],note");
    for (int f = 0; f < MG_EVF_COUNT; f++) mg__buffer_printf(out, ",%s:string[]", mg__evidence_field_names[f]);
    mg__buffer_putc(out, '\n');
    mg_buffer t = {0};
    for (mg_id i = 0; i < mg_graph_edge_count(g); i++) {
        const mg_edge *e = mg_graph_edge(g, i);
        csv_field(out, mg_graph_node(g, e->source)->id, false);
        csv_field(out, mg_graph_node(g, e->target)->id, false);
        /* relationship types read best in upper case: ACTIVATES, ASSOCIATED_WITH */
        t.len = 0;
        for (const char *p = mg_relation_name(e->relation); *p; p++) mg__buffer_putc(&t, (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p));
        csv_field(out, mg__buffer_cstr(&t), false);
        mg__buffer_printf(out, "%d,%.17g,%zu,", mg__export_sign(e->relation), e->weight, e->evidence_count);
        mg__export_citations(&t, e, false, delim);
        csv_field(out, mg__buffer_cstr(&t), false);
        mg__export_citations(&t, e, true, delim);
        csv_field(out, mg__buffer_cstr(&t), false);
        csv_field(out, e->note, false);
        for (int f = 0; f < MG_EVF_COUNT; f++) {
            mg__export_evidence_field(&t, e, (mg_evidence_field)f, delim);
            csv_field(out, mg__buffer_cstr(&t), f + 1 == MG_EVF_COUNT);
        }
    }
    if (t.failed) out->failed = true;
    mg__buffer_free(&t);
}

/* The command that imports the two files, with the delimiter chosen (Neo4j 5's neo4j-admin). */
static void neo4j_script(mg_buffer *out, char delim)
{
    char d[16];
    if (delim == '\x1f') snprintf(d, sizeof d, "U+001F");
    else snprintf(d, sizeof d, "'%c'", delim);
    mg__buffer_printf(out,
                      "#!/bin/sh\n"
                      "# Imports nodes.csv and edges.csv (written by mechgraph " MG_VERSION ") into a new database,\n"
                      "# named by the first argument (default neo4j), with Neo4j 5's neo4j-admin; Neo4j 4 spells\n"
                      "# the command 'neo4j-admin import --database=NAME' with the same options.\n"
                      "cd \"$(dirname \"$0\")\" || exit 1\n"
                      "exec neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv \\\n"
                      "  --array-delimiter=%s --multiline-fields=true \"${1:-neo4j}\"\n",
                      d);
}

static mg_error_t write_buffer(const char *path, mg_buffer *b)
{
    if (b->failed) return mg__fail(MG_ENOMEM, "out of memory");
    return mg__write_file_atomic(path, b->data ? b->data : "", b->len);
}

/* Three files in the directory `path`, made if missing: all replaced, or none, also when several
 * exports write the folder at once (mg__write_dir_atomic). */
static mg_error_t neo4j(const mg_graph *graph, const char *path)
{
    if (strcmp(path, "-") == 0) return mg__fail(MG_EINVAL, "neo4j export writes several files: give a directory, not -");
    char delim = array_delimiter(graph);
    if (!delim)
        return mg__fail(MG_EINVAL, "neo4j export: list items hold ';', '|' and U+001F, so no array delimiter can split them");
    mg_buffer nodes = {0}, edges = {0}, script = {0};
    neo4j_nodes(&nodes, graph, delim);
    neo4j_edges(&edges, graph, delim);
    neo4j_script(&script, delim);
    mg_error_t err = MG_OK;
    if (nodes.failed || edges.failed || script.failed) {
        err = mg__fail(MG_ENOMEM, "out of memory");
    } else {
        const char *names[3] = {"nodes.csv", "edges.csv", "import.sh"};
        const char *data[3] = {mg__buffer_cstr(&nodes), mg__buffer_cstr(&edges), mg__buffer_cstr(&script)};
        size_t sizes[3] = {nodes.len, edges.len, script.len};
        err = mg__write_dir_atomic(path, names, data, sizes, 3);
    }
    mg__buffer_free(&nodes);
    mg__buffer_free(&edges);
    mg__buffer_free(&script);
    return err;
}

mg_error_t mg_export_format_from_path(mg_export_format *out, const char *path)
{
    static const struct {
        const char *ext;
        mg_export_format f;
    } exts[] = {{".json", MG_EXPORT_JSON}, {".graphml", MG_EXPORT_GRAPHML}, {".cyjs", MG_EXPORT_CYJS},
                {".sif", MG_EXPORT_SIF},   {".tsv", MG_EXPORT_TSV},         {".dot", MG_EXPORT_DOT},
                {".gv", MG_EXPORT_DOT},    {".sbml", MG_EXPORT_SBML_QUAL}};
    const char *dot = strrchr(path, '.');
    for (size_t i = 0; dot && !strchr(dot, '/') && i < sizeof exts / sizeof *exts; i++)
        if (strcmp(dot, exts[i].ext) == 0) return *out = exts[i].f, MG_OK;
    return mg__fail(MG_EINVAL, "cannot tell the export format of '%s' from its name (use --to)", path);
}

mg_error_t mg_export(const mg_graph *graph, mg_export_format format, const char *path)
{
    mg_init();
    if (format == MG_EXPORT_JSON) return mg_graph_save_json(graph, path);
    if (format == MG_EXPORT_SBML_QUAL) return mg__write_sbml(graph, path);
    if (format == MG_EXPORT_CYJS) {
        /* positions from the Graphviz layout the pictures use, so that Cytoscape does not open
         * every node stacked at 0,0; a graph too large to lay out gets none */
        double *xy = NULL;
        mg_error_t err = mg_render_positions(&xy, graph, NULL);
        if (!err) err = mg__write_cyjs(graph, path, xy);
        mg_render_positions_free(xy);
        return err;
    }
    mg_buffer out = {0};
    mg_error_t err = MG_OK;
    switch (format) {
    case MG_EXPORT_GRAPHML: graphml(&out, graph); break;
    case MG_EXPORT_SIF: sif(&out, graph); break;
    case MG_EXPORT_SIF_SIGNED: sif_signed(&out, graph); break;
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
