/*
 * test_paths.c - the path, effects and neighbourhood API on small graphs worked out by hand:
 * signs and conflicts, the signed search on the lifted graph, filters, bounds, the order.
 */
#include "check.h"
#include "mechgraph.h"

#include <stdlib.h>
#include <string.h>

static mg_graph *load(const char *text)
{
    mg_graph *g = NULL;
    if (mg_graph_load_buffer(&g, text, strlen(text), "t.tsv", MG_INPUT_TSV, NULL) != MG_OK)
        fprintf(stderr, "load failed: %s\n", mg_last_error());
    return g;
}

static mg_id node(const mg_graph *g, const char *id) { return mg_graph_find_id(g, id); }

/* "A>B>C" for path i of the set */
static const char *chain(const mg_graph *g, const mg_path_set *set, size_t i)
{
    static char buf[256];
    buf[0] = '\0';
    const mg_path *p = mg_path_set_get(set, i);
    if (!p) return "(none)";
    for (size_t k = 0; k <= p->length; k++) {
        if (k) strcat(buf, ">");
        strcat(buf, mg_graph_node(g, p->nodes[k])->id);
    }
    return buf;
}

static mg_path_set *find(const mg_graph *g, const char *from, const char *to, const mg_path_options *o)
{
    mg_id s = node(g, from), t = node(g, to);
    mg_path_set *set = NULL;
    CHECK(mg_paths_find(&set, g, &s, 1, &t, 1, o) == MG_OK);
    return set;
}

/* A activates B, B inhibits D; A inhibits C, C inhibits D; A activates D directly. */
static const char *diamond = "source\ttarget\tsign\nA\tB\t+\nB\tD\t-\nA\tC\t-\nC\tD\t-\nA\tD\t+\n";

static void test_all_paths_and_signs(void)
{
    mg_graph *g = load(diamond);
    mg_path_options o = MG_PATH_OPTIONS_INIT;
    mg_path_set *set = find(g, "A", "D", &o);
    CHECK(mg_path_set_count(set) == 3);
    CHECK_STR(chain(g, set, 0), "A>D");
    CHECK_STR(chain(g, set, 1), "A>B>D"); /* same length: by node ids */
    CHECK_STR(chain(g, set, 2), "A>C>D");
    CHECK(mg_path_set_get(set, 0)->sign == 1);
    CHECK(mg_path_set_get(set, 1)->sign == -1);
    CHECK(mg_path_set_get(set, 2)->sign == 1);
    CHECK_STR(mg_path_effect(mg_path_set_get(set, 1)), "inhibits");
    CHECK(mg_path_set_truncated(set) == NULL);
    mg_path_set_free(set);

    o.min_len = 2;
    set = find(g, "A", "D", &o);
    CHECK(mg_path_set_count(set) == 2);
    mg_path_set_free(set);

    o.min_len = 1;
    o.sign = -1;
    set = find(g, "A", "D", &o);
    CHECK(mg_path_set_count(set) == 1);
    CHECK_STR(chain(g, set, 0), "A>B>D");
    mg_path_set_free(set);
    mg_graph_free(g);
}

/* The signed search: the shortest path with net sign - is longer than the shortest path. */
static void test_signed_shortest(void)
{
    mg_graph *g = load("source\ttarget\tsign\nS\tT\t+\nS\tX\t+\nX\tY\t+\nY\tT\t-\nS\tZ\t-\nZ\tW\t-\nW\tT\t-\n");
    mg_path_options o = MG_PATH_OPTIONS_INIT;
    o.mode = MG_PATHS_SHORTEST;
    o.max_len = 0;
    mg_path_set *set = find(g, "S", "T", &o);
    CHECK(mg_path_set_count(set) == 1);
    CHECK_STR(chain(g, set, 0), "S>T");
    mg_path_set_free(set);
    o.sign = -1;
    set = find(g, "S", "T", &o);
    CHECK(mg_path_set_count(set) == 2); /* S>X>Y>T (+ + -) and S>Z>W>T (- - -) */
    CHECK_STR(chain(g, set, 0), "S>X>Y>T");
    CHECK_STR(chain(g, set, 1), "S>Z>W>T");
    mg_path_set_free(set);
    o.mode = MG_PATHS_K;
    o.k = 1;
    set = find(g, "S", "T", &o);
    CHECK(mg_path_set_count(set) == 1);
    CHECK(mg_path_set_get(set, 0)->length == 3 && mg_path_set_get(set, 0)->sign == -1);
    mg_path_set_free(set);
    mg_graph_free(g);
}

/* A walk on the lifted graph may repeat a node; a path may not. Here the only short way to a
 * negative S -> T goes round the cycle X -> Y -> X; there is no simple negative path. */
