/*
 * test_comparisons.c - comparisons as data (issue 25) on tests/data/comparisons.json: the
 * accessors, the direction names, round trips through every format that keeps them (mechgraph-1
 * JSON, GraphML, Cytoscape.js JSON), that no path or neighbourhood walks them, what a selection
 * keeps of them, and that a merge keeps every input's with its nodes mapped.
 */
#include "check.h"
#include "mechgraph.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static mg_graph *load(const char *path)
{
    mg_graph *g = NULL;
    if (mg_graph_load(&g, path, MG_INPUT_AUTO, NULL) != MG_OK) fprintf(stderr, "%s: %s\n", path, mg_last_error());
    return g;
}

static const char *id(const mg_graph *g, mg_id v) { return v >= 0 ? mg_graph_node(g, v)->id : "(none)"; }
static const char *str(const char *s) { return s ? s : "(null)"; }

/* Every comparison of `a` and `b` the same, field by field (nodes by id, studies by id). */
static void check_same(const mg_graph *a, const mg_graph *b, const char *what)
{
    CHECK(mg_graph_comparison_count(a) == mg_graph_comparison_count(b));
    for (size_t i = 0; i < mg_graph_comparison_count(a) && i < mg_graph_comparison_count(b); i++) {
        const mg_comparison *x = mg_graph_comparison(a, i), *y = mg_graph_comparison(b, i);
        if (strcmp(id(a, x->a), id(b, y->a)) || strcmp(id(a, x->b), id(b, y->b)) ||
            strcmp(id(a, x->aspect), id(b, y->aspect)) || strcmp(str(x->aspect_text), str(y->aspect_text)) ||
            x->direction != y->direction || strcmp(str(x->note), str(y->note)) || x->evidence_count != y->evidence_count) {
            fprintf(stderr, "%s: comparison %zu differs\n", what, i);
            check_failures++;
            continue;
        }
        for (size_t k = 0; k < x->evidence_count; k++) {
            const mg_evidence *p = &x->evidence[k], *q = &y->evidence[k];
            CHECK_STR(q->ref->id, p->ref->id);
            CHECK_STR(q->ref->citation, p->ref->citation);
            CHECK_STR(str(q->model), str(p->model));
            CHECK_STR(str(q->note), str(p->note));
            CHECK_STR(str(q->where), str(p->where));
            CHECK(q->caution_count == p->caution_count);
        }
    }
}

static void round_trip(const mg_graph *g, mg_export_format f, const char *ext)
{
    char path[64];
    snprintf(path, sizeof path, "cmp_round_trip.%s", ext);
    CHECK(mg_export_keeps_comparisons(f));
    CHECK(mg_export(g, f, path) == MG_OK);
    mg_graph *back = load(path);
    CHECK(back != NULL);
    if (back) check_same(g, back, ext);
    mg_graph_free(back);
    unlink(path);
}

static void accessors(const mg_graph *g)
{
    CHECK(mg_graph_comparison_count(g) == 8);
    CHECK(mg_graph_comparison(g, 8) == NULL);
    const mg_comparison *c = mg_graph_comparison(g, 0);
    CHECK_STR(id(g, c->a), "iMSC");
    CHECK_STR(id(g, c->b), "BM-MSC");
    CHECK_STR(id(g, c->aspect), "tumor growth");
    CHECK(c->aspect_text == NULL);
    CHECK(c->direction == MG_COMPARE_LESS);
    CHECK(c->evidence_count == 2);
    CHECK_STR(c->evidence[0].model, "subcutaneous tumor model");
    CHECK(c->evidence[1].model == NULL);
    CHECK_STR(mg_comparison_aspect(g, c), "tumor growth");
    c = mg_graph_comparison(g, 1);
    CHECK(c->aspect == -1);
    CHECK_STR(mg_comparison_aspect(g, c), "tri-lineage differentiation gene expression");
    CHECK(c->direction == MG_COMPARE_GREATER);
    CHECK(c->note != NULL);
    CHECK(mg_graph_comparison(g, 2)->direction == MG_COMPARE_SIMILAR);

    mg_compare_direction d;
    CHECK_STR(mg_compare_direction_name(MG_COMPARE_GREATER), "greater");
    CHECK_STR(mg_compare_direction_name(MG_COMPARE_SIMILAR), "similar");
    CHECK(mg_compare_direction_name((mg_compare_direction)5) == NULL);
    CHECK(mg_compare_direction_parse(&d, "less") == MG_OK && d == MG_COMPARE_LESS);
    CHECK(mg_compare_direction_parse(&d, "Greater") == MG_EINVAL);
}

