/*
 * names.c - finding the node a user means: name normalisation (case, separators, Greek letters,
 * Latin accents), the sorted name index, lookup by tiers, and suggestions for unknown names.
 */
#include "core/core.h"

#include <stdlib.h>
#include <string.h>

static const char *const greek[25] = {
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
    "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma" /* final sigma */,
    "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
};

/* U+00C0 .. U+00FF folded to ASCII; "" drops the character, NULL keeps it as it is. */
static const char *const latin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "y",
};

/* Decodes one UTF-8 sequence at s; returns its length (1 for an invalid byte, read as is).
 * Overlong forms are invalid: read as letters, C0 80 would put a NUL in a key (ending it early,
 * so that "Sirt6" followed by C0 80 and anything found SIRT6) and C1 93 would spell 's'. */
static size_t decode_utf8(const unsigned char *s, uint32_t *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if ((s[0] & 0xE0) == 0xC0 && s[0] >= 0xC2 && (s[1] & 0xC0) == 0x80) {
        *cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if ((s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[0] != 0xE0 || s[1] >= 0xA0) && (s[2] & 0xC0) == 0x80) {
        *cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    *cp = 0xFFFFFFFF; /* anything else is copied byte by byte */
    return 1;
}

static bool is_separator(uint32_t cp)
{
    return cp == ' ' || cp == '-' || cp == '_' || cp == '.' || cp == '\t' || cp == '\'' || cp == 0xA0 ||
           cp == 0xAD || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2019 || cp == 0x2212;
}

size_t mg_name_normalize(const char *name, char *buf, size_t size)
{
    const unsigned char *s = (const unsigned char *)name;
    size_t n = 0;
#define PUT(ch)                               \
    do {                                      \
        if (n + 1 < size) buf[n] = (char)(ch); \
        n++;                                  \
    } while (0)
    while (*s) {
        uint32_t cp;
        size_t len = decode_utf8(s, &cp);
        const char *spelled = NULL;
        if (is_separator(cp)) {
            spelled = "";
        } else if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) {
            spelled = greek[cp - 0x391];
        } else if (cp >= 0x3B1 && cp <= 0x3C9) {
            spelled = greek[cp - 0x3B1];
        } else if (cp == 0xB5) {
            spelled = "mu";
        } else if (cp >= 0xC0 && cp <= 0xFF) {
            spelled = latin1[cp - 0xC0];
        }
        if (spelled) {
            for (const char *p = spelled; *p; p++) PUT(*p);
        } else if (cp < 0x80) {
            PUT(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        } else {
            for (size_t i = 0; i < len; i++) PUT(s[i]);
        }
        s += len;
    }
    if (size) buf[n < size ? n : size - 1] = '\0';
#undef PUT
    return n;
}

/* Every name in a graph is at most MG_NAME_MAX bytes, and spelling out a Greek letter (2 bytes)
 * takes at most 7 ("omicron"): a key of any graph name fits in KEY_MAX. A longer query cannot
 * equal or be contained in any key, so it needs no bigger buffer either. */
#define KEY_MAX (MG_NAME_MAX * 4)

/* Normalised copy of `name` in the graph's arena. */
static const char *arena_key(mg_graph *g, const char *name)
{
    char key[KEY_MAX];
    size_t n = mg_name_normalize(name, key, sizeof key);
    return mg_arena_strndup(&g->arena, key, n < sizeof key ? n : sizeof key - 1);
}

static int compare_entries(const void *pa, const void *pb)
{
    const mg_name_entry *a = pa, *b = pb;
    int c = strcmp(a->key, b->key);
    if (c) return c;
    if (a->tier != b->tier) return a->tier - b->tier;
    return (a->node > b->node) - (a->node < b->node);
}

mg_error_t mg__graph_index_nodes(mg_graph *g)
{
    mg_error_t err = mg_hashmap_init(&g->id_map, g->node_count);
    if (err) return err;
    size_t total = 0;
    for (size_t i = 0; i < g->node_count; i++) total += 2 + g->nodes[i].synonym_count;
    g->names = malloc((total ? total : 1) * sizeof *g->names);
    if (!g->names) return mg__fail(MG_ENOMEM, "out of memory");
    size_t k = 0;
    for (size_t i = 0; i < g->node_count; i++) {
        const mg_node *nd = &g->nodes[i];
        if ((err = mg_hashmap_put(&g->id_map, nd->id, (mg_id)i))) return err;
        const char *key = arena_key(g, nd->id);
        if (!key) return mg__fail(MG_ENOMEM, "out of memory");
        g->names[k++] = (mg_name_entry){key, (mg_id)i, 1};
        if (nd->label != nd->id && strcmp(nd->label, nd->id) != 0) {
            if (!(key = arena_key(g, nd->label))) return mg__fail(MG_ENOMEM, "out of memory");
            g->names[k++] = (mg_name_entry){key, (mg_id)i, 2};
        }
        for (size_t s = 0; s < nd->synonym_count; s++) {
            if (!(key = arena_key(g, nd->synonyms[s]))) return mg__fail(MG_ENOMEM, "out of memory");
            g->names[k++] = (mg_name_entry){key, (mg_id)i, 3};
        }
    }
    qsort(g->names, k, sizeof *g->names, compare_entries);
    g->name_count = k;
    return MG_OK;
}

mg_id mg_graph_find_id(const mg_graph *graph, const char *id)
{
    return mg_hashmap_get(&graph->id_map, id, strlen(id));
}

void mg_lookup_result_clear(mg_lookup_result *result)
{
    free(result->candidates);
    result->node = -1;
    result->candidates = NULL;
    result->candidate_count = 0;
}

/* First index whose key is >= key. */
static size_t lower_bound(const mg_graph *g, const char *key)
{
    size_t lo = 0, hi = g->name_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(g->names[mid].key, key) < 0) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}


/* A candidate with what it is sorted by (qsort has no context argument, so the id travels). */
typedef struct {
    mg_id node;
    size_t distance;
    const char *id;
} scored;

static int compare_scored(const void *pa, const void *pb)
{
    const scored *a = pa, *b = pb;
    if (a->distance != b->distance) return a->distance < b->distance ? -1 : 1;
    return strcmp(a->id, b->id);
}

/* Sorts candidates by distance, then id, and keeps the first `keep` in result. */
static mg_error_t keep_best(const mg_graph *g, scored *v, size_t n, size_t keep, mg_lookup_result *result)
{
    for (size_t i = 0; i < n; i++) v[i].id = g->nodes[v[i].node].id;
    qsort(v, n, sizeof *v, compare_scored);
    if (n > keep) n = keep;
    if (!n) return MG_OK;
    result->candidates = malloc(n * sizeof *result->candidates);
    if (!result->candidates) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t i = 0; i < n; i++) result->candidates[i] = v[i].node;
    result->candidate_count = n;
    return MG_OK;
}

