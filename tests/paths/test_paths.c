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

/* Context coherence (issue 16), on a graph worked out by hand: S reaches the disease D1 through X
 * (both hops in D1; the second written by a synonym), through W (the first hop names no disease:
 * it fits any), and through Y (first hop in D2: a bridge); Sub is_a S. */
static const char *contexts_graph =
    "{\"format\": \"mechgraph-1\", \"references\": [{\"id\": \"r1\", \"citation\": \"R1\"}, {\"id\": \"r2\", "
    "\"citation\": \"R2\"}, {\"id\": \"r3\", \"citation\": \"R3\"}, {\"id\": \"r4\", \"citation\": \"R4\", \"cautions\": "
    "[{\"code\": \"doi-as-printed\", \"text\": \"t\"}]}],"
    " \"nodes\": [{\"id\": \"S\", \"type\": \"vesicle\"}, {\"id\": \"Sub\", \"type\": \"vesicle\"}, {\"id\": \"X\", "
    "\"type\": \"gene\"}, {\"id\": \"Y\", \"type\": \"process\"}, {\"id\": \"W\", \"type\": \"gene\"}, {\"id\": \"Z\", "
    "\"type\": \"gene\"}, {\"id\": \"D1\", \"type\": \"disease\", \"synonyms\": [\"renal ischemia\"]}, {\"id\": \"D2\", "
    "\"type\": \"disease\"}],"
    " \"edges\": ["
    "{\"source\": \"S\", \"target\": \"X\", \"relation\": \"activates\", \"evidence\": [{\"ref\": \"r1\", \"disease\": "
    "\"D1\", \"organism\": \"rat\", \"system\": \"in vivo\"}]},"
    "{\"source\": \"X\", \"target\": \"D1\", \"relation\": \"drives\", \"evidence\": [{\"ref\": \"r2\", \"disease\": "
    "\"Renal Ischemia\", \"organism\": \"mouse\", \"system\": \"in vivo and in vitro\"}, {\"ref\": \"r3\", \"disease\": "
    "\"D2\"}]},"
    "{\"source\": \"S\", \"target\": \"W\", \"relation\": \"upregulates\", \"evidence\": [{\"ref\": \"r4\", "
    "\"cautions\": [{\"code\": \"misprint\", \"text\": \"m\"}]}]},"
    "{\"source\": \"W\", \"target\": \"D1\", \"relation\": \"drives\", \"evidence\": [{\"ref\": \"r1\", \"disease\": "
    "\"D1\", \"organism\": \"rat\", \"system\": \"in vivo\"}]},"
    "{\"source\": \"S\", \"target\": \"Y\", \"relation\": \"inhibits\", \"evidence\": [{\"ref\": \"r3\", \"disease\": "
    "\"D2\"}]},"
    "{\"source\": \"Y\", \"target\": \"D1\", \"relation\": \"drives\", \"evidence\": [{\"ref\": \"r2\", \"disease\": "
    "\"D1\"}, {\"ref\": \"r1\", \"disease\": \"D1\"}]},"
    "{\"source\": \"Sub\", \"target\": \"S\", \"relation\": \"is_a\"},"
    "{\"source\": \"Sub\", \"target\": \"D1\", \"relation\": \"alleviates\", \"evidence\": [{\"ref\": \"r3\", "
    "\"disease\": \"D1\"}]},"
    "{\"source\": \"Sub\", \"target\": \"Z\", \"relation\": \"upregulates\", \"evidence\": [{\"ref\": \"r3\"}]}]}";

