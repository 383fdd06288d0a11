/*
 * check.h - the unit tests' assertions: each failure prints file, line and what differed, and
 * the test exits non-zero at the end; no framework needed.
 */
#ifndef MG_CHECK_H
#define MG_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            check_failures++;                                                         \
        }                                                                             \
    } while (0)

#define CHECK_STR(a, b)                                                                               \
    do {                                                                                              \
        const char *a_ = (a), *b_ = (b);                                                              \
        if (!a_ || !b_ || strcmp(a_, b_) != 0) {                                                      \
            fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\" (%s)\n", __FILE__, __LINE__, b_ ? b_ : "(null)", \
                    a_ ? a_ : "(null)", #a);                                                          \
            check_failures++;                                                                         \
        }                                                                                             \
    } while (0)

#define CHECK_DONE()                                                     \
    do {                                                                 \
        if (check_failures) fprintf(stderr, "%d failed\n", check_failures); \
        else printf("all checks passed\n");                              \
        return check_failures ? 1 : 0;                                   \
    } while (0)

#endif
