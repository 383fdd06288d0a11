/*
 * render.c - mechanism diagrams through libcgraph and libgvc, loaded on first use
 * (lazy_graphviz.h): the only file that calls Graphviz. The graph is built with cgraph's API
 * (never as DOT text, so no label can inject anything), laid out and rendered in memory, and
 * written by the caller atomically. The visual language: a shape and an Okabe-Ito colour per
 * node type, an arrowhead per sign.
 */
#define _GNU_SOURCE /* memmem */
#include "render_internal.h"
#include "lazy_graphviz.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- names ---- */

static const char *const format_names[] = {"auto", "dot", "svg", "png", "pdf", "html"};
static const char *const layout_names[] = {"dot", "neato", "fdp", "sfdp", "circo"};

const char *mg_render_format_name(mg_render_format f)
{
    return (unsigned)f < sizeof format_names / sizeof *format_names ? format_names[f] : NULL;
}

#define COUNT(a) (sizeof a / sizeof *a)

mg_error_t mg_render_format_parse(mg_render_format *out, const char *name)
{
    int i = mg__word_index(format_names + 1, COUNT(format_names) - 1, name, true); /* "auto" is no format */
    if (i >= 0) return *out = (mg_render_format)(i + 1), MG_OK;
    return mg__fail(MG_EINVAL, "unknown format '%s' (expected dot, svg, png, pdf or html)", name);
}

const char *mg_layout_name(mg_layout l) { return (unsigned)l < sizeof layout_names / sizeof *layout_names ? layout_names[l] : NULL; }

mg_error_t mg_layout_parse(mg_layout *out, const char *name)
{
    int i = mg__word_index(layout_names, COUNT(layout_names), name, true);
    if (i >= 0) return *out = (mg_layout)i, MG_OK;
    return mg__fail(MG_EINVAL, "unknown layout '%s' (expected dot, neato, fdp, sfdp or circo)", name);
}

mg_error_t mg_render_format_from_path(mg_render_format *out, const char *path)
{
    const char *dot = strrchr(path, '.');
    if (dot && !strchr(dot, '/')) {
        if (strcasecmp(dot, ".gv") == 0) return *out = MG_RENDER_DOT, MG_OK;
        if (strcasecmp(dot, ".htm") == 0) return *out = MG_RENDER_HTML, MG_OK;
        int i = mg__word_index(format_names + 1, COUNT(format_names) - 1, dot + 1, true);
        if (i >= 0) return *out = (mg_render_format)(i + 1), MG_OK;
    }
    return mg__fail(MG_EINVAL, "cannot tell the format of '%s' from its name (use .dot, .svg, .png, .pdf or .html, or --format)",
                    path);
}

/* ---- text: cgraph takes char *, and Graphviz reads backslash escapes (\N, \G, \n) in labels
 * and tooltips. A label unescapes once, so a literal backslash is written \\; a tooltip
 * unescapes twice (measured on 2.42: \\N shows the node's name), so it takes four. A line break
 * (LF, CR LF or CR) is written \n, a tab a space; Graphviz copies other characters into SVG as
 * they are, so what XML cannot hold becomes U+FFFD. ---- */

static char *gv_escaped(mg_buffer *b, const char *text, const char *backslash)
{
    b->len = 0;
    for (const char *p = text; *p; p++) {
        size_t bad = mg__xml_illegal(p);
        if (bad) {
            mg__buffer_puts(b, "\xEF\xBF\xBD");
            p += bad - 1;
        } else if (*p == '\\') {
            mg__buffer_puts(b, backslash);
        } else if (*p == '\n' || *p == '\r') {
            mg__buffer_puts(b, "\\n");
            if (p[0] == '\r' && p[1] == '\n') p++;
        } else {
            mg__buffer_putc(b, *p == '\t' ? ' ' : *p);
        }
    }
    return mg__buffer_cstr(b);
}

static char *gv_text(mg_buffer *b, const char *text) { return gv_escaped(b, text, "\\\\"); }

