/*
 * render_compare.c - the comparison panel (mg_render_compare_data): A and B side by side, one row
 * per comparison grouped by aspect, A's direction as a large >, < or ≈ in a colour of its own,
 * and each row's citations with their context and the review's wording. Drawn as one HTML-like
 * table through render.c (mg__render_table); the page form adds every study's full citation.
 */
#include "render_internal.h"

#include <stdlib.h>
#include <string.h>

/* The review's wording is cut here (at a word) so that one sentence does not widen the table. */
#define NOTE_MAX 110

static const char *symbol(mg_compare_direction d) { return d == MG_COMPARE_GREATER ? "&gt;" : d == MG_COMPARE_LESS ? "&lt;" : "\u2248"; }

/* Okabe-Ito: blue for greater, vermillion for less, grey for similar (colour-blind safe, and the
 * symbol says it too) */
static const char *colour(mg_compare_direction d)
{
    return d == MG_COMPARE_GREATER ? OI_BLUE : d == MG_COMPARE_LESS ? OI_VERMILLION : "#666666";
}

static mg_compare_direction shown(const mg_compare_panel *p, size_t row, const mg_comparison *c)
{
    return p->inverted && p->inverted[row] ? (mg_compare_direction)(-(int)c->direction) : c->direction;
}

/* At most NOTE_MAX bytes of `text`, cut after a whole word, escaped, with "…" when cut. */
static void escaped_cut(mg_buffer *b, const char *text)
{
    size_t len = strlen(text);
    if (len <= NOTE_MAX) {
        mg__html_escape(b, text);
        return;
    }
    size_t cut = NOTE_MAX;
    while (cut > 0 && text[cut] != ' ') cut--;
    if (cut == 0) cut = NOTE_MAX;
    while (cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80) cut--; /* never inside a character */
    char *part = malloc(cut + 1);
    if (!part) {
        b->failed = true;
        return;
    }
    memcpy(part, text, cut);
    part[cut] = '\0';
    mg__html_escape(b, part);
    mg__buffer_puts(b, "\u2026");
    free(part);
}

static void evidence_cell(mg_buffer *b, const mg_graph *g, const mg_compare_panel *p, size_t row)
{
    const mg_comparison *c = mg_graph_comparison(g, p->comparisons[row]);
    mg__buffer_puts(b, "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">");
    for (size_t k = 0; k < c->evidence_count; k++) {
        const mg_evidence *x = &c->evidence[k];
        mg_buffer cite = {0};
        mg__short_citation(&cite, x->ref);
        if (k) mg__buffer_puts(b, "<BR/>");
        mg__buffer_puts(b, "<B>");
        mg__html_escape(b, mg__buffer_cstr(&cite));
        mg__buffer_puts(b, "</B>");
        mg__buffer_free(&cite);
        if (x->review) {
            mg__buffer_puts(b, " \u00B7 ");
            mg__html_escape(b, x->review->id);
        }
        if (x->where) {
            mg__buffer_putc(b, ' ');
            mg__html_escape(b, x->where);
        }
        const char *parts[] = {x->disease, x->model, x->organism, x->cell, x->system};
        bool open = false;
        for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
            if (!parts[i]) continue;
            mg__buffer_puts(b, open ? "; " : "<BR/><FONT POINT-SIZE=\"10\" COLOR=\"#555555\">");
            mg__html_escape(b, parts[i]);
            open = true;
        }
        if (open) mg__buffer_puts(b, "</FONT>");
        if (x->note) {
            mg__buffer_puts(b, "<BR/><FONT POINT-SIZE=\"10\"><I>\u201C");
            escaped_cut(b, x->note);
            mg__buffer_puts(b, "\u201D</I></FONT>");
        }
        for (size_t i = 0; i < x->caution_count; i++) {
            mg__buffer_puts(b, "<BR/><FONT POINT-SIZE=\"10\" COLOR=\"" OI_VERMILLION "\">\u26A0 ");
            mg__html_escape(b, x->cautions[i].code);
            mg__buffer_puts(b, "</FONT>");
        }
    }
    if (p->inverted && p->inverted[row]) {
        mg__buffer_puts(b, "<BR/><FONT POINT-SIZE=\"10\" COLOR=\"#777777\">recorded as ");
        mg__html_escape(b, mg_graph_node(g, c->a)->label);
        mg__buffer_printf(b, " %s ", symbol(c->direction));
        mg__html_escape(b, mg_graph_node(g, c->b)->label);
        mg__buffer_puts(b, "</FONT>");
    }
    mg__buffer_puts(b, "</TD>");
}

