/*
 * names.c - finding the node a user means: the lookup's rules in order. The exact name and the
 * normalised key are here; the rules after them are name_rules.c's, the suggestions for a name
 * nothing finds name_suggest.c's, the keys and the index name_key.c's.
 */
#include "core/core.h"

#include <stdlib.h>
#include <string.h>

#define KEY_MAX MG_KEY_MAX

const char *mg_lookup_rule_name(mg_lookup_rule rule)
{
    static const char *const names[] = {"none", "exact", "normalized", "number", "generic-word", "abbreviation",
                                        "prefix", "words"};
    return (unsigned)rule < sizeof names / sizeof *names ? names[rule] : NULL;
}

void mg_lookup_result_clear(mg_lookup_result *result)
{
    free(result->candidates);
    free(result->how);
    *result = (mg_lookup_result)MG_LOOKUP_RESULT_INIT;
}

/* The first two rules over the entries [lo, hi) that share the name's key: the names written
 * exactly so, else the best tier (id, label, synonym). `nodes` has room for hi - lo. */
static mg_error_t decide_key(const mg_graph *g, const char *name, size_t lo, size_t hi, mg_id *nodes,
                             mg_lookup_result *result)
{
    size_t count = 0;
    const char *matched = NULL;
    result->rule = MG_LOOKUP_EXACT;
    for (size_t i = lo; i < hi; i++) {
        if (strcmp(g->names[i].name, name) != 0) continue;
        if (!matched) matched = g->names[i].name;
        bool seen = false;
        for (size_t k = 0; k < count; k++) seen = seen || nodes[k] == g->names[i].node;
        if (!seen) nodes[count++] = g->names[i].node;
    }
    if (count == 0) {
        /* entries are sorted by tier within a key: the best tier is at lo */
        result->rule = MG_LOOKUP_NORMALIZED;
        matched = g->names[lo].name;
        for (size_t i = lo; i < hi && g->names[i].tier == g->names[lo].tier; i++) {
            bool seen = false;
            for (size_t k = 0; k < count; k++) seen = seen || nodes[k] == g->names[i].node;
            if (!seen) nodes[count++] = g->names[i].node;
        }
    }
    if (count == 1) {
        result->node = nodes[0];
        result->matched = matched;
        return MG_OK;
    }
    mg_error_t err = mg__lookup_set_candidates(g, result, nodes, count);
    return err ? err : mg__fail(MG_EAMBIGUOUS, "'%s' is ambiguous", name);
}

mg_error_t mg_graph_lookup(const mg_graph *graph, const char *name, mg_lookup_result *result)
{
    mg_init();
    mg_lookup_result_clear(result);
    mg_id exact = mg_graph_find_id(graph, name);
    if (exact >= 0) {
        result->node = exact;
        result->rule = MG_LOOKUP_EXACT;
        result->matched = graph->nodes[exact].id;
        return MG_OK;
    }
    char key[KEY_MAX];
    size_t n = mg_name_normalize(name, key, sizeof key);
    if (n == 0 || n >= sizeof key) return mg__fail(MG_ENOTFOUND, "no node named '%s'", name);
    size_t lo, hi;
    mg__names_equal_range(graph, key, &lo, &hi);
    if (lo < hi) {
        mg_id *nodes = malloc((hi - lo) * sizeof *nodes);
        if (!nodes) return mg__fail(MG_ENOMEM, "out of memory");
        mg_error_t err = decide_key(graph, name, lo, hi, nodes, result);
        free(nodes);
        if (err && err != MG_EAMBIGUOUS) mg_lookup_result_clear(result);
        return err;
    }
    mg_id hint = -1;
    mg_error_t err = mg__lookup_by_rules(graph, name, key, result, &hint);
    if (err == MG_OK && result->node >= 0) return MG_OK;
    if (err == MG_OK && result->candidate_count) return mg__fail(MG_EAMBIGUOUS, "'%s' is ambiguous", name);
    if (err == MG_OK) {
        mg_lookup_result_clear(result);
        err = mg__lookup_suggest(graph, name, key, hint, 5, result);
    }
    if (err) {
        mg_lookup_result_clear(result);
        return err;
    }
    return mg__fail(MG_ENOTFOUND, "no node named '%s'", name);
}

static bool key_contains(const char *name, const char *pattern_key)
{
    char key[KEY_MAX];
    mg_name_normalize(name, key, sizeof key);
    return strstr(key, pattern_key) != NULL;
}

int mg_node_matches(const mg_node *node, const char *pattern)
{
    char pkey[KEY_MAX];
    if (mg_name_normalize(pattern, pkey, sizeof pkey) >= sizeof pkey) return 0;
    if (key_contains(node->id, pkey) || key_contains(node->label, pkey)) return 1;
    for (size_t i = 0; i < node->synonym_count; i++)
        if (key_contains(node->synonyms[i], pkey)) return 1;
    return 0;
}