static void set(void *obj, const char *name, const char *value)
{
    agsafeset(obj, (char *)name, (char *)value, (char *)"");
}

static void set_label(void *obj, const char *value, mg_buffer *scratch) { set(obj, "label", gv_text(scratch, value)); }

static void set_tooltip(void *obj, const char *value, mg_buffer *scratch)
{
    set(obj, "tooltip", gv_escaped(scratch, value, "\\\\\\\\"));
}

/* Set while the graph of a DOT output is built: see gv_node_name. */
static _Thread_local bool for_dot_text;

/* ---- Graphviz's context and errors ---- */

static GVC_t *context;
static char graphviz_error[512];

static int record_graphviz_error(char *message)
{
    size_t len = strlen(graphviz_error);
    if (len < sizeof graphviz_error - 1) snprintf(graphviz_error + len, sizeof graphviz_error - len, "%s", message);
    return 0;
}

static pthread_once_t context_once = PTHREAD_ONCE_INIT;

static void make_context(void)
{
    agseterrf(record_graphviz_error);
    agseterr(AGMAX); /* errors only, through record_graphviz_error */
    context = gvContext();
}

/* One context per process (plugins load once); Graphviz loaded and the context created on first
 * use. *out is NULL if gvContext failed (the caller reports it); an error if Graphviz is absent. */
static mg_error_t gv_context(GVC_t **out)
{
    *out = NULL;
    mg_error_t err = mg__graphviz_use();
    if (err) return err;
    pthread_once(&context_once, make_context);
    *out = context;
    return MG_OK;
}

static mg_error_t graphviz_failure(const char *what)
{
    size_t len = strlen(graphviz_error);
    while (len && (graphviz_error[len - 1] == '\n' || graphviz_error[len - 1] == ' ')) graphviz_error[--len] = '\0';
    mg_error_t err = mg__fail(MG_EINTERNAL, "graphviz: %s failed%s%s", what, len ? ": " : "", graphviz_error);
    graphviz_error[0] = '\0';
    return err;
}

/* ---- building the graph ---- */

/* A node's name in the drawing: its id, which DOT quotes as needed. An id holding what XML cannot
 * hold (only tab-separated files let one in) would make SVG invalid: it gets U+FFFD instead, and
 * the node's index, so that two such ids stay two nodes. */
static const char *node_name(mg_buffer *b, const mg_graph *g, mg_id v)
{
    const char *id = mg_graph_node(g, v)->id;
    bool clean = true;
    for (const char *p = id; *p && clean; p++) clean = !mg__xml_illegal(p);
    if (clean) return id;
    b->len = 0;
    for (const char *p = id; *p; p++) {
        size_t bad = mg__xml_illegal(p);
        if (bad) mg__buffer_puts(b, "\xEF\xBF\xBD"), p += bad - 1;
        else mg__buffer_putc(b, *p);
    }
    mg__buffer_printf(b, " #%lld", (long long)v);
    return mg__buffer_cstr(b);
}

/* A node's name as cgraph holds it. Graphviz's DOT lexer reads a pair of backslashes as two
 * characters and a backslash before a quote as a quote, and agwrite escapes a quote with a
 * backslash: so a name whose run of backslashes is odd before a quote or at its end ("ends\")
 * cannot be written, and made the file unreadable. In DOT text, such a run gets one more
 * backslash (docs/reliability.md); labels, whose backslashes are doubled, never have one. */
static char *gv_node_name(mg_buffer *b, const mg_graph *g, mg_id v)
{
    const char *name = node_name(b, g, v);
    if (!for_dot_text || !strchr(name, '\\')) return (char *)name;
    mg_buffer out = {0};
    for (const char *p = name; *p;) {
        size_t run = strspn(p, "\\");
        mg__buffer_append(&out, p, run);
        p += run;
        if (run % 2 && (*p == '"' || *p == '\0')) mg__buffer_putc(&out, '\\');
        if (*p) mg__buffer_putc(&out, *p++);
    }
    b->len = 0;
    mg__buffer_append(b, out.data ? out.data : "", out.len);
    mg__buffer_free(&out);
    return mg__buffer_cstr(b);
}

