/*
 * safe_text.c - what the writers do to text a format cannot hold as it is (docs/reliability.md,
 * "Safe output"): characters XML forbids and separators inside a tab-separated cell; and the XML/HTML escaping every XML writer uses (GraphML,
 * the HTML page, SVG texts). Other escaping (JSON's by cJSON, DOT's backslashes) stays with its writer.
 */
#include "io/io.h"

#include <string.h>

size_t mg__xml_illegal(const char *text)
{
    const unsigned char *p = (const unsigned char *)text;
    if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') return *p ? 1 : 0;
    /* U+FFFE and U+FFFF are not XML characters either */
    if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) return 3;
    return 0;
}

void mg__xml_legal(mg_buffer *b, const char *text)
{
    for (const char *p = text ? text : ""; *p; p++) {
        size_t bad = mg__xml_illegal(p);
        if (bad) {
            mg__buffer_puts(b, "\xEF\xBF\xBD");
            p += bad - 1;
        } else {
            mg__buffer_putc(b, *p);
        }
    }
}

void mg__tsv_cell(mg_buffer *b, const char *text)
{
    for (const char *p = text ? text : ""; *p; p++)
        mg__buffer_putc(b, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
}

void mg__tsv_first_cell(mg_buffer *b, const char *text)
{
    const char *p = text ? text : "";
    size_t spaces = strspn(p, " \t\r\n"), slashes = strspn(p + spaces, "\\");
    if (p[spaces + slashes] != '#') {
        mg__tsv_cell(b, p);
        return;
    }
    /* "#a" -> "\#a", " #a" -> " \#a", "\#a" -> "\\#a": the reader takes one backslash back */
    for (size_t i = 0; i < spaces; i++) mg__buffer_putc(b, ' ');
    mg__buffer_putc(b, '\\');
    mg__tsv_cell(b, p + spaces);
}

/* shared by GraphML (export/), the HTML page and the picture's texts (render/) */
void mg__html_escape(mg_buffer *b, const char *text)
{
    for (const char *p = text; *p; p++) {
        size_t bad = mg__xml_illegal(p);
        if (bad) {
            mg__buffer_puts(b, "\xEF\xBF\xBD"); /* U+FFFD: XML has no way to hold it */
            p += bad - 1;
            continue;
        }
        switch (*p) {
        case '&': mg__buffer_puts(b, "&amp;"); break;
        case '<': mg__buffer_puts(b, "&lt;"); break;
        case '>': mg__buffer_puts(b, "&gt;"); break;
        case '"': mg__buffer_puts(b, "&quot;"); break;
        case '\'': mg__buffer_puts(b, "&#39;"); break;
        /* references, which parsers keep as they are (a parser turns a raw tab or line break in
         * an attribute into a space, and a raw CR into LF) */
        case '\t': mg__buffer_puts(b, "&#9;"); break;
        case '\n': mg__buffer_puts(b, "&#10;"); break;
        case '\r': mg__buffer_puts(b, "&#13;"); break;
        default: mg__buffer_putc(b, *p);
        }
    }
}
