/*
 * name_key.c - what every rule of the lookup stands on: name normalisation (case, separators,
 * Greek letters, Latin accents) a character at a time, the sorted index of every node's names
 * by key, and the searches in it (equal keys, keys with a prefix).
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

/* U+0100 .. U+017F (Latin Extended-A: Polish, Czech, Turkish, Hungarian ... letters) folded to their
 * base letter; 'J' stands for "ij" and 'O' for "oe". */
static const char latin_extended_a[129] = "aaaaaaccccccccdd" "ddeeeeeeeeeegggg" "gggghhhhiiiiiiii" "iiJJjjkkklllllll"
                                          "lllnnnnnnnnnoooo" "ooOOrrrrrrssssss" "ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs";

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

size_t mg__name_spell(const char *text, uint32_t *cp, char out[8], size_t *n)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t len = decode_utf8(s, cp);
    const char *spelled = NULL;
    char one[3] = {0};
    uint32_t c = *cp;
    if (is_separator(c)) {
        spelled = "";
    } else if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) {
        spelled = greek[c - 0x391];
    } else if (c >= 0x3B1 && c <= 0x3C9) {
        spelled = greek[c - 0x3B1];
    } else if (c == 0xB5) {
        spelled = "mu";
    } else if (c >= 0xC0 && c <= 0xFF) {
        spelled = latin1[c - 0xC0];
    } else if (c >= 0x100 && c <= 0x17F) {
        char base = latin_extended_a[c - 0x100];
        spelled = base == 'J' ? "ij" : base == 'O' ? "oe" : (one[0] = base, one);
    } else if (c == 0x207A) {
        spelled = "+"; /* superscript plus: Lgr5⁺ = Lgr5+ */
    }
    *n = 0;
    if (spelled) {
        for (const char *p = spelled; *p; p++) out[(*n)++] = *p;
    } else if (c < 0x80) {
        out[(*n)++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    } else {
        for (size_t i = 0; i < len; i++) out[(*n)++] = (char)s[i];
    }
    return len;
}

bool mg__name_word_char(uint32_t cp)
{
    if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    /* separators, general punctuation, super- and subscripts, arrows and mathematical signs */
    return !is_separator(cp) && !(cp >= 0x2000 && cp <= 0x2BFF) && cp != 0xD7 && cp != 0xB1;
}

size_t mg_name_normalize(const char *name, char *buf, size_t size)
{
    size_t n = 0;
    while (*name) {
        uint32_t cp;
        char spelled[8];
        size_t len;
        name += mg__name_spell(name, &cp, spelled, &len);
        for (size_t i = 0; i < len; i++, n++)
            if (n + 1 < size) buf[n] = spelled[i];
    }
    if (size) buf[n < size ? n : size - 1] = '\0';
    return n;
}

#define KEY_MAX MG_KEY_MAX

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

/* The name index sorted in two halves at once (each a stable merge sort: glibc's qsort), then
 * merged taking the first half's entry on a tie: the order a stable sort of the whole gives,
 * for any thread count. */
typedef struct {
    mg_name_entry *names;
    size_t half, count;
} sort_job;

static void sort_half(void *context, size_t piece)
{
    sort_job *job = context;
    if (piece) qsort(job->names + job->half, job->count - job->half, sizeof *job->names, compare_entries);
    else qsort(job->names, job->half, sizeof *job->names, compare_entries);
}

static mg_error_t sort_names(mg_name_entry **names, size_t count)
{
    if (count < 65536) {
        qsort(*names, count, sizeof **names, compare_entries);
        return MG_OK;
    }
    mg_name_entry *merged = malloc(count * sizeof *merged);
    if (!merged) return mg__fail(MG_ENOMEM, "out of memory");
    sort_job job = {*names, count / 2, count};
    mg__parallel_for(2, sort_half, &job);
    size_t a = 0, b = job.half, k = 0;
    while (a < job.half && b < count) merged[k++] = compare_entries(&job.names[b], &job.names[a]) < 0 ? job.names[b++] : job.names[a++];
    while (a < job.half) merged[k++] = job.names[a++];
    while (b < count) merged[k++] = job.names[b++];
    free(*names);
    *names = merged;
    return MG_OK;
}