/* `name`, or `name` followed by enough "_" to be no node's name yet: the legend's nodes must not
 * take over a node of the graph called "legend". */
static char *unused_name(Agraph_t *gv, char *name, size_t size)
{
    size_t len = strlen(name);
    while (agnode(gv, name, 0) && len + 1 < size) name[len++] = '_', name[len] = '\0';
    return name;
}

static Agnode_t *add_node(Agraph_t *gv, Agraph_t *where, const mg_graph *g, const mg_drawing *d, mg_id v,
                          mg_buffer *scratch)
{
    const mg_node *node = mg_graph_node(g, v);
    Agnode_t *n = agnode(gv, gv_node_name(scratch, g, v), 1);
    if (where != gv) agsubnode(where, n, 1);
    const mg_type_style *st = &mg__type_styles[node->type];
    set_label(n, node->label, scratch);
    set(n, "shape", st->shape);
    set(n, "fillcolor", st->fill);
    set(n, "fontcolor", st->font);
    set(n, "class", mg_node_type_name(node->type));
    if (st->peripheries > 1) set(n, "peripheries", "2");
    if (d->emphasis[v]) {
        set(n, "penwidth", "3");
        set(n, "fontname", "Helvetica-Bold");
    }
    mg_buffer tip = {0};
    mg__node_tooltip(&tip, g, d, v);
    set_tooltip(n, mg__buffer_cstr(&tip), scratch);
    mg__buffer_free(&tip);
    return n;
}

static void add_edges(Agraph_t *gv, const mg_graph *g, const mg_drawing *d, const mg_render_options *o,
                      mg_buffer *scratch)
{
    mg_buffer text = {0};
    for (size_t i = 0; i < d->group_count; i++) {
        const mg_edge_group *grp = &d->groups[i];
        const mg_edge *first = mg_graph_edge(g, d->group_edges[grp->start]);
        Agnode_t *t = agnode(gv, gv_node_name(scratch, g, first->source), 0);
        Agnode_t *h = agnode(gv, gv_node_name(scratch, g, first->target), 0);
        if (!t || !h) continue;
        Agedge_t *e = agedge(gv, t, h, NULL, 1);
        const mg_edge_style *st = &mg__edge_styles[grp->cls];
        set(e, "color", st->color);
        set(e, "arrowhead", st->arrowhead);
        set(e, "style", st->style);
        set(e, "class", grp->cls == MG_EDGE_POSITIVE ? "raises" : grp->cls == MG_EDGE_NEGATIVE ? "lowers" : "other");
        mg__group_relations(&text, g, d, grp);
        if (o->relation_labels) set_label(e, mg__buffer_cstr(&text), scratch);
        mg__group_tooltip(&text, g, d, grp);
        set_tooltip(e, mg__buffer_cstr(&text), scratch);
        const char *doi = mg__group_doi(g, d, grp);
        if (doi) {
            mg__doi_url(&text, doi);
            set(e, "URL", mg__buffer_cstr(&text));
            set(e, "target", "_blank");
        }
    }
    mg__buffer_free(&text);
}

