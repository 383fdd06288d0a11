/*
 * name_rules.c - the lookup's rules after the normalised key, for names as biologists type them:
 * the last word in the singular or plural, a trailing generic word dropped, added or replaced,
 * the abbreviation table, a prefix up to a word boundary, and whole words inside several names
 * (which only makes a name ambiguous). The word lists and the abbreviation table are data, here
 * at the top; docs/format.md ("Names") lists them for users.
 */
#include "core/core.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Words that say what kind of thing a name is rather than which one: a name may end with one or
 * two of them ("ERK1/2 signaling pathway"), and they are dropped to find the node. "activation":
 * the curated graph encodes a cell's activation as the cell ("impeding mast cell activation" is
 * iMSC-EV inhibits mast cell); a node named with it ("NK cell activation") is found exactly first. */
static const char *const generic_words[] = {"pathway", "pathways", "signaling", "signalling", "cells", "cell",
                                            "disease", "injury", "activation"};

/* What is tried after a name (or after what is left once its generic words are dropped). */
static const char *const generic_additions[] = {"pathway", "signaling pathway", "signaling", "cell", "cells",
                                                "disease", "injury"};

/* Abbreviations and what they stand for: each row, phrases read as one another where they stand
 * as whole words (case ignored). Plurals are rows of their own, written as the reviews write
 * them. A graph's own abbreviations are synonyms of its nodes; this table serves the names
 * built from them ("liver I/R", "iPSC-MSC-EVs", "IL-6"). */
#define ABBREVIATION_WIDTH 6
static const char *const abbreviations[][ABBREVIATION_WIDTH] = {
    {"I/R", "ischemia/reperfusion", "ischemia-reperfusion", "ischaemia/reperfusion", "ischaemia-reperfusion", NULL},
    {"EV", "extracellular vesicle", NULL},
    {"EVs", "extracellular vesicles", NULL},
    {"sEV", "small extracellular vesicle", NULL},
    {"sEVs", "small extracellular vesicles", NULL},
    {"exo", "exosome", NULL},
    {"exos", "exosomes", NULL},
    {"iMSC", "iPSC-MSC", "iPSC-derived MSC", NULL},
    {"iMSCs", "iPSC-MSCs", "iPSC-derived MSCs", NULL},
    {"MSC", "mesenchymal stem cell", "mesenchymal stromal cell", NULL},
    {"MSCs", "mesenchymal stem cells", "mesenchymal stromal cells", NULL},
    {"iPSC", "induced pluripotent stem cell", NULL},
    {"iPSCs", "induced pluripotent stem cells", NULL},
    {"miR", "microRNA", "miRNA", NULL},
    {"IL", "interleukin", NULL},
    {"IFN", "interferon", NULL},
    {"TNF", "tumor necrosis factor", "tumour necrosis factor", NULL},
    {"TGF", "transforming growth factor", NULL},
    {"NK", "natural killer", NULL},
    {"DC", "dendritic cell", NULL},
    {"DCs", "dendritic cells", NULL},
    {"Treg", "regulatory T cell", NULL},
    {"Tregs", "regulatory T cells", NULL},
    {"ER", "endoplasmic reticulum", NULL},
    {"ROS", "reactive oxygen species", NULL},
};

#define COUNT(a) (sizeof(a) / sizeof *(a))
/* Rewritten names tried at most, and their longest: the rules stay a bounded number of binary
 * searches whatever is typed. */
#define MAX_VARIANTS 256
#define MAX_TEXT (MG_NAME_MAX * 2)

/* ---- rewritten names ---- */

typedef struct {
    char *text;  /* the name as rewritten */
    char *how;   /* the rewriting in words ("adding 'pathway'"), "" for none */
    size_t len;  /* strlen(text) */
    int row;     /* the last abbreviation row used, -1 for none */
} variant;

typedef struct {
    const char *name; /* the name typed: never a variant of itself */
    variant *v;
    size_t count;
    bool failed; /* out of memory */
} variants;

static void variants_free(variants *vs)
{
    for (size_t i = 0; i < vs->count; i++) {
        free(vs->v[i].text);
        free(vs->v[i].how);
    }
    free(vs->v);
}

