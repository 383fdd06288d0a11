/*
 * buffer.c - a growable byte buffer for text built in pieces (pictures' labels, the HTML page).
 */
#include "core/core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool grow(mg_buffer *b, size_t more)
{
    if (b->failed) return false;
    if (b->len + more + 1 <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + more + 1) {
        if (cap > SIZE_MAX / 2) return b->failed = true, false;
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p) return b->failed = true, false;
    b->data = p;
    b->cap = cap;
    return true;
}

void mg__buffer_append(mg_buffer *b, const char *text, size_t len)
{
    if (!grow(b, len)) return;
    memcpy(b->data + b->len, text, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void mg__buffer_puts(mg_buffer *b, const char *text) { mg__buffer_append(b, text, strlen(text)); }

void mg__buffer_putc(mg_buffer *b, char c) { mg__buffer_append(b, &c, 1); }

void mg__buffer_printf(mg_buffer *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int need = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (need < 0 || !grow(b, (size_t)need)) return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)need + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)need;
}

char *mg__buffer_cstr(mg_buffer *b)
{
    static char empty[1];
    return b->data && !b->failed ? b->data : empty;
}

void mg__buffer_free(mg_buffer *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}