/* One node per node type shown and one edge per edge style, in a box of their own. */
static void add_legend(Agraph_t *gv, const mg_drawing *d, mg_buffer *scratch)
{
    Agraph_t *lg = agsubg(gv, (char *)"cluster_legend", 1);
    set(lg, "label", "Legend");
    set(lg, "style", "rounded");
    set(lg, "color", "#BBBBBB");
    set(lg, "fontsize", "12");
    char name[64];
    for (int t = 0; t < MG_NODE_TYPE_COUNT; t++) {
        if (!d->types_shown[t]) continue;
        snprintf(name, sizeof name, "legend: %s", mg_node_type_name((mg_node_type)t));
        Agnode_t *n = agnode(lg, unused_name(gv, name, sizeof name), 1);
        const mg_type_style *st = &mg__type_styles[t];
        set_label(n, mg_node_type_name((mg_node_type)t), scratch);
        set(n, "shape", st->shape);
        set(n, "fillcolor", st->fill);
        set(n, "fontcolor", st->font);
        set(n, "tooltip", mg_node_type_description((mg_node_type)t));
        if (st->peripheries > 1) set(n, "peripheries", "2");
    }
    for (int c = 0; c < MG_EDGE_CLASS_COUNT; c++) {
        if (!d->classes_shown[c]) continue;
        char a[64], b[64];
        snprintf(a, sizeof a, "legend: edge %d", c);
        snprintf(b, sizeof b, "legend: edge %d end", c);
        Agnode_t *x = agnode(lg, unused_name(gv, a, sizeof a), 1), *y = agnode(lg, unused_name(gv, b, sizeof b), 1);
        set(x, "shape", "point");
        set(x, "width", "0.05");
        set(y, "shape", "plaintext");
        set(y, "style", "");
        set_label(y, mg__edge_styles[c].meaning, scratch);
        Agedge_t *e = agedge(lg, x, y, NULL, 1);
        set(e, "color", mg__edge_styles[c].color);
        set(e, "arrowhead", mg__edge_styles[c].arrowhead);
        set(e, "style", mg__edge_styles[c].style);
    }
}

/* The legend as one node holding a table: neato, sfdp and circo ignore clusters, so the boxed
 * legend's nodes would scatter among the graph's. The texts are constants, not user data. */
static void add_table_legend(Agraph_t *gv, const mg_drawing *d)
{
    mg_buffer t = {0};
    mg__buffer_puts(&t, "<TABLE BORDER=\"1\" COLOR=\"#BBBBBB\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
                        "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>");
    for (int k = 0; k < MG_NODE_TYPE_COUNT; k++)
        if (d->types_shown[k])
            mg__buffer_printf(&t, "<TR><TD BGCOLOR=\"%s\" BORDER=\"1\" COLOR=\"black\" WIDTH=\"24\"></TD>"
                                  "<TD ALIGN=\"LEFT\">%s</TD></TR>",
                              mg__type_styles[k].fill, mg_node_type_name((mg_node_type)k));
    static const char *const glyphs[MG_EDGE_CLASS_COUNT] = {"&#8594;", "&#8867;", "&#9671;", "- - &#9671;", "&#183;&#183;&#9655;"};
    for (int c = 0; c < MG_EDGE_CLASS_COUNT; c++)
        if (d->classes_shown[c])
            mg__buffer_printf(&t, "<TR><TD><FONT COLOR=\"%s\">%s</FONT></TD><TD ALIGN=\"LEFT\">%s</TD></TR>",
                              mg__edge_styles[c].color, glyphs[c], mg__edge_styles[c].meaning);
    mg__buffer_puts(&t, "</TABLE>");
    char name[64] = "legend";
    Agnode_t *n = agnode(gv, unused_name(gv, name, sizeof name), 1);
    char *html = agstrdup_html(gv, mg__buffer_cstr(&t));
    set(n, "label", html);
    agstrfree(gv, html);
    set(n, "shape", "plaintext");
    set(n, "style", "");
    mg__buffer_free(&t);
}