/* Rows of the same aspect as `row`, from it on (the panel's rows come grouped). */
static size_t aspect_span(const mg_graph *g, const mg_compare_panel *p, size_t row)
{
    const char *aspect = mg_comparison_aspect(g, mg_graph_comparison(g, p->comparisons[row]));
    size_t n = 1;
    while (row + n < p->count &&
           strcmp(mg_comparison_aspect(g, mg_graph_comparison(g, p->comparisons[row + n])), aspect) == 0)
        n++;
    return n;
}

static void header_cell(mg_buffer *b, const char *text, bool escape)
{
    mg__buffer_puts(b, "<TD BGCOLOR=\"#EEEEEE\">");
    if (!*text) return mg__buffer_puts(b, "</TD>"); /* Graphviz refuses an empty <B></B> */
    mg__buffer_puts(b, "<B>");
    if (escape) mg__html_escape(b, text);
    else mg__buffer_puts(b, text);
    mg__buffer_puts(b, "</B></TD>");
}

static void table(mg_buffer *b, const mg_graph *g, const mg_compare_panel *p, const char *title, bool legend)
{
    mg__buffer_puts(b, "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"7\" COLOR=\"#BBBBBB\">");
    mg__buffer_puts(b, "<TR><TD COLSPAN=\"5\" BORDER=\"0\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"18\"><B>");
    mg__html_escape(b, title);
    mg__buffer_puts(b, "</B></FONT></TD></TR><TR>");
    header_cell(b, "aspect", false);
    header_cell(b, mg_graph_node(g, p->a)->label, true);
    header_cell(b, "", false);
    header_cell(b, p->b >= 0 ? mg_graph_node(g, p->b)->label : "compared with", true);
    header_cell(b, "evidence (study \u00B7 review, where; context; the review\u2019s words)", false);
    mg__buffer_puts(b, "</TR>");
    for (size_t row = 0, span = 0; row < p->count; row++) {
        const mg_comparison *c = mg_graph_comparison(g, p->comparisons[row]);
        bool inv = p->inverted && p->inverted[row];
        mg_compare_direction d = shown(p, row, c);
        mg__buffer_puts(b, "<TR>");
        if (span == 0) {
            span = aspect_span(g, p, row);
            mg__buffer_printf(b, "<TD ROWSPAN=\"%zu\" ALIGN=\"LEFT\"><B>", span);
            mg__html_escape(b, mg_comparison_aspect(g, c));
            mg__buffer_puts(b, "</B></TD>");
        }
        span--;
        mg__buffer_puts(b, "<TD>");
        mg__html_escape(b, mg_graph_node(g, inv ? c->b : c->a)->label);
        mg__buffer_printf(b, "</TD><TD><FONT POINT-SIZE=\"26\" COLOR=\"%s\"><B>%s</B></FONT><BR/>"
                             "<FONT POINT-SIZE=\"10\" COLOR=\"%s\">%s</FONT></TD><TD>",
                          colour(d), symbol(d), colour(d), mg_compare_direction_name(d));
        mg__html_escape(b, mg_graph_node(g, inv ? c->a : c->b)->label);
        mg__buffer_puts(b, "</TD>");
        evidence_cell(b, g, p, row);
        mg__buffer_puts(b, "</TR>");
    }
    if (legend)
        mg__buffer_puts(b, "<TR><TD COLSPAN=\"5\" BORDER=\"0\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"#555555\">"
                           "the left side is &gt; greater, &lt; less or \u2248 similar to the right on the aspect, "
                           "as the review words it; comparisons are findings, not causal edges</FONT></TD></TR>");
    mg__buffer_puts(b, "</TABLE>");
}

