/*
 * render_internal.h - what the drawing files share: the resolved selection (which nodes, which
 * merged edges, which disease clusters), the styles, the evidence texts, and the HTML page.
 * Only render.c includes Graphviz.
 */
#ifndef MG_RENDER_INTERNAL_H
#define MG_RENDER_INTERNAL_H

#include "io/io.h"

/* The palette: Okabe & Ito (2008), colour-blind safe; each node type also has its own shape
 * (styles.c). */
#define OI_ORANGE "#E69F00"
#define OI_SKY "#56B4E9"
#define OI_GREEN "#009E73"
#define OI_YELLOW "#F0E442"
#define OI_BLUE "#0072B2"
#define OI_VERMILLION "#D55E00"
#define OI_PURPLE "#CC79A7"
#define OI_GREY "#999999"

typedef struct {
    const char *shape, *fill, *font;
    int peripheries;
} mg_type_style;

/* How an edge is drawn, by what its relation says. */
typedef enum { MG_EDGE_POSITIVE, MG_EDGE_NEGATIVE, MG_EDGE_UNSIGNED, MG_EDGE_ASSOCIATED, MG_EDGE_STRUCTURAL, MG_EDGE_CLASS_COUNT } mg_edge_class;

typedef struct {
    const char *meaning, *color, *arrowhead, *style;
} mg_edge_style;

extern const mg_type_style mg__type_styles[MG_NODE_TYPE_COUNT];
extern const mg_edge_style mg__edge_styles[MG_EDGE_CLASS_COUNT];
mg_edge_class mg__edge_class(mg_relation rel);

/* Parallel edges of one class between two nodes are drawn as one edge. */
typedef struct {
    mg_edge_class cls;
    size_t start, count; /* in group_edges */
} mg_edge_group;

typedef struct {
    mg_id *node_list; /* drawn nodes, in graph order */
    size_t node_count;
    bool *drawn;      /* [node_count of the graph] */
    bool *emphasis;   /* [node_count of the graph] */
    mg_edge_group *groups;
    size_t group_count;
    mg_id *group_edges;
    bool types_shown[MG_NODE_TYPE_COUNT];
    bool classes_shown[MG_EDGE_CLASS_COUNT];
    const char **diseases; /* clusters: the diseases, sorted */
    size_t disease_count;
    int *cluster_of; /* [node_count of the graph]: a disease index, or -1 */
} mg_drawing;

mg_error_t mg__drawing_build(mg_drawing *d, const mg_graph *g, const mg_render_options *o);
void mg__drawing_destroy(mg_drawing *d);

/* "Sun et al. 2021" from a reference's citation; the reference id when it cannot be read. */
void mg__short_citation(mg_buffer *b, const mg_reference *ref);
/* "SIRT6 (gene)" and the studies behind its drawn edges, one per line. */
void mg__node_tooltip(mg_buffer *b, const mg_graph *g, const mg_drawing *d, mg_id v);
/* "inhibits/downregulates" */
void mg__group_relations(mg_buffer *b, const mg_graph *g, const mg_drawing *d, const mg_edge_group *grp);
/* "A -inhibits-| B" and each piece of evidence on its own line. */
void mg__group_tooltip(mg_buffer *b, const mg_graph *g, const mg_drawing *d, const mg_edge_group *grp);
/* The first DOI among the group's evidence, or NULL. */
const char *mg__group_doi(const mg_graph *g, const mg_drawing *d, const mg_edge_group *grp);
/* https://doi.org/ followed by the DOI, with every character a URL must not hold percent-encoded. */
void mg__doi_url(mg_buffer *b, const char *doi);

/* The explorer page (explorer.c): Cytoscape.js and the page's script and style, compiled in by
 * cmake/cytoscape.cmake; without Cytoscape.js (no npm at build time), its size is 0 and
 * mg__explorer_missing says why. */
extern const unsigned char mg__cytoscape_js[], mg__explorer_js[], mg__explorer_css[];
extern const size_t mg__cytoscape_js_size, mg__explorer_js_size, mg__explorer_css_size;
extern const char mg__cytoscape_version[], mg__explorer_missing[];
bool mg__explorer_available(void);
const char *mg__explorer_unavailable(void);
/* The page: `xy` gives each node's position in the static picture (mg_render_positions' form). */
mg_error_t mg__render_explorer(mg_buffer *out, const mg_graph *g, const mg_drawing *d, const mg_render_options *o,
                               const char *svg, size_t svg_len, const double *xy);
/* The JSON the page's script reads (explorer_data.c). */
mg_error_t mg__explorer_data(mg_buffer *out, const mg_graph *g, const mg_drawing *d, const mg_render_options *o,
                             const double *xy);

/* The static page (render_html.c; the page without Cytoscape.js): title, the SVG inline, a legend, a table of the drawn edges. */
mg_error_t mg__render_html(mg_buffer *out, const mg_graph *g, const mg_drawing *d, const mg_render_options *o,
                           const char *svg, size_t svg_len);

/* A picture of one HTML-like table (Graphviz's label syntax, every text escaped by the caller)
 * in `format` (render.c); SVG cleaned as the graph's is, only the <svg> element with `inline_svg`;
 * HTML gives the SVG, for the caller's page. */
mg_error_t mg__render_table(mg_buffer *out, const char *html, mg_render_format format, bool inline_svg);

/** Resolves o->format from the output's name when it is MG_RENDER_AUTO ("-" needs a format):
 * the rule of every render-to-file entry point. */
mg_error_t mg__render_file_format(mg_render_options *o, const char *path);

#endif