static Agraph_t *build(const mg_graph *g, const mg_drawing *d, const mg_render_options *o)
{
    mg_buffer scratch = {0};
    Agraph_t *gv = agopen((char *)"mechanism", Agdirected, NULL);
    if (!gv) return NULL;
    set(gv, "fontname", "Helvetica");
    set(gv, "bgcolor", "white");
    set(gv, "pad", "0.2");
    if (o->layout == MG_LAYOUT_DOT) {
        set(gv, "rankdir", "LR");
        /* dot's newer ranking: the classic one fails ("trouble in init_rank") on clusters with
         * many edges between them, as --cluster disease makes */
        set(gv, "newrank", "true");
        set(gv, "nodesep", "0.2");
        set(gv, "ranksep", "0.5");
    } else {
        set(gv, "overlap", "false");
        /* routing edges around nodes grows far faster than the layout itself (the whole curated
         * graph, 483 edges, went from a fraction of a second to many seconds in neato and fdp):
         * routed up to 150 edges, straight beyond; scripts/bench-render.sh times the result */
        set(gv, "splines", d->group_count <= 150 ? "true" : "line");
        set(gv, "sep", "+6");
    }
    /* an HTML page has its title and legend in HTML, around the picture */
    bool page = o->format == MG_RENDER_HTML;
    if (o->title && !page) {
        set_label(gv, o->title, &scratch);
        set(gv, "labelloc", "t");
        set(gv, "fontsize", "16");
    }
    agattr(gv, AGNODE, (char *)"style", (char *)"filled,rounded");
    agattr(gv, AGNODE, (char *)"fontname", (char *)"Helvetica");
    agattr(gv, AGNODE, (char *)"fontsize", (char *)"11");
    agattr(gv, AGNODE, (char *)"margin", (char *)"0.08,0.03");
    agattr(gv, AGNODE, (char *)"height", (char *)"0.3");
    agattr(gv, AGEDGE, (char *)"fontname", (char *)"Helvetica");
    agattr(gv, AGEDGE, (char *)"fontsize", (char *)"9");
    agattr(gv, AGEDGE, (char *)"arrowsize", (char *)"0.7");
    /* clusters first, so that their nodes are created inside them */
    Agraph_t **cluster = calloc(d->disease_count + 1, sizeof *cluster);
    for (size_t c = 0; cluster && c < d->disease_count; c++) {
        char name[32];
        snprintf(name, sizeof name, "cluster_%zu", c);
        cluster[c] = agsubg(gv, name, 1);
        set_label(cluster[c], d->diseases[c], &scratch);
        set(cluster[c], "style", "rounded,dashed");
        set(cluster[c], "color", OI_VERMILLION);
        set(cluster[c], "fontcolor", OI_VERMILLION);
    }
    for (size_t i = 0; i < d->node_count; i++) {
        mg_id v = d->node_list[i];
        Agraph_t *where = cluster && d->cluster_of && d->cluster_of[v] >= 0 ? cluster[d->cluster_of[v]] : gv;
        add_node(gv, where, g, d, v, &scratch);
    }
    free(cluster);
    add_edges(gv, g, d, o, &scratch);
    if (o->legend && !page) {
        if (o->layout == MG_LAYOUT_DOT || o->layout == MG_LAYOUT_FDP) add_legend(gv, d, &scratch);
        else add_table_legend(gv, d);
    }
    mg__buffer_free(&scratch);
    return gv;
}

/* SVG as Graphviz writes it, less its XML prolog (for inlining) and its comments, which repeat
 * node names verbatim: a name holding "--" would make the comment, and the file, invalid XML. */
static mg_error_t clean_svg(mg_buffer *out, const char *svg, size_t len, bool inline_only)
{
    /* memmem, bounded by the end: strstr under AddressSanitizer measures the whole rest of the
     * text at each call, which made a picture of many comments quadratic (a fuzz timeout) */
    const char *p = svg, *end = svg + len;
    if (inline_only) {
        const char *start = memmem(svg, len, "<svg", 4);
        if (start) p = start;
    }
    while (p < end) {
        const char *c = memmem(p, (size_t)(end - p), "<!--", 4);
        if (!c) {
            mg__buffer_append(out, p, (size_t)(end - p));
            break;
        }
        mg__buffer_append(out, p, (size_t)(c - p));
        const char *close = memmem(c + 4, (size_t)(end - c - 4), "-->", 3);
        p = close ? close + 3 : end;
        if (p < end && *p == '\n') p++;
    }
    return out->failed ? mg__fail(MG_ENOMEM, "out of memory") : MG_OK;
}

/* Each drawn node's centre in a laid-out graph, as mg_render_positions gives it: 2 * node_count
 * doubles in *xy (the caller frees), NaN for a node not drawn. */