/* Adds `text` (unless known), rewritten from a name read `how` and then as `fmt` says. */
static void vadd(variants *vs, const mg_buffer *text, const char *how, int row, const char *fmt, ...) MG_PRINTF(5, 6);
static void vadd(variants *vs, const mg_buffer *text, const char *how, int row, const char *fmt, ...)
{
    if (vs->failed || text->failed) {
        vs->failed = vs->failed || text->failed;
        return;
    }
    if (vs->count >= MAX_VARIANTS || text->len == 0 || text->len > MAX_TEXT) return;
    if (text->len == strlen(vs->name) && memcmp(text->data, vs->name, text->len) == 0) return;
    for (size_t i = 0; i < vs->count; i++)
        if (vs->v[i].len == text->len && memcmp(vs->v[i].text, text->data, text->len) == 0) return;
    if (!vs->v && !(vs->v = malloc(MAX_VARIANTS * sizeof *vs->v))) {
        vs->failed = true;
        return;
    }
    mg_buffer h = {0};
    if (*how) {
        mg__buffer_puts(&h, how);
        mg__buffer_puts(&h, ", ");
    }
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    int need = vsnprintf(NULL, 0, fmt, ap);
    char *piece = need >= 0 ? malloc((size_t)need + 1) : NULL;
    if (piece) vsnprintf(piece, (size_t)need + 1, fmt, again);
    va_end(again);
    va_end(ap);
    if (piece) mg__buffer_puts(&h, piece);
    else h.failed = true;
    free(piece);
    char *copy = malloc(text->len + 1);
    if (!copy || h.failed || !h.data) {
        free(copy);
        mg__buffer_free(&h);
        vs->failed = true;
        return;
    }
    memcpy(copy, text->data, text->len);
    copy[text->len] = '\0';
    vs->v[vs->count++] = (variant){copy, h.data, text->len, row};
}

/* ---- words, as ASCII sees them: the rules' words (cells, pathway, I/R, exo) are ASCII ---- */

static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }
static bool alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80;
}
static bool alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* The last word of s[0, end): its start and end (trailing punctuation skipped); false if none. */
static bool last_word(const char *s, size_t end, size_t *ws, size_t *we)
{
    while (end > 0 && !alnum(s[end - 1])) end--;
    size_t start = end;
    while (start > 0 && alnum(s[start - 1])) start--;
    *ws = start;
    *we = end;
    return end > start;
}

static bool ends_with(const char *w, size_t len, const char *suffix)
{
    size_t n = strlen(suffix);
    if (n > len) return false;
    for (size_t i = 0; i < n; i++)
        if (lower(w[len - n + i]) != suffix[i]) return false;
    return true;
}