/* Comparisons are not edges: BM-MSC has none, so nothing reaches it and it has no neighbour. */
static void not_walked(const mg_graph *g)
{
    mg_id imsc = mg_graph_find_id(g, "iMSC"), bm = mg_graph_find_id(g, "BM-MSC"), tumor = mg_graph_find_id(g, "tumor growth");
    mg_path_options o = MG_PATH_OPTIONS_INIT;
    mg_path_set *set = NULL;
    CHECK(mg_paths_find(&set, g, &imsc, 1, &bm, 1, &o) == MG_OK);
    CHECK(mg_path_set_count(set) == 0);
    mg_path_set_free(set);
    CHECK(mg_paths_find(&set, g, &imsc, 1, &tumor, 1, &o) == MG_OK);
    CHECK(mg_path_set_count(set) == 0);
    mg_path_set_free(set);
    mg_neighborhood nb = {0};
    CHECK(mg_graph_neighborhood(&nb, g, bm, 2, MG_DIRECTION_BOTH) == MG_OK);
    CHECK(nb.count == 1);
    mg_neighborhood_clear(&nb);
}

static void selection(const mg_graph *g)
{
    mg_select_options o = MG_SELECT_OPTIONS_INIT;
    mg_graph *part = NULL;
    o.review = "aldoghachi2023";
    CHECK(mg_graph_select(&part, g, &o) == MG_OK);
    CHECK(part && mg_graph_comparison_count(part) == 5);
    /* the first keeps only its evidence read in that review */
    CHECK(part && mg_graph_comparison(part, 0)->evidence_count == 1);
    mg_graph_free(part);
    /* a study only comparisons cite is a value the graph has, and keeps their nodes */
    o = (mg_select_options)MG_SELECT_OPTIONS_INIT;
    o.study = "marson2020";
    CHECK(mg_graph_select(&part, g, &o) == MG_OK);
    CHECK(part && mg_graph_edge_count(part) == 0 && mg_graph_comparison_count(part) == 1);
    CHECK(part && mg_graph_find_id(part, "UC-MSC") >= 0 && mg_graph_find_id(part, "iMSC") >= 0);
    CHECK(part && mg_graph_reference_count(part) == 2);
    mg_graph_free(part);
    o = (mg_select_options)MG_SELECT_OPTIONS_INIT;
    o.min_studies = 2;
    CHECK(mg_graph_select(&part, g, &o) == MG_ENOTFOUND); /* no edge has two studies */
    mg_graph_free(part);
    o = (mg_select_options)MG_SELECT_OPTIONS_INIT;
    o.no_cautioned = true; /* Levy's comparison rests on cautioned evidence only */
    CHECK(mg_graph_select(&part, g, &o) == MG_OK);
    CHECK(part && mg_graph_comparison_count(part) == 7);
    mg_graph_free(part);
}

static void merging(const mg_graph *g, const char *data)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/merge_a.json", data);
    mg_graph *other = load(path);
    const mg_graph *in[] = {other, g, g};
    mg_graph *m = NULL;
    CHECK(other && mg_graph_merge(&m, NULL, in, 3, NULL) == MG_OK);
    CHECK(m && mg_graph_comparison_count(m) == 16);
    for (size_t i = 0; m && i < 8; i++) {
        const mg_comparison *x = mg_graph_comparison(g, i), *y = mg_graph_comparison(m, i), *z = mg_graph_comparison(m, i + 8);
        CHECK_STR(id(m, y->a), id(g, x->a));
        CHECK(y->a == z->a && y->b == z->b && y->aspect == z->aspect); /* aligned by id: one node */
        CHECK_STR(y->evidence[0].ref->citation, x->evidence[0].ref->citation);
    }
    mg_graph_free(m);
    mg_graph_free(other);
}

int main(int argc, char **argv)
{
    const char *data = argc > 1 ? argv[1] : "tests/data";
    char path[4096];
    snprintf(path, sizeof path, "%s/comparisons.json", data);
    mg_graph *g = load(path);
    CHECK(g != NULL);
    if (g) {
        accessors(g);
        round_trip(g, MG_EXPORT_JSON, "json");
        round_trip(g, MG_EXPORT_GRAPHML, "graphml");
        round_trip(g, MG_EXPORT_CYJS, "cyjs");
        CHECK(!mg_export_keeps_comparisons(MG_EXPORT_SIF) && !mg_export_keeps_comparisons(MG_EXPORT_SBML_QUAL));
        not_walked(g);
        selection(g);
        merging(g, data);
    }
    mg_graph_free(g);
    if (check_failures) fprintf(stderr, "%d checks failed\n", check_failures);
    return check_failures ? 1 : 0;
}