static mg_error_t read_positions(double **xy, Agraph_t *gv, const mg_graph *graph, const mg_drawing *d)
{
    mg_id count = mg_graph_node_count(graph);
    double *p = malloc(2 * (size_t)(count ? count : 1) * sizeof *p);
    if (!p) return mg__fail(MG_ENOMEM, "out of memory");
    for (mg_id v = 0; v < 2 * count; v++) p[v] = NAN;
    mg_buffer name = {0};
    for (size_t i = 0; i < d->node_count; i++) {
        mg_id v = d->node_list[i];
        Agnode_t *n = agnode(gv, gv_node_name(&name, graph, v), 0);
        if (!n) continue;
        /* Graphviz's y grows upward, a screen's (Cytoscape's) downward */
        p[2 * v] = ND_coord(n).x;
        p[2 * v + 1] = -ND_coord(n).y;
    }
    bool failed = name.failed;
    mg__buffer_free(&name);
    if (failed) {
        free(p);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    *xy = p;
    return MG_OK;
}

/* The layout budget. Graphviz's time grows with the edges squared, and dot's far faster with the
 * edges a node has (its crossing minimisation): measured on Hetionet (docs/render.md, "Layout
 * budget"), random samples of 1,000 to 4,000 edges (0.6 edges a node) took 0.6 to 22 s, about
 * 1.3e-6 s times the edges squared; the densest genes' interactions, 369 edges among 45 genes,
 * 2 s, and 619 among 60, 27 s: beyond 5 edges a node, about the density over 5 to the 6th power
 * more. A selection's work is counted as that many sparse edges ("equivalent edges"), and
 * refused over max_edges: a sparse graph is held to max_edges as before, a dense one far sooner
 * (4,897 dense edges ran for more than 1,500 s under the old edge count alone). */
static double equivalent_edges(const mg_drawing *d, mg_layout layout)
{
    double e = (double)d->group_count, n = d->node_count ? (double)d->node_count : 1, density = e / n;
    double factor = layout == MG_LAYOUT_DOT && density > 5 ? pow(density / 5, 6) : 1;
    return e * sqrt(factor);
}

/* MG_EINVAL saying what to do, when the selection is over the layout budget; else MG_OK. */
static mg_error_t layout_budget(const mg_drawing *d, const mg_render_options *o)
{
    if (!o->max_edges) return MG_OK;
    double equivalent = equivalent_edges(d, o->layout);
    if (equivalent <= (double)o->max_edges) return MG_OK;
    if (d->group_count > o->max_edges)
        return mg__fail(MG_EINVAL,
                        "the selection has %zu nodes and %zu edges, more than a picture can show (at most %zu): "
                        "narrow it (--focus, --path, --hubs, --study, --context, --types), export it for Cytoscape "
                        "(export --to cyjs), or raise --max-edges",
                        d->node_count, d->group_count, o->max_edges);
    return mg__fail(MG_EINVAL,
                    "the selection has %zu nodes and %zu edges, %.1f a node: dot would need the time of about %.0f sparse "
                    "edges to lay it out, over the budget of --max-edges %zu (minutes to hours): use a force-directed "
                    "layout (--layout sfdp, seconds), narrow it (--focus, --path, --hubs, --study, --context, --types), "
                    "export it for Cytoscape (export --to cyjs), or raise --max-edges and bound the time with --timeout",
                    d->node_count, d->group_count, (double)d->group_count / (double)(d->node_count ? d->node_count : 1),
                    equivalent, o->max_edges);
}

mg_error_t mg_render_data(char **out, size_t *size, const mg_graph *graph, const mg_render_options *options)
{
    mg_init();
    *out = NULL;
    *size = 0;
    mg_render_options o = options ? *options : (mg_render_options)MG_RENDER_OPTIONS_INIT;
    if (o.format == MG_RENDER_AUTO || !mg_render_format_name(o.format)) return mg__fail(MG_EINVAL, "no output format given");
    if (!mg_layout_name(o.layout)) return mg__fail(MG_EINVAL, "invalid layout %d", (int)o.layout);
    mg_drawing d;
    mg_error_t err = mg__drawing_build(&d, graph, &o);
    if (err) return err;
    if (o.format != MG_RENDER_DOT && (err = layout_budget(&d, &o))) {
        mg__drawing_destroy(&d);
        return err;
    }
    GVC_t *gvc;
    err = gv_context(&gvc);
    graphviz_error[0] = '\0';
    for_dot_text = o.format == MG_RENDER_DOT;
    Agraph_t *gv = gvc ? build(graph, &d, &o) : NULL;
    for_dot_text = false;
    mg_buffer result = {0};
    if (err) {
        /* Graphviz could not be loaded: err says why */
    } else if (!gv) {
        err = graphviz_failure("building the graph");
    } else if (o.format == MG_RENDER_DOT) {
        /* plain DOT, without a layout's coordinates: stable from one Graphviz version to the next */
        char *text = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&text, &len);
        if (!mem || agwrite(gv, mem) != 0) err = graphviz_failure("writing DOT");
        if (mem) fclose(mem);
        if (!err) mg__buffer_append(&result, text, len);
        free(text);
    } else if (gvLayout(gvc, gv, mg_layout_name(o.layout)) != 0) {
        err = graphviz_failure("the layout");
    } else {
        char *data = NULL;
        unsigned int len = 0;
        const char *fmt = o.format == MG_RENDER_HTML ? "svg" : mg_render_format_name(o.format);
        if (gvRenderData(gvc, gv, fmt, &data, &len) != 0 || !data) {
            err = graphviz_failure("rendering");
        } else if (o.format == MG_RENDER_SVG) {
            err = clean_svg(&result, data, len, false);
        } else if (o.format == MG_RENDER_HTML) {
            mg_buffer svg = {0};
            err = clean_svg(&svg, data, len, true);
            double *xy = NULL;
            if (!err && mg__explorer_available()) {
                /* the explorer places each node where this layout put it: both pictures agree */
                err = read_positions(&xy, gv, graph, &d);
                if (!err) err = mg__render_explorer(&result, graph, &d, &o, svg.data, svg.len, xy);
            } else if (!err) {
                err = mg__render_html(&result, graph, &d, &o, svg.data, svg.len);
            }
            free(xy);
            mg__buffer_free(&svg);
        } else {
            mg__buffer_append(&result, data, len);
        }
        if (data) gvFreeRenderData(data);
        gvFreeLayout(gvc, gv);
    }
    if (gv) agclose(gv);
    mg__drawing_destroy(&d);
    if (!err && result.failed) err = mg__fail(MG_ENOMEM, "out of memory");
    if (err) {
        mg__buffer_free(&result);
        return err;
    }
    *size = result.len;
    *out = result.data ? result.data : calloc(1, 1);
    return *out ? MG_OK : mg__fail(MG_ENOMEM, "out of memory");
}