static bool equal_fold(const char *a, size_t alen, const char *b)
{
    size_t blen = strlen(b);
    if (alen != blen) return false;
    for (size_t i = 0; i < alen; i++)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

/* s with s[at, at + del) replaced by `ins` (of `ilen` bytes), into b. */
static void splice(mg_buffer *b, const char *s, size_t at, size_t del, const char *ins, size_t ilen)
{
    b->len = 0;
    mg__buffer_append(b, s, at);
    mg__buffer_append(b, ins, ilen);
    mg__buffer_puts(b, s + at + del);
}

/* ---- the rules' rewritings ---- */

/* The last word in the other number: Tregs -> Treg, cells -> cell, ... and cell -> cells. Regular
 * English plurals only, and only for words of letters at their end. */
static void add_number(variants *vs, const char *base, const char *how)
{
    size_t ws, we;
    if (!last_word(base, strlen(base), &ws, &we)) return;
    const char *w = base + ws;
    size_t len = we - ws;
    if (!alpha(w[len - 1])) return;
    mg_buffer b = {0};
    const struct {
        const char *suffix, *replacement;
        size_t min_len;
    } singular[] = {{"ies", "y", 5}, {"ses", "s", 5}, {"xes", "x", 4}, {"zes", "z", 4}, {"ches", "ch", 5},
                    {"shes", "sh", 5}, {"s", "", 3}};
    if (ends_with(w, len, "s")) {
        if (ends_with(w, len, "ss") || ends_with(w, len, "us") || ends_with(w, len, "is")) return;
        for (size_t i = 0; i < COUNT(singular); i++) {
            size_t n = strlen(singular[i].suffix);
            if (len < singular[i].min_len || !ends_with(w, len, singular[i].suffix)) continue;
            splice(&b, base, we - n, n, singular[i].replacement, strlen(singular[i].replacement));
            vadd(vs, &b, how, -1, "reading '%.*s' as '%.*s%s'", (int)len, w, (int)(len - n), w, singular[i].replacement);
        }
    } else if (len >= 2) {
        char c = lower(w[len - 1]), before = lower(w[len - 2]);
        bool vowel = strchr("aeiou", before) != NULL;
        const char *plural = c == 'y' && !vowel ? "ies" : strchr("xz", c) || ends_with(w, len, "ch") || ends_with(w, len, "sh") ? "es" : "s";
        size_t del = c == 'y' && !vowel ? 1 : 0;
        splice(&b, base, we - del, del, plural, strlen(plural));
        vadd(vs, &b, how, -1, "reading '%.*s' as '%.*s%s'", (int)len, w, (int)(len - del), w, plural);
    }
    mg__buffer_free(&b);
}

static bool is_generic(const char *w, size_t len)
{
    for (size_t i = 0; i < COUNT(generic_words); i++)
        if (equal_fold(w, len, generic_words[i])) return true;
    return false;
}

/* The name without its trailing generic words: ends[0] = the whole name, ends[k] = the name
 * without its last k generic words (k <= 2, and something must be left); returns how many. */
static size_t generic_stems(const char *s, size_t ends[3])
{
    size_t n = 0, end = strlen(s);
    ends[n++] = end;
    for (int k = 0; k < 2; k++) {
        size_t ws, we;
        if (!last_word(s, end, &ws, &we) || !is_generic(s + ws, we - ws)) break;
        size_t stem = ws;
        while (stem > 0 && !alnum(s[stem - 1])) stem--;
        if (stem == 0) break;
        ends[n++] = end = stem;
    }
    return n;
}

/* A trailing generic word dropped, added, or replaced by another. */
static void add_generic(variants *vs, const char *base, const char *how)
{
    size_t ends[3];
    size_t n = generic_stems(base, ends);
    size_t len = strlen(base);
    mg_buffer b = {0};
    for (size_t k = 1; k < n; k++) {
        mg__buffer_free(&b);
        mg__buffer_append(&b, base, ends[k]);
        const char *dropped = base + ends[k];
        while (*dropped && !alnum(*dropped)) dropped++;
        vadd(vs, &b, how, -1, "dropping '%.*s'", (int)(base + len - dropped), dropped);
    }
    for (size_t k = 0; k < n; k++) {
        const char *dropped = base + ends[k];
        while (*dropped && !alnum(*dropped)) dropped++;
        size_t dlen = (size_t)(base + len - dropped);
        for (size_t a = 0; a < COUNT(generic_additions); a++) {
            if (dlen && equal_fold(dropped, dlen, generic_additions[a])) continue;
            mg__buffer_free(&b);
            mg__buffer_append(&b, base, ends[k]);
            mg__buffer_putc(&b, ' ');
            mg__buffer_puts(&b, generic_additions[a]);
            if (dlen) vadd(vs, &b, how, -1, "dropping '%.*s', adding '%s'", (int)dlen, dropped, generic_additions[a]);
            else vadd(vs, &b, how, -1, "adding '%s'", generic_additions[a]);
        }
    }
    mg__buffer_free(&b);
}

/* Where `phrase` stands as whole words in s, from `from` on (case ignored), or SIZE_MAX. */
static size_t find_phrase(const char *s, size_t from, const char *phrase)
{
    size_t plen = strlen(phrase), slen = strlen(s);
    for (size_t i = from; i + plen <= slen; i++) {
        if (i > 0 && alnum(s[i - 1]) && alnum(s[i])) continue;
        if (!equal_fold(s + i, plen, phrase)) continue;
        if (i + plen < slen && alnum(s[i + plen - 1]) && alnum(s[i + plen])) continue;
        return i;
    }
    return SIZE_MAX;
}

/* Every phrase of a row of the abbreviation table (from `min_row` on) read as the row's others. */
static void add_abbreviations(variants *vs, const char *base, const char *how, int min_row)
{
    mg_buffer b = {0};
    for (size_t r = (size_t)min_row; r < COUNT(abbreviations); r++) {
        for (size_t p = 0; p < ABBREVIATION_WIDTH && abbreviations[r][p]; p++) {
            const char *from = abbreviations[r][p];
            if (find_phrase(base, 0, from) == SIZE_MAX) continue;
            for (size_t q = 0; q < ABBREVIATION_WIDTH && abbreviations[r][q]; q++) {
                if (q == p) continue;
                const char *to = abbreviations[r][q];
                mg__buffer_free(&b);
                size_t at = 0, next;
                while ((next = find_phrase(base, at, from)) != SIZE_MAX) {
                    mg__buffer_append(&b, base + at, next - at);
                    mg__buffer_puts(&b, to);
                    at = next + strlen(from);
                }
                mg__buffer_puts(&b, base + at);
                vadd(vs, &b, how, (int)r, "reading '%s' as '%s'", from, to);
            }
        }
    }
    mg__buffer_free(&b);
}

/* ---- deciding ---- */

/* A node found by a rule, with the rewriting and the name that found it. */
typedef struct {
    mg_id node;
    const char *matched;
    const char *how;
} hit;

typedef struct {
    hit *h;
    size_t count, cap;
} hits;

static mg_error_t hits_add(hits *hs, mg_id node, const char *matched, const char *how)
{
    for (size_t i = 0; i < hs->count; i++)
        if (hs->h[i].node == node) return MG_OK;
    mg_error_t err = mg__reserve((void **)&hs->h, &hs->cap, hs->count + 1, sizeof *hs->h);
    if (!err) hs->h[hs->count++] = (hit){node, matched, how};
    return err;
}

/* The hits of a rule decide: one node is found, several are ambiguous. Sets *decided. */
static mg_error_t decide(const mg_graph *g, hits *hs, mg_lookup_rule rule, mg_lookup_result *result, bool *decided)
{
    *decided = hs->count > 0;
    if (!hs->count) return MG_OK;
    result->rule = rule;
    if (hs->count > 1) {
        mg_id *nodes = malloc(hs->count * sizeof *nodes);
        if (!nodes) return mg__fail(MG_ENOMEM, "out of memory");
        for (size_t i = 0; i < hs->count; i++) nodes[i] = hs->h[i].node;
        mg_error_t err = mg__lookup_set_candidates(g, result, nodes, hs->count);
        free(nodes);
        return err;
    }
    result->how = malloc(strlen(hs->h[0].how) + 1);
    if (!result->how) return mg__fail(MG_ENOMEM, "out of memory");
    strcpy(result->how, hs->h[0].how);
    result->node = hs->h[0].node;
    result->matched = hs->h[0].matched;
    return MG_OK;
}

/* The nodes the variants [from, to) name, each through its key's best tier (id, label, synonym). */
static mg_error_t try_variants(const mg_graph *g, const variants *vs, size_t from, size_t to, mg_lookup_rule rule,
                               mg_lookup_result *result, bool *decided)
{
    hits hs = {0};
    mg_error_t err = MG_OK;
    char *key = malloc(MG_KEY_MAX);
    if (!key) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t i = from; i < to && !err; i++) {
        size_t n = mg_name_normalize(vs->v[i].text, key, MG_KEY_MAX);
        if (n == 0 || n >= MG_KEY_MAX) continue;
        size_t lo, hi;
        mg__names_equal_range(g, key, &lo, &hi);
        for (size_t k = lo; k < hi && !err && g->names[k].tier == g->names[lo].tier; k++)
            err = hits_add(&hs, g->names[k].node, g->names[k].name, vs->v[i].how);
    }
    if (!err) err = decide(g, &hs, rule, result, decided);
    free(hs.h);
    free(key);
    return err;
}