mg_error_t mg__graph_index_nodes(mg_graph *g)
{
    /* a reader may have built the id map already, as it read (io_tsv.c): then it is kept */
    bool fill = g->id_map.capacity == 0;
    mg_error_t err = fill ? mg_hashmap_init(&g->id_map, g->node_count) : MG_OK;
    if (err) return err;
    size_t total = 0;
    for (size_t i = 0; i < g->node_count; i++) total += 2 + g->nodes[i].synonym_count;
    g->names = malloc((total ? total : 1) * sizeof *g->names);
    if (!g->names) return mg__fail(MG_ENOMEM, "out of memory");
    size_t k = 0;
    for (size_t i = 0; i < g->node_count; i++) {
        const mg_node *nd = &g->nodes[i];
        if (fill && (err = mg_hashmap_put(&g->id_map, nd->id, (mg_id)i))) return err;
        const char *key = arena_key(g, nd->id);
        if (!key) return mg__fail(MG_ENOMEM, "out of memory");
        g->names[k++] = (mg_name_entry){key, nd->id, (mg_id)i, 1};
        if (nd->label != nd->id && strcmp(nd->label, nd->id) != 0) {
            if (!(key = arena_key(g, nd->label))) return mg__fail(MG_ENOMEM, "out of memory");
            g->names[k++] = (mg_name_entry){key, nd->label, (mg_id)i, 2};
        }
        for (size_t s = 0; s < nd->synonym_count; s++) {
            if (!(key = arena_key(g, nd->synonyms[s]))) return mg__fail(MG_ENOMEM, "out of memory");
            g->names[k++] = (mg_name_entry){key, nd->synonyms[s], (mg_id)i, 3};
        }
    }
    if ((err = sort_names(&g->names, k))) return err;
    g->name_count = k;
    return MG_OK;
}

mg_id mg_graph_find_id(const mg_graph *graph, const char *id)
{
    return mg_hashmap_get(&graph->id_map, id, strlen(id));
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

void mg__names_equal_range(const mg_graph *g, const char *key, size_t *lo, size_t *hi)
{
    *lo = *hi = lower_bound(g, key);
    while (*hi < g->name_count && strcmp(g->names[*hi].key, key) == 0) (*hi)++;
}

void mg__names_prefix_range(const mg_graph *g, const char *key, size_t *lo, size_t *hi)
{
    size_t len = strlen(key);
    *lo = lower_bound(g, key);
    /* the keys that begin with `key` are contiguous in sorted order: find the end by bisection */
    size_t a = *lo, b = g->name_count;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (strncmp(g->names[mid].key, key, len) == 0) a = mid + 1;
        else b = mid;
    }
    *hi = a;
}

/* A candidate with the id it is sorted by (qsort has no context argument, so the id travels). */
typedef struct {
    mg_id node;
    const char *id;
} by_id;

static int compare_by_id(const void *pa, const void *pb)
{
    return strcmp(((const by_id *)pa)->id, ((const by_id *)pb)->id);
}

mg_error_t mg__lookup_set_candidates(const mg_graph *g, mg_lookup_result *result, const mg_id *nodes, size_t count)
{
    by_id *v = malloc((count ? count : 1) * sizeof *v);
    result->candidates = malloc((count ? count : 1) * sizeof *result->candidates);
    if (!v || !result->candidates) {
        free(v);
        free(result->candidates);
        result->candidates = NULL;
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < count; i++) v[i] = (by_id){nodes[i], g->nodes[nodes[i]].id};
    /* ids are unique: the order is total, the same whatever order the nodes came in */
    qsort(v, count, sizeof *v, compare_by_id);
    for (size_t i = 0; i < count; i++) result->candidates[i] = v[i].node;
    result->candidate_count = count;
    free(v);
    return MG_OK;
}

