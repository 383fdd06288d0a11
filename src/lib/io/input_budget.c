/*
 * input_budget.c - the one budget every input is read under (docs/format.md, "Limits"), checked
 * on each chunk as it arrives, before the buffer grows for the next (io_file.c):
 * - the text (after gunzipping) is at most MG_INPUT_MAX bytes, 2 GiB unless the environment's
 *   MECHGRAPH_MAX_INPUT says otherwise (bytes, or with a K, M or G suffix): a gzip bomb, /dev/zero
 *   or an endless pipe ends in an error, not in memory running out;
 * - a text that does not start like UTF-16 holds no NUL byte: every format refuses one anyway,
 *   so reading stops at the chunk holding the first, and the reader reports the first problem
 *   of what was read (an earlier one, or the NUL): 1 GB of gzipped NULs is refused in
 *   milliseconds, holding a chunk (1 MiB) rather than the gigabyte;
 * - a line of a tab-separated file is at most MG_LINE_MAX bytes (io_file.c's streaming reader:
 *   64 columns of MG_TEXT_MAX bytes fit), so that one endless line cannot grow the buffer.
 */
#include "io/io.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Without MECHGRAPH_MAX_INPUT: ten times the largest file mechgraph is meant to read (a 179 MB
 * GraphML), and within what a laptop holds twice over while parsing. */
#define DEFAULT_MAX ((unsigned long long)2 << 30)

unsigned long long mg__input_max(void)
{
    const char *s = getenv("MECHGRAPH_MAX_INPUT");
    if (!s || !*s) return DEFAULT_MAX;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    unsigned shift = *end == 'K' || *end == 'k' ? 10 : *end == 'M' || *end == 'm' ? 20 : *end == 'G' || *end == 'g' ? 30 : 0;
    if (shift) end++;
    /* an unreadable value keeps the default: a typo must not lift the limit */
    if (errno || end == s || *end || s[0] == '-' || v == 0 || v > (~0ULL >> shift)) return DEFAULT_MAX;
    return v << shift;
}

void mg__budget_start(mg__budget *b)
{
    b->max = mg__input_max();
    b->utf16 = -1;
}

bool mg__budget_nul(mg__budget *b, const char *buf, size_t from, size_t len)
{
    if (b->utf16 < 0 && len >= 2) {
        /* a byte order mark, or '<' next to a zero byte: XML in UTF-16 (xml.c decodes it) */
        const unsigned char *u = (const unsigned char *)buf;
        b->utf16 = (u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF) || (u[0] == '<' && u[1] == 0) ||
                   (u[0] == 0 && u[1] == '<');
    }
    return b->utf16 != 1 && from < len && memchr(buf + from, '\0', len - from);
}

mg_error_t mg__budget_check(mg__budget *b, const char *name, const char *buf, size_t len, unsigned long long total, int line,
                            mg_diagnostics *diags)
{
    if (total <= b->max) return MG_OK;
    /* located only now: the buffer holds the text from its start for the whole-document readers
     * (line 0); the streaming reader gives the line its buffer starts at */
    int column = 1;
    if (line == 0) mg__locate(buf, len, &line, &column);
    else mg__locate_advance(buf, 0, len, &line, &column);
    mg__diag_at(diags, name, line, column,
                "the text goes on past the input limit of %llu bytes (MECHGRAPH_MAX_INPUT raises it; docs/format.md, Limits)", b->max);
    return mg__fail(MG_EINVAL, "%s: larger than the input limit of %llu bytes", name, b->max);
}

mg_error_t mg__budget_nul_error(const char *name, const char *buf, size_t len, int line, mg_diagnostics *diags)
{
    const char *nul = memchr(buf, '\0', len);
    size_t at = nul ? (size_t)(nul - buf) : len;
    int column = 1;
    if (line == 0) mg__locate(buf, at, &line, &column);
    else mg__locate_advance(buf, 0, at, &line, &column);
    mg__diag_at(diags, name, line, column, "NUL byte in a text file: it is not text (or not UTF-8 or UTF-16)");
    return mg__fail(MG_EINVAL, "%s:%d:%d: NUL byte in a text file", name, line, column);
}
