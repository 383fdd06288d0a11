/*
 * render_html.c - the standalone HTML page of a drawing: the SVG inline, a legend in HTML, and a
 * table of the drawn edges with their citations. No external resources (fonts, scripts, styles),
 * so the page works offline and in a supplementary file; every text is escaped.
 */
#include "render_internal.h"

#include <string.h>

static const char *const page_style =
    "body{font-family:Helvetica,Arial,sans-serif;margin:1.5em;color:#222}"
    "h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.5em}"
    ".figure{overflow:auto;border:1px solid #ddd;padding:.5em}"
    ".figure svg{max-width:100%;height:auto}"
    "table{border-collapse:collapse;font-size:.9em}"
    "td,th{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}"
    ".swatch{display:inline-block;width:1.2em;height:.9em;border:1px solid #555;vertical-align:middle}"
    ".edge{display:inline-block;width:2.5em;border-top-width:2px;vertical-align:middle}";

static void cell(mg_buffer *b, const char *text)
{
    mg__buffer_puts(b, "<td>");
    mg__html_escape(b, text ? text : "");
    mg__buffer_puts(b, "</td>");
}

static void legend(mg_buffer *b, const mg_drawing *d)
{
    mg__buffer_puts(b, "<h2>Legend</h2>\n<table>\n<tr><th>node</th><th>shape</th><th>meaning</th></tr>\n");
    for (int t = 0; t < MG_NODE_TYPE_COUNT; t++) {
        if (!d->types_shown[t]) continue;
        const mg_type_style *st = &mg__type_styles[t];
        mg__buffer_printf(b, "<tr><td><span class=\"swatch\" style=\"background:%s\"></span> %s</td>", st->fill,
                          mg_node_type_name((mg_node_type)t));
        cell(b, st->shape);
        cell(b, mg_node_type_description((mg_node_type)t));
        mg__buffer_puts(b, "</tr>\n");
    }
    mg__buffer_puts(b, "</table>\n<table>\n<tr><th>edge</th><th>arrowhead</th><th>meaning</th></tr>\n");
    for (int c = 0; c < MG_EDGE_CLASS_COUNT; c++) {
        if (!d->classes_shown[c]) continue;
        const mg_edge_style *st = &mg__edge_styles[c];
        mg__buffer_printf(b, "<tr><td><span class=\"edge\" style=\"border-top-style:%s;border-top-color:%s\"></span></td>",
                          st->style, st->color);
        cell(b, st->arrowhead);
        cell(b, st->meaning);
        mg__buffer_puts(b, "</tr>\n");
    }
    mg__buffer_puts(b, "</table>\n");
}

static void evidence_cell(mg_buffer *b, const mg_graph *g, const mg_drawing *d, const mg_edge_group *grp)
{
    mg_buffer cite = {0};
    mg__buffer_puts(b, "<td>");
    size_t shown = 0;
    for (size_t k = 0; k < grp->count; k++) {
        const mg_edge *e = mg_graph_edge(g, d->group_edges[grp->start + k]);
        for (size_t x = 0; x < e->evidence_count; x++) {
            const mg_evidence *ev = &e->evidence[x];
            if (shown++) mg__buffer_puts(b, "<br/>");
            cite.len = 0;
            mg__short_citation(&cite, ev->ref);
            if (ev->ref->doi) {
                mg_buffer url = {0};
                mg__doi_url(&url, ev->ref->doi);
                mg__buffer_puts(b, "<a href=\"");
                mg__html_escape(b, mg__buffer_cstr(&url));
                mg__buffer_puts(b, "\">");
                mg__html_escape(b, mg__buffer_cstr(&cite));
                mg__buffer_puts(b, "</a>");
                mg__buffer_free(&url);
            } else {
                mg__html_escape(b, mg__buffer_cstr(&cite));
            }
            const char *parts[] = {ev->organism, ev->system, ev->disease, ev->where};
            for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
                if (!parts[i]) continue;
                mg__buffer_puts(b, "; ");
                mg__html_escape(b, parts[i]);
            }
        }
    }
    if (!shown) mg__buffer_puts(b, "(no evidence recorded)");
    mg__buffer_puts(b, "</td>");
    mg__buffer_free(&cite);
}

mg_error_t mg__render_html(mg_buffer *out, const mg_graph *g, const mg_drawing *d, const mg_render_options *o,
                           const char *svg, size_t svg_len)
{
    const char *title = o->title ? o->title : "mechgraph";
    mg__buffer_puts(out, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>");
    mg__html_escape(out, title);
    mg__buffer_printf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>", page_style);
    mg__html_escape(out, title);
    mg__buffer_printf(out, "</h1>\n<p>%zu nodes, %zu edges. Hover a node or an edge for its studies; an edge links to its "
                           "first study's DOI.</p>\n<div class=\"figure\">\n",
                      d->node_count, d->group_count);
    mg__buffer_append(out, svg, svg_len);
    mg__buffer_puts(out, "</div>\n");
    /* only written by a build without Cytoscape.js (render.c): say why there is no explorer */
    mg__buffer_puts(out, "<p>This is the static page: this mechgraph was built without Cytoscape.js (");
    mg__html_escape(out, mg__explorer_unavailable());
    mg__buffer_puts(out, "), so the interactive explorer (docs/render.md) is not available.</p>\n");
    legend(out, d);
    mg__buffer_puts(out, "<h2>Edges shown</h2>\n<table>\n<tr><th>source</th><th>relation</th><th>target</th><th>evidence</th></tr>\n");
    mg_buffer rel = {0};
    for (size_t i = 0; i < d->group_count; i++) {
        const mg_edge_group *grp = &d->groups[i];
        const mg_edge *first = mg_graph_edge(g, d->group_edges[grp->start]);
        mg__buffer_puts(out, "<tr>");
        cell(out, mg_graph_node(g, first->source)->id);
        mg__group_relations(&rel, g, d, grp);
        cell(out, mg__buffer_cstr(&rel));
        cell(out, mg_graph_node(g, first->target)->id);
        evidence_cell(out, g, d, grp);
        mg__buffer_puts(out, "</tr>\n");
    }
    mg__buffer_free(&rel);
    mg__buffer_puts(out, "</table>\n<p>Drawn by mechgraph " MG_VERSION " with Graphviz.</p>\n</body>\n</html>\n");
    return out->failed ? mg__fail(MG_ENOMEM, "out of memory") : MG_OK;
}