/* Where a match must end: at a word boundary (the next character is none, or not a letter or
 * digit); there or where a family's member's name goes on (a digit after a letter, STAT: STAT3; a
 * Greek letter, HIF-1: HIF-1α); only where a member's name goes on; or at the end of the name. */
typedef enum { END_WORD, END_FAMILY, END_MEMBER, END_NAME } match_end;

/* Whether `name` begins with what spells `key` (klen bytes), ending as `end` says. */
static bool begins_with_key(const char *name, const char *key, size_t klen, match_end end)
{
    size_t got = 0;
    uint32_t cp = 0, last = 0;
    char spelled[8];
    size_t n;
    while (got < klen) {
        if (!*name) return false;
        name += mg__name_spell(name, &cp, spelled, &n);
        if (n > klen - got || memcmp(spelled, key + got, n) != 0) return false;
        if (n) last = cp;
        got += n;
    }
    if (!*name) return end != END_MEMBER;
    if (end == END_NAME) return false;
    mg__name_spell(name, &cp, spelled, &n);
    if (!mg__name_word_char(cp)) return end != END_MEMBER;
    if (end == END_WORD) return false;
    bool greek = (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x3B1 && cp <= 0x3C9);
    bool last_letter = (last < 0x80 && alpha((char)last)) || (last >= 0x391 && last <= 0x3C9);
    return greek || (cp >= '0' && cp <= '9' && last_letter);
}

