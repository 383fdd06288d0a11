/* fuzz_lookup.c - a libFuzzer target for finding a node by name (mg_graph_lookup) in the built-in
 * graph: the input is the name a user typed, any bytes. Besides never crashing:
 *   - normalisation says how long the full key is, whatever the buffer, and cuts it cleanly;
 *     on valid UTF-8 it is idempotent (a key normalises to itself);
 *   - a name found says by which rule and through which of the node's names (its id, label or a
 *     synonym); found exactly, it is that name; through the normalised key, it normalises as that
 *     name does and `nodes --match` with it matches the node; by a later rule, the result says
 *     how it read the name;
 *   - candidates (ambiguous matches, suggestions) are distinct nodes of the graph, at most five
 *     suggestions, at least two ambiguous matches, and an ambiguous name says which rule. */
#include "fuzz.h"

#include <string.h>

/* The built-in graph, loaded at the first input and kept (reachable, so no leak). */
static mg_graph *graph;

/* Whether s is well-formed UTF-8 without overlong forms or surrogates. */
static int valid_utf8(const unsigned char *s)
{
    while (*s) {
        size_t n = *s < 0x80 ? 1 : (*s & 0xE0) == 0xC0 ? 2 : (*s & 0xF0) == 0xE0 ? 3 : (*s & 0xF8) == 0xF0 ? 4 : 0;
        if (!n || (n == 2 && *s < 0xC2) || (n == 4 && *s > 0xF4)) return 0;
        for (size_t i = 1; i < n; i++)
            if ((s[i] & 0xC0) != 0x80) return 0;
        if (n == 3 && ((*s == 0xE0 && s[1] < 0xA0) || (*s == 0xED && s[1] >= 0xA0))) return 0;
        if (n == 4 && ((*s == 0xF0 && s[1] < 0x90) || (*s == 0xF4 && s[1] >= 0x90))) return 0;
        s += n;
    }
    return 1;
}

/* Normalises `name` into a malloc'd key; NULL when out of memory. */
static char *key_of(const char *name)
{
    char first[1];
    size_t n = mg_name_normalize(name, first, sizeof first);
    char *key = malloc(n + 1);
    if (key) FUZZ_ASSERT(mg_name_normalize(name, key, n + 1) == n && strlen(key) == n);
    return key;
}

static void check_normalize(const char *name)
{
    char *key = key_of(name);
    if (!key) return;
    size_t n = strlen(key);
    /* a short buffer gets the key's beginning, NUL-terminated, and the full length */
    char small[8];
    for (size_t size = 1; size <= sizeof small; size++) {
        FUZZ_ASSERT(mg_name_normalize(name, small, size) == n);
        size_t kept = n < size - 1 ? n : size - 1;
        FUZZ_ASSERT(small[kept] == '\0' && memcmp(small, key, kept) == 0);
    }
    if (valid_utf8((const unsigned char *)name)) {
        char *again = key_of(key);
        if (again) FUZZ_ASSERT(strcmp(again, key) == 0);
        free(again);
    }
    free(key);
}

/* Whether `name` is one of the node's names (the same pointer or the same text). */
static int is_name_of(const mg_node *node, const char *name)
{
    if (strcmp(node->id, name) == 0 || strcmp(node->label, name) == 0) return 1;
    for (size_t i = 0; i < node->synonym_count; i++)
        if (strcmp(node->synonyms[i], name) == 0) return 1;
    return 0;
}

/* Whether one of the node's names (id, label, synonyms) normalises to `key`. */
static int has_key(const mg_node *node, const char *key)
{
    const char *names[2] = {node->id, node->label};
    int found = 0;
    for (size_t i = 0; i < 2 + node->synonym_count && !found; i++) {
        char *k = key_of(i < 2 ? names[i] : node->synonyms[i - 2]);
        if (!k) return 1; /* out of memory: no verdict */
        found = strcmp(k, key) == 0;
        free(k);
    }
    return found;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!graph && mg_graph_load_default(&graph, NULL) != MG_OK) abort();
    char *name = malloc(size + 1);
    if (!name) return 0;
    memcpy(name, data, size);
    name[size] = '\0'; /* a NUL in the input ends the name, as in argv */
    check_normalize(name);
    mg_lookup_result r = MG_LOOKUP_RESULT_INIT;
    mg_error_t err = mg_graph_lookup(graph, name, &r);
    mg_id count = mg_graph_node_count(graph);
    FUZZ_ASSERT(err == MG_OK || err == MG_ENOTFOUND || err == MG_EAMBIGUOUS || err == MG_ENOMEM);
    if (err == MG_OK) {
        FUZZ_ASSERT(r.node >= 0 && r.node < count && r.candidate_count == 0);
        const mg_node *node = mg_graph_node(graph, r.node);
        FUZZ_ASSERT(r.matched && is_name_of(node, r.matched));
        FUZZ_ASSERT(r.rule >= MG_LOOKUP_EXACT && r.rule <= MG_LOOKUP_PREFIX);
        if (r.rule == MG_LOOKUP_EXACT) {
            FUZZ_ASSERT(strcmp(r.matched, name) == 0 && !r.how);
        } else if (r.rule == MG_LOOKUP_NORMALIZED) {
            char *key = key_of(name);
            if (key) FUZZ_ASSERT(has_key(node, key));
            free(key);
            FUZZ_ASSERT(!r.how);
        } else {
            FUZZ_ASSERT(r.how && *r.how);
        }
        if (r.rule <= MG_LOOKUP_NORMALIZED) FUZZ_ASSERT(mg_node_matches(node, name));
    } else {
        FUZZ_ASSERT(r.node == -1 && !r.matched && !r.how);
        if (err == MG_EAMBIGUOUS) FUZZ_ASSERT(r.rule != MG_LOOKUP_NONE);
        if (err == MG_ENOTFOUND) FUZZ_ASSERT(r.rule == MG_LOOKUP_NONE);
        if (err == MG_ENOTFOUND) FUZZ_ASSERT(r.candidate_count <= 5);
        if (err == MG_EAMBIGUOUS) FUZZ_ASSERT(r.candidate_count >= 2);
        FUZZ_ASSERT(r.candidate_count == 0 || r.candidates);
        for (size_t i = 0; i < r.candidate_count; i++) {
            FUZZ_ASSERT(r.candidates[i] >= 0 && r.candidates[i] < count);
            for (size_t j = 0; j < i; j++) FUZZ_ASSERT(r.candidates[i] != r.candidates[j]);
        }
        FUZZ_ASSERT(mg_last_error() && *mg_last_error());
    }
    mg_lookup_result_clear(&r);
    FUZZ_ASSERT(r.node == -1 && !r.candidates && r.candidate_count == 0 && !r.how && !r.matched);
    free(name);
    return 0;
}
