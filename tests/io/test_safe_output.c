/*
 * test_safe_output.c - DOT that labels and ids cannot break, read back by cgraph (an independent
 * parser): tests/data/inject.json's ids (DOT keywords, quotes, a trailing backslash, "legend")
 * are node names exactly, labels and tooltips keep their text (backslashes doubled for Graphviz's
 * escapes), and the legend's own nodes take nothing over, in both legends (boxed and table).
 * The other writers are checked by tests/reliability/safe_output.py.
 */
#include "check.h"
#include "mechgraph.h"

#include <graphviz/cgraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A node's name in DOT: the id, but for a run of backslashes before a quote or at the end,
 * which Graphviz's lexer cannot read when odd and which mechgraph makes even (the two such ids
 * of inject.json). */
static const char *dot_name(const char *id)
{
    if (strcmp(id, "ends\\") == 0) return "ends\\\\";
    if (strcmp(id, "back\\\"quote") == 0) return "back\\\\\"quote";
    return id;
}

/* A label as Graphviz takes it: each backslash doubled. */
static char *doubled(const char *text)
{
    char *out = malloc(2 * strlen(text) + 1), *q = out;
    if (!out) return NULL;
    for (const char *p = text; *p; p++) {
        if (*p == '\\') *q++ = '\\';
        *q++ = *p;
    }
    *q = '\0';
    return out;
}

static void check_dot(const mg_graph *g, mg_layout layout, bool legend)
{
    mg_render_options o = MG_RENDER_OPTIONS_INIT;
    o.format = MG_RENDER_DOT;
    o.layout = layout;
    o.legend = legend;
    o.title = "a title ending in a backslash \\";
    char *dot = NULL;
    size_t size;
    CHECK(mg_render_data(&dot, &size, g, &o) == MG_OK);
    Agraph_t *gv = dot ? agmemread(dot) : NULL;
    CHECK(gv != NULL);
    if (!gv) {
        fprintf(stderr, "cgraph could not read:\n%s\n", dot ? dot : "(nothing)");
        mg_render_data_free(dot);
        return;
    }
    if (!legend) CHECK(agnnodes(gv) == (int)mg_graph_node_count(g));
    CHECK(agnedges(gv) >= (int)mg_graph_edge_count(g));
    for (mg_id v = 0; v < mg_graph_node_count(g); v++) {
        const mg_node *node = mg_graph_node(g, v);
        Agnode_t *n = agnode(gv, (char *)dot_name(node->id), 0);
        CHECK(n != NULL);
        if (!n) {
            fprintf(stderr, "no node named '%s'\n", node->id);
            continue;
        }
        char *want = doubled(node->label);
        CHECK_STR(agget(n, (char *)"label"), want);
        CHECK_STR(agget(n, (char *)"class"), mg_node_type_name(node->type));
        free(want);
    }
    /* every edge between the right nodes: ids with quotes and backslashes resolved both ends */
    for (mg_id i = 0; i < mg_graph_edge_count(g); i++) {
        const mg_edge *e = mg_graph_edge(g, i);
        Agnode_t *s = agnode(gv, (char *)dot_name(mg_graph_node(g, e->source)->id), 0);
        Agnode_t *t = agnode(gv, (char *)dot_name(mg_graph_node(g, e->target)->id), 0);
        CHECK(s && t && agedge(gv, s, t, NULL, 0) != NULL);
    }
    char *title = doubled(o.title);
    CHECK_STR(agget(gv, (char *)"label"), title);
    free(title);
    agclose(gv);
    mg_render_data_free(dot);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "tests/data";
    char path[4096];
    snprintf(path, sizeof path, "%s/inject.json", dir);
    mg_graph *g = NULL;
    CHECK(mg_graph_load(&g, path, MG_INPUT_AUTO, NULL) == MG_OK);
    if (g) {
        CHECK(mg_graph_find_id(g, "ends\\") >= 0 && mg_graph_find_id(g, "legend") >= 0);
        check_dot(g, MG_LAYOUT_DOT, false);
        check_dot(g, MG_LAYOUT_DOT, true);   /* the boxed legend: nodes "legend: gene" ... */
        check_dot(g, MG_LAYOUT_NEATO, true); /* the table legend: a node "legend" */
    }
    mg_graph_free(g);
    CHECK_DONE();
}