static void test_signed_needs_simple(void)
{
    mg_graph *g = load("source\ttarget\tsign\nS\tX\t+\nX\tY\t-\nY\tX\t+\nX\tT\t+\n");
    mg_path_options o = MG_PATH_OPTIONS_INIT;
    o.mode = MG_PATHS_SHORTEST;
    o.max_len = 0;
    o.sign = -1;
    mg_path_set *set = find(g, "S", "T", &o);
    CHECK(mg_path_set_count(set) == 0);
    mg_path_set_free(set);
    o.mode = MG_PATHS_K;
    o.k = 3;
    set = find(g, "S", "T", &o);
    CHECK(mg_path_set_count(set) == 0);
    mg_path_set_free(set);
    mg_graph_free(g);
}

/* Parallel edges that disagree: the hop conflicts; --expand-signs lists the path per sign,
 * each with the edges behind that sign only. Unsigned edges beside a signed one add no doubt. */
static void test_conflicts(void)
{
    mg_graph *g = load("source\ttarget\trelation\nA\tB\tactivates\nA\tB\tinhibits\nB\tC\tactivates\nB\tC\tregulates\n");
    mg_path_options o = MG_PATH_OPTIONS_INIT;
    mg_path_set *set = find(g, "A", "C", &o);
    CHECK(mg_path_set_count(set) == 1);
    const mg_path *p = mg_path_set_get(set, 0);
    CHECK(p->conflicting && p->sign == 0);
    CHECK_STR(mg_path_effect(p), "conflicting");
    CHECK(p->hop_start[1] == 2 && p->hop_start[2] == 4); /* both edges of each hop */
    mg_path_set_free(set);

    o.expand_signs = true;
    set = find(g, "A", "C", &o);
    CHECK(mg_path_set_count(set) == 2);
    CHECK(mg_path_set_get(set, 0)->sign == 1 && mg_path_set_get(set, 1)->sign == -1);
    p = mg_path_set_get(set, 1);
    CHECK(p->hop_start[1] == 1 && mg_graph_edge(g, p->edges[0])->relation == MG_REL_INHIBITS);
    mg_path_set_free(set);

    o.expand_signs = false;
    o.sign = 1;
    set = find(g, "A", "C", &o);
    CHECK(mg_path_set_count(set) == 1 && mg_path_set_get(set, 0)->sign == 1 && mg_path_set_get(set, 0)->conflicting);
    mg_path_set_free(set);
    mg_graph_free(g);
}

static void test_filters(void)
{
    mg_graph *g = load(diamond);
    mg_path_options o = MG_PATH_OPTIONS_INIT;
    mg_id b = node(g, "B"), c = node(g, "C");
    o.via = &b;
    o.via_count = 1;
    mg_path_set *set = find(g, "A", "D", &o);
    CHECK(mg_path_set_count(set) == 1);
    CHECK_STR(chain(g, set, 0), "A>B>D");
    mg_path_set_free(set);
    o.via_count = 0;
    o.avoid = &c;
    o.avoid_count = 1;
    set = find(g, "A", "D", &o);
    CHECK(mg_path_set_count(set) == 2);
    mg_path_set_free(set);
    o.avoid_count = 0;
    bool rel[MG_RELATION_COUNT] = {0};
    rel[MG_REL_INHIBITS] = true;
    o.relations = rel;
    set = find(g, "A", "D", &o);
    CHECK(mg_path_set_count(set) == 1);
    CHECK_STR(chain(g, set, 0), "A>C>D");
    mg_path_set_free(set);
    mg_graph_free(g);
}

/* The curated graph: context and organism filter edges by their evidence, types the nodes
 * between the ends. */
static void test_curated(void)
{
    mg_graph *g = NULL;
    CHECK(mg_graph_load_default(&g, NULL) == MG_OK);
    mg_path_options o = MG_PATH_OPTIONS_INIT;
    mg_path_set *set = find(g, "iMSC-EV", "SIRT6", &o);
    bool found = false;
    for (size_t i = 0; i < mg_path_set_count(set); i++)
        if (strcmp(chain(g, set, i), "iMSC-EV>miR-105-5p>PDE4D>SIRT6") == 0) found = mg_path_set_get(set, i)->sign == 1;
    CHECK(found);
    mg_path_set_free(set);

    o.context = "hepatic I/R injury"; /* no SIRT6 mechanism was studied there */
    set = find(g, "iMSC-EV", "SIRT6", &o);
    CHECK(mg_path_set_count(set) == 0);
    mg_path_set_free(set);
    o.context = "intervertebral disc degeneration"; /* a synonym of the IVDD node */
    set = find(g, "iMSC-EV", "SIRT6", &o);
    CHECK(mg_path_set_count(set) >= 1);
    mg_path_set_free(set);
    o.context = NULL;

    bool types[MG_NODE_TYPE_COUNT] = {0};
    types[MG_NODE_GENE] = true;
    o.types = types; /* no miRNA between the ends */
    set = find(g, "iMSC-EV", "SIRT6", &o);
    for (size_t i = 0; i < mg_path_set_count(set); i++) CHECK(strstr(chain(g, set, i), "miR") == NULL);
    CHECK(mg_path_set_count(set) >= 1);
    mg_path_set_free(set);
    mg_graph_free(g);
}

