/*
 * closest.c - what is near what was typed: the edit distance to the closest part of a value, and
 * a list of values put closest first (the messages that answer a name or a value that matched
 * nothing: select_check.c, `compare`).
 */
#include "core/core.h"

#include <stdlib.h>
#include <string.h>

/* The edit distance from `q` to the closest substring of `v` (free start and end in v): a value
 * that contains what was typed ("inflammation" in "allergic airway inflammation") is closest. */
size_t mg__infix_distance(const char *q, size_t ql, const char *v, size_t vl)
{
    size_t *row = malloc((vl + 1) * sizeof *row);
    if (!row) return ql;
    for (size_t j = 0; j <= vl; j++) row[j] = 0;
    for (size_t i = 1; i <= ql; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= vl; j++) {
            size_t up = row[j], best = diag + (q[i - 1] != v[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    size_t d = ql;
    for (size_t j = 0; j <= vl; j++)
        if (row[j] < d) d = row[j];
    free(row);
    return d;
}

typedef struct {
    const char *value;
    size_t infix, distance;
} ranked;

static int compare_ranked(const void *pa, const void *pb)
{
    const ranked *a = pa, *b = pb;
    if (a->infix != b->infix) return a->infix < b->infix ? -1 : 1;
    if (a->distance != b->distance) return a->distance < b->distance ? -1 : 1;
    return strcmp(a->value, b->value);
}

/* The normalised key of `s`, malloc'd (NULL: out of memory). */
static char *key_of(const char *s)
{
    size_t need = mg_name_normalize(s, NULL, 0) + 1;
    char *key = malloc(need);
    if (key) mg_name_normalize(s, key, need);
    return key;
}

mg_error_t mg_sort_closest(const char **values, size_t count, const char *given)
{
    if (!count) return MG_OK;
    ranked *r = malloc(count * sizeof *r);
    char *key = key_of(given);
    mg_error_t err = r && key ? MG_OK : mg__fail(MG_ENOMEM, "out of memory");
    size_t klen = key ? strlen(key) : 0;
    for (size_t i = 0; i < count && !err; i++) {
        char *v = key_of(values[i]);
        if (!v) {
            err = mg__fail(MG_ENOMEM, "out of memory");
            break;
        }
        size_t vlen = strlen(v);
        r[i] = (ranked){values[i], mg__infix_distance(key, klen, v, vlen),
                        mg__edit_distance(key, klen, v, vlen, klen > vlen ? klen : vlen)};
        free(v);
    }
    if (!err) {
        qsort(r, count, sizeof *r, compare_ranked);
        for (size_t i = 0; i < count; i++) values[i] = r[i].value;
    }
    free(r);
    free(key);
    return err;
}
