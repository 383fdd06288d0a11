/*
 * name_suggest.c - the names offered when a name finds no node: first those that share words
 * with it (the larger the share of both names' words, the better; small words aside, plurals read
 * as singulars, the beginning of a word half a word), then those a few edits away, each node
 * once, by its best name.
 */
#include "core/core.h"

#include <stdlib.h>
#include <string.h>

#define MAX_WORDS 32

/* Words too common to say two names are alike. */
static const char *const stopwords[] = {"a", "an", "and", "by", "for", "from", "in", "no", "not", "of", "on", "or", "the", "to", "with"};

/* A name's words, normalised (as keys spell them), each once, without stopwords. */
typedef struct {
    char buf[MG_KEY_MAX];
    const char *word[MAX_WORDS];
    size_t count;
} word_set;

static void keep_word(word_set *w, char *word, size_t len)
{
    word[len] = '\0';
    if (len > 3 && word[len - 1] == 's' && word[len - 2] != 's') word[--len] = '\0'; /* cells = cell */
    for (size_t i = 0; i < sizeof stopwords / sizeof *stopwords; i++)
        if (strcmp(word, stopwords[i]) == 0) return;
    for (size_t i = 0; i < w->count; i++)
        if (strcmp(w->word[i], word) == 0) return;
    if (w->count < MAX_WORDS) w->word[w->count++] = word;
}

static void split_words(const char *name, word_set *w)
{
    size_t used = 0, start = 0;
    bool in_word = false;
    w->count = 0;
    while (*name) {
        uint32_t cp;
        char spelled[8];
        size_t n;
        name += mg__name_spell(name, &cp, spelled, &n);
        bool word = mg__name_word_char(cp);
        if (word && used + n + 1 < sizeof w->buf) {
            if (!in_word) start = used;
            memcpy(w->buf + used, spelled, n);
            used += n;
            in_word = true;
        } else if (!word && in_word) {
            keep_word(w, w->buf + start, used - start);
            used++;
            in_word = false;
        }
    }
    if (in_word) keep_word(w, w->buf + start, used - start);
}

/* The words of `a` in `b`: 1 for a word of both, 1/2 for a word of `a` that begins a longer word
 * of `b` (miR-10: miR-105-5p), when it has a digit or three characters. */
static double shared_words(const word_set *a, const word_set *b)
{
    double n = 0;
    for (size_t i = 0; i < a->count; i++) {
        double best = 0;
        size_t len = strlen(a->word[i]);
        for (size_t j = 0; j < b->count && best < 1; j++) {
            if (strcmp(a->word[i], b->word[j]) == 0) best = 1;
            else if ((len >= 3 || strpbrk(a->word[i], "0123456789")) && strncmp(a->word[i], b->word[j], len) == 0)
                best = 0.5;
        }
        n += best;
    }
    return n;
}

/* A node's best name as a suggestion: the share of words in common (Jaccard: common words over
 * the words of both), then the edit distance of the keys (SIZE_MAX: too far). */
typedef struct {
    mg_id node;
    double share;
    size_t distance;
    const char *id;
} scored;

static int compare_scored(const void *pa, const void *pb)
{
    const scored *a = pa, *b = pb;
    if (a->share != b->share) return a->share > b->share ? -1 : 1;
    if (a->distance != b->distance) return a->distance < b->distance ? -1 : 1;
    return strcmp(a->id, b->id);
}

mg_error_t mg__lookup_suggest(const mg_graph *g, const char *name, const char *key, mg_id first, size_t keep,
                              mg_lookup_result *result)
{
    size_t len = strlen(key);
    size_t cap = len / 3 > 2 ? len / 3 : 2;
    scored *best = malloc((g->node_count ? g->node_count : 1) * sizeof *best);
    word_set *q = malloc(sizeof *q), *w = malloc(sizeof *w);
    mg_error_t err = MG_OK;
    if (!best || !q || !w) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < g->node_count; i++) best[i] = (scored){(mg_id)i, 0, SIZE_MAX, g->nodes[i].id};
    split_words(name, q);
    for (size_t i = 0; i < g->name_count; i++) {
        const mg_name_entry *e = &g->names[i];
        scored *s = &best[e->node];
        double share = 0;
        if (q->count) {
            split_words(e->name, w);
            double common = shared_words(q, w);
            /* a whole word in common at least: the beginnings of words alone are no likeness */
            share = common >= 1 ? common / ((double)(q->count + w->count) - common) : 0;
        }
        size_t elen = strlen(e->key);
        size_t d = mg__edit_distance(key, len, e->key, elen, cap);
        /* a name that starts with what was typed is a good suggestion however long it is */
        if (d > cap && len >= 3 && elen > len && strncmp(e->key, key, len) == 0) d = cap;
        /* a name that must be rewritten whole is no suggestion ('Z' is not close to 'A') */
        if (d > cap || d >= len) d = SIZE_MAX;
        if (share > s->share || (share == s->share && d < s->distance)) {
            s->share = share;
            s->distance = d;
        }
    }
    size_t n = 0;
    for (size_t i = 0; i < g->node_count; i++)
        if ((best[i].share > 0 || best[i].distance != SIZE_MAX) && (mg_id)i != first) best[n++] = best[i];
    qsort(best, n, sizeof *best, compare_scored);
    size_t total = (first >= 0) + n;
    if (total > keep) total = keep;
    if (total) {
        if (!(result->candidates = malloc(total * sizeof *result->candidates))) {
            err = mg__fail(MG_ENOMEM, "out of memory");
            goto done;
        }
        size_t k = 0;
        if (first >= 0) result->candidates[k++] = first;
        for (size_t i = 0; k < total; i++) result->candidates[k++] = best[i].node;
        result->candidate_count = total;
    }
done:
    free(best);
    free(q);
    free(w);
    return err;
}