/* The page: the panel, then every study it cites with its full citation and DOI. */
static void page(mg_buffer *out, const mg_graph *g, const mg_compare_panel *p, const char *title, const mg_buffer *svg)
{
    mg__buffer_puts(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    mg__html_escape(out, title);
    mg__buffer_puts(out, "</title>\n<style>body{font-family:Helvetica,Arial,sans-serif;margin:2em;max-width:80em}"
                         "li{margin:.3em 0}</style>\n</head>\n<body>\n");
    mg__buffer_append(out, svg->data ? svg->data : "", svg->len);
    mg__buffer_puts(out, "\n<h2>Studies</h2>\n<ol>\n");
    for (size_t row = 0; row < p->count; row++) {
        const mg_comparison *c = mg_graph_comparison(g, p->comparisons[row]);
        for (size_t k = 0; k < c->evidence_count; k++) {
            const mg_reference *r = c->evidence[k].ref;
            bool seen = false; /* each study once, where it first appears */
            for (size_t q = 0; q <= row && !seen; q++) {
                const mg_comparison *o = mg_graph_comparison(g, p->comparisons[q]);
                for (size_t m = 0; m < (q == row ? k : o->evidence_count) && !seen; m++) seen = o->evidence[m].ref == r;
            }
            if (seen) continue;
            mg__buffer_puts(out, "<li>[");
            mg__html_escape(out, r->id);
            mg__buffer_puts(out, "] ");
            mg__html_escape(out, r->citation);
            if (r->doi) {
                mg_buffer url = {0};
                mg__doi_url(&url, r->doi);
                mg__buffer_puts(out, " <a href=\"");
                mg__html_escape(out, mg__buffer_cstr(&url));
                mg__buffer_puts(out, "\">doi:");
                mg__html_escape(out, r->doi);
                mg__buffer_puts(out, "</a>");
                mg__buffer_free(&url);
            }
            mg__buffer_puts(out, "</li>\n");
        }
    }
    mg__buffer_puts(out, "</ol>\n</body>\n</html>\n");
}

mg_error_t mg_render_compare_data(char **out, size_t *size, const mg_graph *graph, const mg_compare_panel *panel,
                                  const mg_render_options *options)
{
    mg_init();
    *out = NULL;
    *size = 0;
    mg_render_options o = options ? *options : (mg_render_options)MG_RENDER_OPTIONS_INIT;
    if (o.format == MG_RENDER_AUTO || !mg_render_format_name(o.format)) return mg__fail(MG_EINVAL, "no output format given");
    if (!panel || !panel->count || !mg_graph_node(graph, panel->a) || (panel->b >= 0 && !mg_graph_node(graph, panel->b)))
        return mg__fail(MG_EINVAL, "a comparison panel needs side A, a valid side B or -1, and at least one row");
    for (size_t i = 0; i < panel->count; i++)
        if (!mg_graph_comparison(graph, panel->comparisons[i]))
            return mg__fail(MG_EINVAL, "row %zu: no comparison %zu in the graph", i, panel->comparisons[i]);
    mg_buffer title = {0}, html = {0}, picture = {0}, result = {0};
    if (o.title) mg__buffer_puts(&title, o.title);
    else mg__buffer_printf(&title, "%s compared with %s", mg_graph_node(graph, panel->a)->label,
                           panel->b >= 0 ? mg_graph_node(graph, panel->b)->label : "others");
    table(&html, graph, panel, mg__buffer_cstr(&title), o.legend);
    mg_error_t err = html.failed ? mg__fail(MG_ENOMEM, "out of memory")
                                 : mg__render_table(&picture, mg__buffer_cstr(&html), o.format, o.format == MG_RENDER_HTML);
    if (!err && o.format == MG_RENDER_HTML) page(&result, graph, panel, mg__buffer_cstr(&title), &picture);
    else if (!err) mg__buffer_append(&result, picture.data ? picture.data : "", picture.len);
    if (!err && (result.failed || title.failed)) err = mg__fail(MG_ENOMEM, "out of memory");
    mg__buffer_free(&title);
    mg__buffer_free(&html);
    mg__buffer_free(&picture);
    if (err) {
        mg__buffer_free(&result);
        return err;
    }
    *size = result.len;
    *out = result.data ? result.data : calloc(1, 1);
    return *out ? MG_OK : mg__fail(MG_ENOMEM, "out of memory");
}

mg_error_t mg_render_compare_file(const mg_graph *graph, const mg_compare_panel *panel, const mg_render_options *options,
                                  const char *path)
{
    mg_render_options o = options ? *options : (mg_render_options)MG_RENDER_OPTIONS_INIT;
    char *data;
    size_t size;
    mg_error_t err = mg__render_file_format(&o, path);
    if (err || (err = mg_render_compare_data(&data, &size, graph, panel, &o))) return err;
    err = mg__write_file_atomic(path, data, size);
    free(data);
    return err;
}