void mg_render_data_free(char *data) { free(data); }

mg_error_t mg_render_positions(double **out, const mg_graph *graph, const mg_render_options *options)
{
    mg_init();
    *out = NULL;
    mg_render_options o = options ? *options : (mg_render_options)MG_RENDER_OPTIONS_INIT;
    o.format = MG_RENDER_SVG; /* laid out, never rendered: the format only selects the laid-out path */
    o.legend = false;
    if (!mg_layout_name(o.layout)) return mg__fail(MG_EINVAL, "invalid layout %d", (int)o.layout);
    mg_id count = mg_graph_node_count(graph);
    double *xy = malloc(2 * (size_t)(count ? count : 1) * sizeof *xy);
    if (!xy) return mg__fail(MG_ENOMEM, "out of memory");
    for (mg_id v = 0; v < 2 * count; v++) xy[v] = NAN;
    mg_drawing d;
    mg_error_t err = mg__drawing_build(&d, graph, &o);
    if (err) {
        free(xy);
        return err;
    }
    if (o.max_edges && equivalent_edges(&d, o.layout) > (double)o.max_edges) {
        /* too large to lay out in reasonable time: no positions, not a failure */
        mg__drawing_destroy(&d);
        *out = xy;
        return MG_OK;
    }
    free(xy);
    GVC_t *gvc;
    err = gv_context(&gvc);
    graphviz_error[0] = '\0';
    Agraph_t *gv = gvc ? build(graph, &d, &o) : NULL;
    xy = NULL;
    if (err) {
        /* Graphviz could not be loaded: err says why */
    } else if (!gv) {
        err = graphviz_failure("building the graph");
    } else if (gvLayout(gvc, gv, mg_layout_name(o.layout)) != 0) {
        err = graphviz_failure("the layout");
    } else {
        err = read_positions(&xy, gv, graph, &d);
        gvFreeLayout(gvc, gv);
    }
    if (gv) agclose(gv);
    mg__drawing_destroy(&d);
    if (!err) *out = xy;
    return err;
}

