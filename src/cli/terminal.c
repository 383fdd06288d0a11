/*
 * terminal.c - one escaping rule for text meant for a terminal (issue 24, item 10). A graph's
 * notes, labels and citations are data from files: a note holding ESC sequences, a carriage
 * return or a right-to-left override could move the cursor, clear the screen, or hide and forge
 * the text around it. When stdout or stderr is a terminal, everything the commands print there
 * passes through a stream that shows such characters instead of obeying them: C0 controls but
 * newline and tab, and DEL, as \xHH; C1 controls (U+0080 to U+009F, which some terminals obey in
 * UTF-8) and the bidirectional overrides and isolates (U+202A to U+202E, U+2066 to U+2069) as
 * \uHHHH. A pipe or a file gets the bytes as they are: they are data there (as ls and git do).
 */
#define _GNU_SOURCE
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    FILE *to;
    unsigned char pending[3]; /* the start of a UTF-8 sequence split between two writes */
    size_t npending;
} tty_filter;

/* Whether the UTF-8 sequence s[0..n) is a character to show escaped, and which. */
static long escaped_code(const unsigned char *s, size_t n)
{
    if (n == 2 && s[0] == 0xC2 && s[1] >= 0x80 && s[1] <= 0x9F) return s[1];
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0xAA && s[2] <= 0xAE) return 0x2000 + (s[2] - 0x80);
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9) return 0x2040 + (s[2] - 0x80);
    return -1;
}

/* How long a sequence starting with byte c may be, for the ones escaped_code looks at. */
static size_t watched_length(unsigned char c) { return c == 0xC2 ? 2 : c == 0xE2 ? 3 : 0; }

static int put_byte(tty_filter *t, unsigned char c)
{
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return fprintf(t->to, "\\x%02x", c) < 0 ? -1 : 0;
    return fputc(c, t->to) == EOF ? -1 : 0;
}

static ssize_t filter_write(void *cookie, const char *buf, size_t size)
{
    tty_filter *t = cookie;
    for (size_t i = 0; i < size; i++) {
        unsigned char c = (unsigned char)buf[i];
        if (t->npending) {
            t->pending[t->npending++] = c;
            size_t want = watched_length(t->pending[0]);
            if (t->npending < want && (c & 0xC0) == 0x80) continue;
            long code = t->npending == want ? escaped_code(t->pending, t->npending) : -1;
            if (code >= 0) {
                if (fprintf(t->to, "\\u%04lx", code) < 0) return -1;
            } else if (fwrite(t->pending, 1, t->npending, t->to) != t->npending) {
                return -1;
            }
            t->npending = 0;
            continue;
        }
        if (watched_length(c)) {
            t->pending[t->npending++] = c;
            continue;
        }
        if (put_byte(t, c)) return -1;
    }
    return (ssize_t)size;
}

static int filter_close(void *cookie)
{
    tty_filter *t = cookie;
    int status = t->npending && fwrite(t->pending, 1, t->npending, t->to) != t->npending ? -1 : 0;
    if (fflush(t->to) != 0) status = -1;
    free(t);
    return status;
}

static FILE *filtered(FILE *to)
{
    tty_filter *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    t->to = to;
    cookie_io_functions_t io = {NULL, filter_write, NULL, filter_close};
    FILE *f = fopencookie(t, "w", io);
    if (!f) free(t);
    else setvbuf(f, NULL, _IOLBF, 0); /* a terminal sees each line as it is written */
    return f;
}

static FILE *tty_out, *tty_err;

void cli_terminal_begin(void)
{
    if (isatty(STDOUT_FILENO)) tty_out = filtered(stdout);
    if (isatty(STDERR_FILENO)) tty_err = filtered(stderr);
    if (tty_out || tty_err) cli_streams_set(tty_out, tty_err);
}

int cli_terminal_end(void)
{
    int status = 0;
    if (tty_out && fclose(tty_out) != 0) status = -1;
    if (tty_err && fclose(tty_err) != 0) status = -1;
    tty_out = tty_err = NULL;
    cli_streams_set(NULL, NULL);
    return status;
}