static void test_coherence(void)
{
    mg_graph *g = NULL;
    CHECK(mg_graph_load_buffer(&g, contexts_graph, strlen(contexts_graph), "c.json", MG_INPUT_AUTO, NULL) == MG_OK);
    if (!g) return;
    mg_path_options o = MG_PATH_OPTIONS_INIT;
    mg_path_set *set = find(g, "S", "D1", &o);
    /* coherent first (by length, studies, ids), the mixed one last; Sub's path as a subtype's */
    CHECK(mg_path_set_count(set) == 4);
    CHECK_STR(chain(g, set, 0), "Sub>D1");
    CHECK_STR(chain(g, set, 1), "S>X>D1"); /* 3 studies in any context, against 2 */
    CHECK_STR(chain(g, set, 2), "S>W>D1");
    CHECK_STR(chain(g, set, 3), "S>Y>D1");
    const mg_path *sub = mg_path_set_get(set, 0), *x = mg_path_set_get(set, 1), *w = mg_path_set_get(set, 2),
                  *y = mg_path_set_get(set, 3);
    if (sub && w && x && y) {
        CHECK(sub->via_subtype && !w->via_subtype);
        /* coherent: both hops in D1 (r3's D2 evidence on X>D1 does not count), a synonym mapped to D1 */
        CHECK(x->context->coherent);
        CHECK(x->context->context_count == 1 && strcmp(x->context->contexts[0], "D1") == 0);
        CHECK(x->context->studies == 2 && x->studies == 3);
        CHECK(x->context->organism_count == 2 && !x->context->support_agrees); /* mouse and rat */
        CHECK(x->context->system_count == 2);
        CHECK(x->context->bridge_count == 0 && x->context->segment_count == 1);
        /* no disease named on the first hop: a wildcard; its cautions, evidence and citation */
        CHECK(w->context->coherent && w->context->context_count == 1);
        CHECK(w->context->support_agrees);
        CHECK(w->context->caution_count == 2);
        if (w->context->caution_count == 2) {
            CHECK_STR(w->context->cautions[0].caution->code, "misprint");
            CHECK(!w->context->cautions[0].citation && w->context->cautions[1].citation);
        }
        /* mixed: one bridge at the second hop, studies per segment */
        CHECK(!y->context->coherent && y->context->context_count == 0);
        CHECK(y->context->segment_count == 2 && y->context->bridge_count == 1);
        if (y->context->bridge_count == 1) {
            CHECK(y->context->bridges[0].hop == 1);
            CHECK_STR(y->context->bridges[0].from, "D2");
            CHECK_STR(y->context->bridges[0].to, "D1");
            CHECK(y->context->segments[0].studies == 1 && y->context->segments[1].studies == 2);
            CHECK(y->context->segments[1].first_hop == 1 && y->context->segments[1].hop_count == 1);
        }
        CHECK(y->context->studies == 3);
        /* any path's context, computed apart, says the same */
        mg_path_context *c = NULL;
        CHECK(mg_path_context_compute(&c, g, y, NULL) == MG_OK);
        CHECK(c && !c->coherent && c->bridge_count == 1 && c->studies == 3);
        mg_path_context_free(c);
        mg_path_context_free(NULL);
    }
    mg_path_set_free(set);
    /* only coherent ones; no subtypes; the limit keeps the best coherent one */
    o.coherent_only = true;
    set = find(g, "S", "D1", &o);
    CHECK(mg_path_set_count(set) == 3);
    mg_path_set_free(set);
    o.coherent_only = false;
    o.subtypes = false;
    o.limit = 1;
    set = find(g, "S", "D1", &o);
    CHECK(mg_path_set_count(set) == 1);
    CHECK_STR(chain(g, set, 0), "S>X>D1");
    mg_path_set_free(set);
    /* in the D2 context no path reaches D1: Y>D1 and W>D1 have no D2 evidence, S>X none either */
    o = (mg_path_options)MG_PATH_OPTIONS_INIT;
    o.context = "D2";
    set = find(g, "S", "D1", &o);
    CHECK(mg_path_set_count(set) == 0);
    mg_path_set_free(set);
    mg_graph_free(g);
}

static void test_subtype_effects(void)
{
    mg_graph *g = NULL;
    CHECK(mg_graph_load_buffer(&g, contexts_graph, strlen(contexts_graph), "c.json", MG_INPUT_AUTO, NULL) == MG_OK);
    if (!g) return;
    mg_path_options o = MG_PATH_OPTIONS_INIT;
    mg_effect_set *set = NULL;
    /* a subtype's own effects: D1 and Z, not S's (X, Y, W) */
    CHECK(mg_effects_find(&set, g, node(g, "Sub"), false, &o) == MG_OK);
    CHECK(mg_effect_set_count(set) == 2);
    mg_effect_set_free(set);
    o.inherited = true;
    CHECK(mg_effects_find(&set, g, node(g, "Sub"), false, &o) == MG_OK);
    CHECK(mg_effect_set_count(set) == 7); /* S itself, X, Y, W, Z, D1 + and D1 - */
    mg_effect_set_free(set);
    /* the parent: X, Y, W, D1 +, D1 -, and Z only through Sub */
    o = (mg_path_options)MG_PATH_OPTIONS_INIT;
    CHECK(mg_effects_find(&set, g, node(g, "S"), false, &o) == MG_OK);
    size_t via = 0, n = mg_effect_set_count(set);
    for (size_t i = 0; i < n; i++) via += mg_effect_set_get(set, i)->path.via_subtype;
    CHECK(n == 6 && via == 1);
    /* D1 + is reached through X (coherent, kept) */
    for (size_t i = 0; i < n; i++) {
        const mg_effect *e = mg_effect_set_get(set, i);
        if (e->node == node(g, "Z")) CHECK(e->path.via_subtype && e->path.nodes[0] == node(g, "Sub"));
        if (e->node == node(g, "D1") && e->sign < 0) CHECK(!e->path.context->coherent); /* only S>Y>D1 */
    }
    mg_effect_set_free(set);
    o.subtypes = false;
    CHECK(mg_effects_find(&set, g, node(g, "S"), false, &o) == MG_OK);
    CHECK(mg_effect_set_count(set) == 5);
    mg_effect_set_free(set);
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
    test_coherence();
    test_subtype_effects();
    CHECK_DONE();
}