#define MAX_SUGGESTIONS 5

static bool contains(const scored *v, size_t n, mg_id x)
{
    for (size_t i = 0; i < n; i++)
        if (v[i].node == x) return true;
    return false;
}

static mg_error_t suggest(const mg_graph *g, const char *key, mg_lookup_result *result)
{
    size_t len = strlen(key);
    size_t cap = len / 3 > 2 ? len / 3 : 2;
    scored *best = malloc(g->node_count ? g->node_count * sizeof *best : 1);
    if (!best) return mg__fail(MG_ENOMEM, "out of memory");
    size_t nbest = 0;
    /* best distance per node, over all its names */
    size_t *dist = malloc((g->node_count ? g->node_count : 1) * sizeof *dist);
    if (!dist) {
        free(best);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < g->node_count; i++) dist[i] = SIZE_MAX;
    for (size_t i = 0; i < g->name_count; i++) {
        const mg_name_entry *e = &g->names[i];
        size_t elen = strlen(e->key);
        size_t d = mg__edit_distance(key, len, e->key, elen, cap);
        /* a name that starts with what was typed is a good suggestion however long it is */
        if (d > cap && len >= 3 && elen > len && strncmp(e->key, key, len) == 0) d = cap;
        /* a name that must be rewritten whole is no suggestion ('Z' is not close to 'A') */
        if (d <= cap && d < len && d < dist[e->node]) dist[e->node] = d;
    }
    for (size_t i = 0; i < g->node_count; i++)
        if (dist[i] != SIZE_MAX) best[nbest++] = (scored){(mg_id)i, dist[i], NULL};
    free(dist);
    mg_error_t err = keep_best(g, best, nbest, MAX_SUGGESTIONS, result);
    free(best);
    return err;
}

mg_error_t mg_graph_lookup(const mg_graph *graph, const char *name, mg_lookup_result *result)
{
    mg_init();
    mg_lookup_result_clear(result);
    mg_id exact = mg_graph_find_id(graph, name);
    if (exact >= 0) {
        result->node = exact;
        return MG_OK;
    }
    char key[KEY_MAX];
    size_t n = mg_name_normalize(name, key, sizeof key);
    if (n == 0 || n >= sizeof key) return mg__fail(MG_ENOTFOUND, "no node named '%s'", name);
    mg_error_t err = MG_OK;
    size_t lo = lower_bound(graph, key), hi = lo;
    while (hi < graph->name_count && strcmp(graph->names[hi].key, key) == 0) hi++;
    if (lo == hi) {
        err = suggest(graph, key, result);
        return err ? err : mg__fail(MG_ENOTFOUND, "no node named '%s'", name);
    }
    /* entries are sorted by tier within a key: the best tier is at lo */
    int tier = graph->names[lo].tier;
    size_t count = 0;
    scored *found = malloc((hi - lo) * sizeof *found);
    if (!found) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t i = lo; i < hi && graph->names[i].tier == tier; i++)
        if (!contains(found, count, graph->names[i].node)) found[count++] = (scored){graph->names[i].node, 0, NULL};
    if (count == 1) {
        result->node = found[0].node;
    } else {
        err = keep_best(graph, found, count, count, result);
        if (!err) err = mg__fail(MG_EAMBIGUOUS, "'%s' is ambiguous", name);
    }
    free(found);
    return err;
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
