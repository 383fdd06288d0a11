/*
 * explorer.c - the explorer page: one self-contained HTML file that draws the selection with
 * Cytoscape.js (embedded, from npm at build time: cmake/cytoscape.cmake), each node where
 * Graphviz put it in the static picture, with a search box, an evidence panel, filters, a path
 * field and a legend (the page's own script and style: explorer.js, explorer.css). The static SVG
 * is kept inside <noscript>. Nothing is loaded from elsewhere: every script and style is inline,
 * and the only addresses are the studies' DOI links.
 */
#include "render_internal.h"

#include <string.h>
#include <strings.h>

bool mg__explorer_available(void) { return mg__cytoscape_js_size > 0; }

const char *mg__explorer_unavailable(void) { return mg__explorer_missing; }

/* Appends an embedded script or style. None holds "</script" or "</style" today (explorer.js and
 * .css are ours; Cytoscape.js was checked when pinned), but a newer one could, and would end the
 * element early: such a "</" becomes "<\/", which JavaScript (where it can only stand inside a
 * string, a comment or a regular expression) reads the same. */
static void inline_text(mg_buffer *b, const unsigned char *text, size_t size, const char *closer)
{
    const char *p = (const char *)text, *end = p + size;
    size_t n = strlen(closer);
    for (const char *q = p; q + n + 2 <= end; q++) {
        if (q[0] != '<' || q[1] != '/' || strncasecmp(q + 2, closer, n) != 0) continue;
        mg__buffer_append(b, p, (size_t)(q - p));
        mg__buffer_puts(b, "<\\/");
        p = q + 2;
    }
    mg__buffer_append(b, p, (size_t)(end - p));
}

/* The controls; explorer.js fills the lists (names, diseases, organisms) and the legend. */
static const char *const controls =
    "<header class=\"bar\">\n"
    "<form id=\"search-form\" role=\"search\" autocomplete=\"off\"><label for=\"search\">Find</label>"
    "<input id=\"search\" type=\"search\" list=\"mg-names\" placeholder=\"a node: name, id or synonym\" "
    "aria-describedby=\"search-note\"/><button type=\"submit\">Find</button>"
    "<span id=\"search-note\" class=\"note\" role=\"status\"></span></form>\n"
    "<div class=\"tools\"><button type=\"button\" id=\"fit\" title=\"Show the whole network (key 0)\">Fit</button>"
    "<label for=\"layout\">Layout</label><select id=\"layout\">"
    "<option value=\"preset\">mechanism (Graphviz, left to right)</option>"
    "<option value=\"cose\">force-directed (cose)</option></select></div>\n"
    "</header>\n"
    "<div class=\"main\">\n"
    "<nav id=\"side\" aria-label=\"filters, path and legend\">\n"
    "<details open=\"open\"><summary>Filters</summary>\n"
    "<label for=\"f-disease\">Context (disease)</label><select id=\"f-disease\"><option value=\"\">any</option></select>\n"
    "<label for=\"f-organism\">Organism</label><select id=\"f-organism\"><option value=\"\">any</option></select>\n"
    "<fieldset><legend>Relation sign</legend>"
    "<label><input type=\"checkbox\" id=\"f-raises\" checked=\"checked\"/> raises (+)</label>"
    "<label><input type=\"checkbox\" id=\"f-lowers\" checked=\"checked\"/> lowers (&#8722;)</label>"
    "<label><input type=\"checkbox\" id=\"f-other\" checked=\"checked\"/> unsigned, associated, is a</label></fieldset>\n"
    "<p id=\"f-count\" class=\"note\" role=\"status\"></p>\n"
    "</details>\n"
    "<details open=\"open\"><summary>Path</summary>\n"
    "<form id=\"path-form\" autocomplete=\"off\"><label for=\"p-from\">from</label>"
    "<input id=\"p-from\" type=\"text\" list=\"mg-names\"/>"
    "<label for=\"p-to\">to</label><input id=\"p-to\" type=\"text\" list=\"mg-names\"/>"
    "<div><button type=\"submit\">Highlight</button> <button type=\"button\" id=\"p-clear\">Clear</button></div>"
    "<p id=\"p-note\" class=\"note\" role=\"status\"></p></form>\n"
    "</details>\n"
    "<details id=\"legend\"><summary>Legend</summary><div id=\"legend-body\"></div></details>\n"
    "<p class=\"note keys\">Keys on the network: arrows pan, + and &#8722; zoom, 0 fits. Click a node or an edge "
    "for its evidence.</p>\n"
    "</nav>\n"
    "<div id=\"cy\" tabindex=\"0\" role=\"application\" aria-label=\"the network: arrow keys pan, plus and minus "
    "zoom, 0 fits; use Find to select a node\"></div>\n"
    "<aside id=\"panel\" aria-live=\"polite\" aria-label=\"evidence\" hidden=\"hidden\">"
    "<button type=\"button\" id=\"panel-close\" aria-label=\"close the evidence panel\">&#215;</button>"
    "<div id=\"panel-body\"></div></aside>\n"
    "</div>\n"
    "<datalist id=\"mg-names\"></datalist>\n";

mg_error_t mg__render_explorer(mg_buffer *out, const mg_graph *g, const mg_drawing *d, const mg_render_options *o,
                               const char *svg, size_t svg_len, const double *xy)
{
    const char *title = o->title ? o->title : "mechgraph explorer";
    mg__buffer_puts(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>");
    mg__html_escape(out, title);
    mg__buffer_puts(out, "</title>\n<style>\n");
    inline_text(out, mg__explorer_css, mg__explorer_css_size, "style");
    mg__buffer_puts(out, "</style>\n</head>\n<body>\n<h1 class=\"title\">");
    mg__html_escape(out, title);
    mg__buffer_printf(out, " <span class=\"note\">%zu nodes, %zu edges</span></h1>\n", d->node_count, d->group_count);
    mg__buffer_puts(out, controls);
    mg__buffer_puts(out, "<noscript><p>The explorer needs JavaScript; this is the static picture of the same "
                         "network (hover a node or an edge for its studies).</p><div class=\"figure\">\n");
    mg__buffer_append(out, svg, svg_len);
    mg__buffer_puts(out, "</div></noscript>\n<script type=\"application/json\" id=\"mg-data\">");
    mg_error_t err = mg__explorer_data(out, g, d, o, xy);
    if (err) return err;
    mg__buffer_printf(out, "</script>\n<!-- Cytoscape.js %s, MIT licence (its notice follows) -->\n<script>\n",
                      mg__cytoscape_version);
    inline_text(out, mg__cytoscape_js, mg__cytoscape_js_size, "script");
    mg__buffer_puts(out, "\n</script>\n<script>\n");
    inline_text(out, mg__explorer_js, mg__explorer_js_size, "script");
    mg__buffer_puts(out, "\n</script>\n<footer class=\"note\">Drawn by mechgraph " MG_VERSION " with Graphviz and "
                         "Cytoscape.js ");
    mg__buffer_puts(out, mg__cytoscape_version);
    mg__buffer_puts(out, ".</footer>\n</body>\n</html>\n");
    return out->failed ? mg__fail(MG_ENOMEM, "out of memory") : MG_OK;
}