/* Whether `key` spells a run of whole words of `name`, ending as `end` says. */
static bool has_words(const char *name, const char *key, size_t klen, match_end end)
{
    bool word_before = false;
    while (*name) {
        uint32_t cp;
        char spelled[8];
        size_t n;
        size_t len = mg__name_spell(name, &cp, spelled, &n);
        bool word = mg__name_word_char(cp);
        if (word && !word_before && begins_with_key(name, key, klen, end)) return true;
        word_before = word;
        name += len;
    }
    return false;
}

/* The prefix rule's hits: names that begin with the name (or with it once its generic words
 * are dropped), up to a word boundary. */
static mg_error_t prefix_hits(const mg_graph *g, const char *name, match_end end, hits *hs)
{
    size_t ends[3];
    size_t n = generic_stems(name, ends);
    char *key = malloc(MG_KEY_MAX), *stem = malloc(strlen(name) + 1);
    mg_error_t err = MG_OK;
    if (!key || !stem) err = mg__fail(MG_ENOMEM, "out of memory");
    for (size_t k = 0; k < n && !err; k++) {
        memcpy(stem, name, ends[k]);
        stem[ends[k]] = '\0';
        size_t klen = mg_name_normalize(stem, key, MG_KEY_MAX);
        if (klen < 2 || klen >= MG_KEY_MAX) continue;
        size_t lo, hi;
        mg__names_prefix_range(g, key, &lo, &hi);
        for (size_t i = lo; i < hi && !err; i++)
            if (begins_with_key(g->names[i].name, key, klen, end))
                err = hits_add(hs, g->names[i].node, g->names[i].name,
                               k ? "dropping a generic word, completing it to the one name it begins"
                                 : "completing it to the one name it begins");
    }
    free(key);
    free(stem);
    return err;
}

/* The words rule's hits: nodes with a name in which the name (or it with its last word in the
 * other number: variants [0, numbers)) stands as whole words, ending as `end` says. */
static mg_error_t words_hits(const mg_graph *g, const char *key, const variants *vs, size_t numbers, match_end end,
                             hits *hs)
{
    size_t nkeys = 1 + numbers;
    char **keys = calloc(nkeys, sizeof *keys);
    mg_error_t err = MG_OK;
    if (!keys) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t i = 0; i < nkeys && !err; i++) {
        const char *text = i ? vs->v[i - 1].text : NULL;
        size_t n = i ? mg_name_normalize(text, NULL, 0) : strlen(key);
        if (!(keys[i] = malloc(n + 1))) err = mg__fail(MG_ENOMEM, "out of memory");
        else if (i) mg_name_normalize(text, keys[i], n + 1);
        else memcpy(keys[i], key, n + 1);
    }
    for (size_t e = 0; e < g->name_count && !err; e++) {
        const mg_name_entry *entry = &g->names[e];
        for (size_t i = 0; i < nkeys && !err; i++) {
            size_t klen = strlen(keys[i]);
            if (klen < 2 || !strstr(entry->key, keys[i]) || !has_words(entry->name, keys[i], klen, end)) continue;
            err = hits_add(hs, entry->node, entry->name, "");
            break;
        }
    }
    for (size_t i = 0; i < nkeys; i++) free(keys[i]);
    free(keys);
    return err;
}

/* The last two rules. A prefix decides when it begins one node's names and no other node's name
 * ends with it as whole words ('exosomes' begins one name, "exosomes from iMSCs", but two nodes
 * are exosomes: iMSC-exosome, siShn3-iMSC-exosome); else the nodes of both are ambiguous. Without
 * a prefix, the nodes in whose names it stands as whole words (or begins a family member's name)
 * are ambiguous when there are several, and one alone is only the first suggestion (`hint`). */