void mg_render_positions_free(double *xy) { free(xy); }

mg_error_t mg__render_file_format(mg_render_options *o, const char *path)
{
    if (o->format != MG_RENDER_AUTO) return MG_OK;
    if (strcmp(path, "-") == 0) return mg__fail(MG_EINVAL, "writing to stdout needs a format (--format)");
    return mg_render_format_from_path(&o->format, path);
}

mg_error_t mg_render_file(const mg_graph *graph, const mg_render_options *options, const char *path)
{
    mg_render_options o = options ? *options : (mg_render_options)MG_RENDER_OPTIONS_INIT;
    char *data;
    size_t size;
    mg_error_t err = mg__render_file_format(&o, path);
    if (err || (err = mg_render_data(&data, &size, graph, &o))) return err;
    err = mg__write_file_atomic(path, data, size);
    free(data);
    return err;
}

/* ---- a picture made of one HTML-like table (render_compare.c's comparison panel) ---- */

mg_error_t mg__render_table(mg_buffer *out, const char *html, mg_render_format format, bool inline_svg)
{
    GVC_t *gvc;
    mg_error_t err = gv_context(&gvc);
    if (err) return err;
    graphviz_error[0] = '\0';
    Agraph_t *gv = gvc ? agopen("panel", Agdirected, NULL) : NULL;
    Agnode_t *n = gv ? agnode(gv, "panel", 1) : NULL;
    if (!n) {
        if (gv) agclose(gv);
        return graphviz_failure("building the panel");
    }
    agsafeset(gv, "bgcolor", "white", "");
    agsafeset(gv, "pad", "0.2", "");
    agsafeset(n, "shape", "plaintext", "");
    agsafeset(n, "fontname", "Helvetica", "");
    /* an HTML-like label made by cgraph, not DOT text: the table's escaped texts cannot leave it */
    agsafeset(n, "label", agstrdup_html(gv, (char *)html), ""); /* older cgraph takes char *: it copies */
    if (format == MG_RENDER_DOT) {
        char *text = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&text, &len);
        if (!mem || agwrite(gv, mem) != 0) err = graphviz_failure("writing DOT");
        if (mem) fclose(mem);
        if (!err) mg__buffer_append(out, text, len);
        free(text);
    } else if (gvLayout(gvc, gv, "dot") != 0 || graphviz_error[0]) {
        /* a table Graphviz cannot read is drawn as the node's name, with only an error said */
        err = graphviz_failure("the layout");
    } else {
        char *data = NULL;
        unsigned int len = 0;
        const char *fmt = format == MG_RENDER_HTML ? "svg" : mg_render_format_name(format);
        if (gvRenderData(gvc, gv, fmt, &data, &len) != 0 || !data) err = graphviz_failure("rendering");
        else if (format == MG_RENDER_SVG || format == MG_RENDER_HTML) err = clean_svg(out, data, len, inline_svg);
        else mg__buffer_append(out, data, len);
        if (data) gvFreeRenderData(data);
        gvFreeLayout(gvc, gv);
    }
    agclose(gv);
    return err;
}
