/*
 * test_render.c - the renderer through the library: DOT read back by cgraph (an independent
 * reader) with every node, edge group and type class; the other formats by their signatures;
 * the file left untouched when a render fails; the format from the extension.
 */
#include "check.h"
#include "mechgraph.h"

#include <graphviz/cgraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *data_path(const char *dir, const char *name)
{
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s/%s", dir, name);
    return buf;
}

static void test_dot_read_back(const char *dir)
{
    mg_graph *g = NULL;
    CHECK(mg_graph_load(&g, data_path(dir, "nasty.json"), MG_INPUT_AUTO, NULL) == MG_OK);
    if (!g) return;
    mg_render_options o = MG_RENDER_OPTIONS_INIT;
    o.format = MG_RENDER_DOT;
    o.legend = false;
    char *dot;
    size_t size;
    CHECK(mg_render_data(&dot, &size, g, &o) == MG_OK);
    Agraph_t *gv = dot ? agmemread(dot) : NULL;
    CHECK(gv != NULL);
    if (gv) {
        CHECK(agnnodes(gv) == (int)mg_graph_node_count(g));
        CHECK(agnedges(gv) == (int)mg_graph_edge_count(g)); /* no parallel edges in this graph */
        for (mg_id v = 0; v < mg_graph_node_count(g); v++) {
            const mg_node *node = mg_graph_node(g, v);
            Agnode_t *n = agnode(gv, (char *)node->id, 0);
            CHECK(n != NULL);
            if (n) CHECK_STR(agget(n, (char *)"class"), mg_node_type_name(node->type));
        }
        /* a label keeps its text; backslashes are doubled for Graphviz, nothing else changes */
        Agnode_t *n = agnode(gv, (char *)"NF-kB", 0);
        if (n) CHECK_STR(agget(n, (char *)"label"), "NF-κB \"p65\" & <p50>");
        n = agnode(gv, (char *)"back\\slash", 0);
        if (n) CHECK_STR(agget(n, (char *)"label"), "\\\\N \\\\G \\\\n back\\\\slash");
        agclose(gv);
    }
    mg_render_data_free(dot);

    /* the other formats, by their signatures */
    const struct {
        mg_render_format f;
        const char *magic;
    } sig[] = {{MG_RENDER_SVG, "<?xml"}, {MG_RENDER_PNG, "\x89PNG"}, {MG_RENDER_PDF, "%PDF-"}, {MG_RENDER_HTML, "<!DOCTYPE html>"}};
    for (size_t i = 0; i < sizeof sig / sizeof *sig; i++) {
        o.format = sig[i].f;
        char *out = NULL;
        CHECK(mg_render_data(&out, &size, g, &o) == MG_OK);
        CHECK(out && size > strlen(sig[i].magic) && memcmp(out, sig[i].magic, strlen(sig[i].magic)) == 0);
        mg_render_data_free(out);
    }
    mg_graph_free(g);
}

static void test_files(void)
{
    mg_graph *g = NULL;
    CHECK(mg_graph_load_default(&g, NULL) == MG_OK);
    mg_render_format f;
    CHECK(mg_render_format_from_path(&f, "a/b.SVG") == MG_OK && f == MG_RENDER_SVG);
    CHECK(mg_render_format_from_path(&f, "x.gv") == MG_OK && f == MG_RENDER_DOT);
    CHECK(mg_render_format_from_path(&f, "x.htm") == MG_OK && f == MG_RENDER_HTML);
    CHECK(mg_render_format_from_path(&f, "x.txt") == MG_EINVAL);
    CHECK(mg_render_format_from_path(&f, "dir.svg/x") == MG_EINVAL);

    /* a failed render leaves the file as it was */
    const char *path = "render_keep.svg";
    FILE *fp = fopen(path, "w");
    if (fp) {
        fputs("old", fp);
        fclose(fp);
    }
    mg_render_options o = MG_RENDER_OPTIONS_INIT;
    o.layout = (mg_layout)42;
    CHECK(mg_render_file(g, &o, path) == MG_EINVAL);
    char buf[16] = {0};
    fp = fopen(path, "r");
    if (fp) {
        CHECK(fread(buf, 1, sizeof buf - 1, fp) == 3);
        fclose(fp);
    }
    CHECK_STR(buf, "old");
    /* and a good one replaces it */
    o.layout = MG_LAYOUT_DOT;
    CHECK(mg_render_file(g, &o, path) == MG_OK);
    fp = fopen(path, "r");
    if (fp) {
        CHECK(fread(buf, 1, 5, fp) == 5 && memcmp(buf, "<?xml", 5) == 0);
        fclose(fp);
    }
    remove(path);
    CHECK(mg_render_file(g, &o, "no/such/dir/x.svg") == MG_EIO);
    mg_graph_free(g);
}

/* selections: a study, a disease (by a synonym of its node) */
static void test_select(void)
{
    mg_graph *g = NULL;
    CHECK(mg_graph_load_default(&g, NULL) == MG_OK);
    size_t n = (size_t)mg_graph_node_count(g), m = (size_t)mg_graph_edge_count(g), count;
    bool *nodes = calloc(n, sizeof *nodes), *edges = calloc(m, sizeof *edges);
    CHECK(mg_select_study(nodes, edges, &count, g, "yuan2017") == MG_OK && count > 5);
    CHECK(nodes[mg_graph_find_id(g, "SP1")] && nodes[mg_graph_find_id(g, "SPHK1")] && !nodes[mg_graph_find_id(g, "SIRT6")]);
    size_t by_doi;
    memset(nodes, 0, n);
    memset(edges, 0, m);
    CHECK(mg_select_study(nodes, edges, &by_doi, g, "https://doi.org/10.1038/S41419-017-0041-4") == MG_OK);
    CHECK(by_doi == count);
    memset(nodes, 0, n);
    memset(edges, 0, m);
    CHECK(mg_select_context(nodes, edges, &count, g, "intervertebral disc degeneration") == MG_OK && count > 3);
    CHECK(nodes[mg_graph_find_id(g, "SIRT6")] && !nodes[mg_graph_find_id(g, "SP1")]);
    free(nodes);
    free(edges);
    mg_graph_free(g);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "tests/data";
    test_dot_read_back(dir);
    test_files();
    test_select();
    CHECK_DONE();
}