static mg_error_t try_prefix_and_words(const mg_graph *g, const char *name, const char *key, const variants *vs,
                                       size_t numbers, mg_lookup_result *result, bool *decided, mg_id *hint)
{
    hits hs = {0};
    mg_error_t err = prefix_hits(g, name, END_WORD, &hs);
    size_t prefixes = hs.count;
    if (!err) err = words_hits(g, key, vs, numbers, prefixes ? END_NAME : END_FAMILY, &hs);
    if (!err && hs.count == 1 && !prefixes) *hint = hs.h[0].node;
    else if (!err && hs.count) err = decide(g, &hs, prefixes ? MG_LOOKUP_PREFIX : MG_LOOKUP_WORDS, result, decided);
    free(hs.h);
    return err;
}

/* A word added to the name is a guess, and so is completing it to a family member's name: when
 * the generic-word rule found a node only by adding a word ('HIF-1' + pathway) and the name also
 * begins another node's name as a family member's (HIF-1α), both guesses are as good, and the
 * name is ambiguous between them. */
static mg_error_t weigh_added_word(const mg_graph *g, const char *name, mg_lookup_result *result)
{
    if (result->node < 0 || !result->how || strncmp(result->how, "adding", 6) != 0) return MG_OK;
    hits hs = {0};
    mg_error_t err = MG_OK;
    char *key = malloc(MG_KEY_MAX);
    size_t klen = key ? mg_name_normalize(name, key, MG_KEY_MAX) : 0;
    if (!key) err = mg__fail(MG_ENOMEM, "out of memory");
    else if (klen >= 2 && klen < MG_KEY_MAX) {
        /* the name as typed: 'HIF-1 signaling' says which one it means */
        size_t lo, hi;
        mg__names_prefix_range(g, key, &lo, &hi);
        for (size_t i = lo; i < hi && !err; i++)
            if (begins_with_key(g->names[i].name, key, klen, END_MEMBER))
                err = hits_add(&hs, g->names[i].node, g->names[i].name, "");
    }
    free(key);
    bool other = false;
    for (size_t i = 0; i < hs.count; i++) other |= hs.h[i].node != result->node;
    if (!err && other) err = hits_add(&hs, result->node, result->matched, "");
    if (!err && other) {
        free(result->how);
        result->how = NULL;
        result->node = -1;
        result->matched = NULL;
        bool decided;
        err = decide(g, &hs, MG_LOOKUP_GENERIC_WORD, result, &decided);
    }
    free(hs.h);
    return err;
}

mg_error_t mg__lookup_by_rules(const mg_graph *g, const char *name, const char *key, mg_lookup_result *result,
                               mg_id *words_hint)
{
    *words_hint = -1;
    if (strlen(name) > MG_NAME_MAX) return MG_OK; /* no graph name is longer: only suggestions */
    variants vs = {name, NULL, 0, false};
    mg_error_t err = MG_OK;
    bool decided = false;

    add_number(&vs, name, "");
    size_t numbers = vs.count;
    if (vs.failed || (err = try_variants(g, &vs, 0, numbers, MG_LOOKUP_NUMBER, result, &decided)) || decided) goto done;

    add_generic(&vs, name, "");
    for (size_t i = 0; i < numbers; i++) add_generic(&vs, vs.v[i].text, vs.v[i].how);
    size_t generics = vs.count;
    if (vs.failed || (err = try_variants(g, &vs, numbers, generics, MG_LOOKUP_GENERIC_WORD, result, &decided)))
        goto done;
    if (decided) {
        err = weigh_added_word(g, name, result);
        goto done;
    }

    add_abbreviations(&vs, name, "", 0);
    for (size_t i = generics, n = vs.count; i < n; i++) add_abbreviations(&vs, vs.v[i].text, vs.v[i].how, vs.v[i].row + 1);
    size_t expanded = vs.count;
    for (size_t i = generics; i < expanded; i++) add_number(&vs, vs.v[i].text, vs.v[i].how);
    for (size_t i = generics, n = vs.count; i < n; i++) add_generic(&vs, vs.v[i].text, vs.v[i].how);
    if (vs.failed || (err = try_variants(g, &vs, generics, vs.count, MG_LOOKUP_ABBREVIATION, result, &decided)) ||
        decided)
        goto done;

    err = try_prefix_and_words(g, name, key, &vs, numbers, result, &decided, words_hint);
done:
    if (!err && vs.failed) err = mg__fail(MG_ENOMEM, "out of memory");
    variants_free(&vs);
    return err;
}
