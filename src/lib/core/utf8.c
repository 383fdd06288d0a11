/*
 * utf8.c - UTF-8 validation shared by the readers: every text input must be UTF-8 without NUL
 * bytes, and a bad byte is reported where it stands.
 */
#include "core/core.h"

#include <string.h>

size_t mg__utf8_sequence(const char *text, size_t n)
{
    const unsigned char *s = (const unsigned char *)text;
    if (s[0] < 0x80) return s[0] ? 1 : 0;
    size_t len;
    uint32_t cp;
    if (s[0] >= 0xC2 && s[0] <= 0xDF) {
        len = 2;
        cp = s[0] & 0x1F;
    } else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        len = 3;
        cp = s[0] & 0x0F;
    } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        len = 4;
        cp = s[0] & 0x07;
    } else {
        return 0;
    }
    if (n < len) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return 0; /* overlong */
    if (cp >= 0xD800 && cp <= 0xDFFF) return 0;                                            /* surrogate */
    return len;
}

size_t mg__utf8_first_bad(const char *text, size_t n)
{
    bool ascii;
    return mg__utf8_scan(text, n, &ascii);
}

size_t mg__utf8_scan(const char *text, size_t n, bool *ascii)
{
    *ascii = true;
    for (size_t i = 0; i < n;) {
        /* eight ASCII bytes at a time, none of them NUL: most of a large edge list */
        if (n - i >= 8) {
            uint64_t w;
            memcpy(&w, text + i, 8);
            if (!(w & 0x8080808080808080ULL) && !((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        size_t len = mg__utf8_sequence(text + i, n - i);
        if (!len) return i;
        if (len > 1) *ascii = false;
        i += len;
    }
    return n;
}
