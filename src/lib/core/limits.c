/*
 * limits.c - the one rule every reader applies to the strings it keeps (docs/format.md,
 * "Limits"): a name (an id, a label, a synonym, a study id) is 1 to MG_NAME_MAX bytes without
 * control characters; any other text is at most MG_TEXT_MAX bytes. A string outside them is
 * reported, where it stands, by the reader that found it; it is never cut to fit. A weight is a
 * number from 0 to MG_WEIGHT_MAX in every format, so what one writer writes every reader reads.
 */
#include "core/core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool mg__name_ok(const char *s, size_t len, const char *what, char *msg, size_t size)
{
    if (len == 0) {
        snprintf(msg, size, "empty %s", what);
        return false;
    }
    if (len > MG_NAME_MAX) {
        snprintf(msg, size, "%s of %zu bytes is longer than the maximum of %d", what, len, MG_NAME_MAX);
        return false;
    }
    size_t i = 0;
    /* eight bytes at a time while none is below 0x20 or 0x7f: every name of a million-line edge
     * list passes here, and byte by byte this was a twentieth of loading one */
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    for (; i + 8 <= len; i += 8) {
        uint64_t w, del;
        memcpy(&w, s + i, 8);
        del = w ^ (0x7f * ones);
        if (((w - 0x20 * ones) & ~w & highs) || ((del - ones) & ~del & highs)) break;
    }
    for (; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7f) {
            snprintf(msg, size, "control character 0x%02x in the %s", c, what);
            return false;
        }
    }
    return true;
}

bool mg__text_ok(size_t len, const char *what, char *msg, size_t size)
{
    if (len <= MG_TEXT_MAX) return true;
    snprintf(msg, size, "%s of %zu bytes is longer than the maximum of %d", what, len, MG_TEXT_MAX);
    return false;
}

bool mg__weight_ok(double w) { return w >= 0 && w <= MG_WEIGHT_MAX; }

bool mg__weight_parse(const char *text, double *out)
{
    char *end;
    double w = strtod(text, &end);
    if (end == text || *end != '\0' || !mg__weight_ok(w)) return false;
    *out = w;
    return true;
}