/* A complete directed graph: far more paths than the limit, and a budget that runs out. */
static void test_bounds(void)
{
    size_t n = 14, size = n * n * 16 + 64;
    char *text = malloc(size);
    strcpy(text, "source\ttarget\n");
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            if (i != j) sprintf(text + strlen(text), "v%zu\tv%zu\n", i, j);
    mg_graph *g = load(text);
    free(text);
    mg_path_options o = MG_PATH_OPTIONS_INIT;
    o.max_len = 8;
    o.limit = 50;
    mg_path_set *set = find(g, "v0", "v1", &o);
    CHECK(mg_path_set_count(set) == 50);
    CHECK(mg_path_set_truncated(set) && strstr(mg_path_set_truncated(set), "limit"));
    CHECK_STR(chain(g, set, 0), "v0>v1");
    CHECK(mg_path_set_get(set, 49)->length == 3); /* 1 + 12 of length 2, then length 3 */
    mg_path_set_free(set);
    o.limit = 0;
    o.budget = 10000;
    set = find(g, "v0", "v1", &o);
    CHECK(mg_path_set_truncated(set) && strstr(mg_path_set_truncated(set), "budget"));
    mg_path_set_free(set);
    mg_graph_free(g);
}

static void test_effects_and_neighbors(void)
{
    mg_graph *g = load(diamond);
    mg_effect_set *fx = NULL;
    CHECK(mg_effects_find(&fx, g, node(g, "A"), false, NULL) == MG_OK);
    /* B +1, C -1, D +1 (A>D) and D -1 (A>B>D) */
    CHECK(mg_effect_set_count(fx) == 4);
    const mg_effect *e = mg_effect_set_get(fx, 2);
    CHECK(e && e->node == node(g, "D") && e->sign == 1 && e->distance == 1);
    e = mg_effect_set_get(fx, 3);
    CHECK(e && e->node == node(g, "D") && e->sign == -1 && e->distance == 2);
    mg_effect_set_free(fx);
    CHECK(mg_effects_find(&fx, g, node(g, "D"), true, NULL) == MG_OK);
    CHECK(mg_effect_set_count(fx) == 4); /* A +, A -, B -, C - */
    e = mg_effect_set_get(fx, 0);
    CHECK(e && e->node == node(g, "A") && e->sign == 1 && e->path.nodes[0] == node(g, "A"));
    mg_effect_set_free(fx);

    mg_neighborhood nb;
    CHECK(mg_graph_neighborhood(&nb, g, node(g, "B"), 1, MG_DIRECTION_BOTH) == MG_OK);
    CHECK(nb.count == 3 && nb.nodes[0] == node(g, "B") && nb.nodes[1] == node(g, "A") && nb.depth[2] == 1);
    mg_neighborhood_clear(&nb);
    CHECK(mg_graph_neighborhood(&nb, g, node(g, "B"), 2, MG_DIRECTION_OUT) == MG_OK);
    CHECK(nb.count == 2);
    mg_neighborhood_clear(&nb);
    mg_graph_free(g);
}

static void test_bad_options(void)
{
    mg_graph *g = load(diamond);
    mg_path_options o = MG_PATH_OPTIONS_INIT;
    o.max_len = 0;
    mg_id a = node(g, "A"), d = node(g, "D"), bad = 99;
    mg_path_set *set = NULL;
    CHECK(mg_paths_find(&set, g, &a, 1, &d, 1, &o) == MG_EINVAL && set == NULL);
    o = (mg_path_options)MG_PATH_OPTIONS_INIT;
    CHECK(mg_paths_find(&set, g, &bad, 1, &d, 1, &o) == MG_EINVAL);
    o.sign = 3;
    CHECK(mg_paths_find(&set, g, &a, 1, &d, 1, &o) == MG_EINVAL);
    mg_graph_free(g);
}

int main(void)
{
    test_all_paths_and_signs();
    test_signed_shortest();
    test_signed_needs_simple();
    test_conflicts();
    test_filters();
    test_curated();
    test_bounds();
    test_effects_and_neighbors();
    test_bad_options();
    CHECK_DONE();
}
