/*
 * xml.c - the XML tokenizer behind the GraphML reader (see xml.h for what it reads and checks).
 * One pass over the text, no recursion: open elements are kept on a stack, character data and
 * attribute values are decoded into two growable buffers that the events point into.
 */
#include "xml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* What stands for a bad byte in decoded text (U+FFFD), so that a value with one is not also
 * reported as empty: the document is rejected anyway. */
#define REPLACEMENT "\xEF\xBF\xBD"

static void problem(mg_xml_reader *x, size_t offset, int line, const char *fmt, ...) MG_PRINTF(4, 5);
static void problem(mg_xml_reader *x, size_t offset, int line, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    x->problems++;
    x->report(x->ctx, offset, line, msg);
}

/* A problem the tokenizer cannot step over: nothing more is read. */
static void stop(mg_xml_reader *x)
{
    x->failed = true;
    x->done = true;
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static bool at(const mg_xml_reader *x, const char *s)
{
    size_t n = strlen(s);
    return x->size - x->pos >= n && memcmp(x->data + x->pos, s, n) == 0;
}

/* What stands at the cursor, for messages: "'x'", "byte 0x01" or "the end of the file". */
static const char *found(const mg_xml_reader *x, char *buf, size_t n)
{
    if (x->pos >= x->size) return "the end of the file";
    unsigned char c = (unsigned char)x->data[x->pos];
    if (c == ' ') return "a space";
    if (c == '\n' || c == '\r') return "the end of the line";
    if (c > 0x20 && c < 0x7f) snprintf(buf, n, "'%c'", c);
    else snprintf(buf, n, "byte 0x%02x", c);
    return buf;
}

void mg_xml_init(mg_xml_reader *x, const char *data, size_t size, mg_xml_report_fn report, void *ctx)
{
    memset(x, 0, sizeof *x);
    x->data = data;
    x->size = size;
    x->line = 1;
    x->report = report;
    x->ctx = ctx;
    if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) x->pos = 3;
    if (size >= 2 && ((unsigned char)data[0] == 0xFF || (unsigned char)data[0] == 0xFE) &&
        ((unsigned char)data[1] ^ (unsigned char)data[0]) == 0x01) {
        problem(x, 0, 1, "UTF-16 text: mechgraph reads UTF-8 only (convert the file, e.g. with iconv)");
        stop(x);
    }
}

void mg_xml_free(mg_xml_reader *x)
{
    free(x->stack);
    free(x->attrs);
    mg__buffer_free(&x->text);
    mg__buffer_free(&x->values);
}

static bool skip_space(mg_xml_reader *x)
{
    size_t start = x->pos;
    while (x->pos < x->size && is_space(x->data[x->pos])) {
        /* LF, CRLF and a lone CR each end a line */
        char c = x->data[x->pos];
        if (c == '\r' || (c == '\n' && !(x->pos > 0 && x->data[x->pos - 1] == '\r'))) x->line++;
        x->pos++;
    }
    return x->pos > start;
}

/* Moves past one character, checking it, and appends it to `keep` (line ends as "\n"). */
static void step(mg_xml_reader *x, mg_buffer *keep)
{
    const char *d = x->data;
    unsigned char c = (unsigned char)d[x->pos];
    if (c >= 0x80) {
        size_t n = mg__utf8_sequence(d + x->pos, x->size - x->pos);
        if (!n) {
            problem(x, x->pos, x->line, "invalid UTF-8 (byte 0x%02x); the file must be UTF-8", c);
            x->pos++;
            if (keep) mg__buffer_puts(keep, REPLACEMENT);
            return;
        }
        if (keep) mg__buffer_append(keep, d + x->pos, n);
        x->pos += n;
        return;
    }
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        if (c == 0) problem(x, x->pos, x->line, "NUL byte in an XML file");
        else problem(x, x->pos, x->line, "control character 0x%02x is not allowed in XML", c);
        x->pos++;
        if (keep) mg__buffer_puts(keep, REPLACEMENT);
        return;
    }
    x->pos++;
    if (c == '\n') x->line++;
    if (c == '\r') { /* CRLF and a lone CR are line ends too, read as LF (XML 1.0, 2.11) */
        c = '\n';
        x->line++;
        if (x->pos < x->size && d[x->pos] == '\n') x->pos++;
    }
    if (keep) mg__buffer_putc(keep, (char)c);
}

/* Moves past `end` ("-->", "?>", "]]>"), keeping what lies before it in `keep` when not NULL;
 * false (and the tokenizer stopped) when the text ends first. */
static bool skip_past(mg_xml_reader *x, const char *end, mg_buffer *keep, const char *what, int opened)
{
    size_t n = strlen(end);
    while (x->pos < x->size) {
        if (x->data[x->pos] == end[0] && at(x, end)) {
            x->pos += n;
            return true;
        }
        step(x, keep);
    }
    problem(x, x->pos, x->line, "unexpected end of file: the %s opened at line %d is not closed (expected '%s')", what,
            opened, end);
    stop(x);
    return false;
}

static size_t parse_name(mg_xml_reader *x)
{
    size_t start = x->pos;
    while (x->pos < x->size) {
        unsigned char c = (unsigned char)x->data[x->pos];
        if (c >= 0x80) {
            size_t n = mg__utf8_sequence(x->data + x->pos, x->size - x->pos);
            if (!n) break;
            x->pos += n;
            continue;
        }
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
        bool more = (c >= '0' && c <= '9') || c == '-' || c == '.';
        if (!letter && !(more && x->pos > start)) break;
        x->pos++;
    }
    return x->pos - start;
}

static void put_utf8(mg_buffer *b, uint32_t cp)
{
    char s[4];
    size_t n;
    if (cp < 0x80) {
        s[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        s[0] = (char)(0xC0 | (cp >> 6));
        s[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        s[0] = (char)(0xE0 | (cp >> 12));
        s[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        s[0] = (char)(0xF0 | (cp >> 18));
        s[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        s[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    mg__buffer_append(b, s, n);
}

static bool xml_char(uint32_t cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
           (cp >= 0x10000 && cp <= 0x10FFFF);
}

/* Decodes the reference at the cursor ('&'); a bad one is reported and kept as written. */
static void reference(mg_xml_reader *x, mg_buffer *out)
{
    static const struct {
        const char *name;
        char c;
    } predefined[] = {{"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"apos", '\''}, {"quot", '"'}};
    const char *d = x->data;
    size_t start = x->pos, p = start + 1, end = p;
    while (end < x->size && end - p < 40 &&
           ((d[end] >= 'a' && d[end] <= 'z') || (d[end] >= 'A' && d[end] <= 'Z') || (d[end] >= '0' && d[end] <= '9') ||
            d[end] == '#' || d[end] == '_' || d[end] == '-' || d[end] == '.'))
        end++;
    if (end >= x->size || d[end] != ';' || end == p) {
        problem(x, start, x->line, "a bare '&' (write it as &amp;, or end the reference with ';')");
        mg__buffer_putc(out, '&');
        x->pos = start + 1;
        return;
    }
    int len = (int)(end - p);
    x->pos = end + 1;
    if (d[p] == '#') {
        bool hex = end - p > 1 && d[p + 1] == 'x';
        const char *digits = d + p + (hex ? 2 : 1);
        uint32_t cp = 0;
        bool ok = digits < d + end;
        for (const char *q = digits; ok && q < d + end; q++) {
            int v = *q >= '0' && *q <= '9' ? *q - '0'
                    : hex && (*q | 32) >= 'a' && (*q | 32) <= 'f' ? (*q | 32) - 'a' + 10
                                                                  : -1;
            ok = v >= 0 && cp <= 0x10FFFF;
            cp = cp * (hex ? 16 : 10) + (uint32_t)(v < 0 ? 0 : v);
        }
        if (ok && xml_char(cp)) {
            put_utf8(out, cp);
            return;
        }
        if (ok) problem(x, start, x->line, "character reference '&%.*s;' names a character XML does not allow", len, d + p);
        else problem(x, start, x->line, "invalid character reference '&%.*s;' (expected &#DIGITS; or &#xHEX;)", len, d + p);
    } else {
        for (size_t i = 0; i < sizeof predefined / sizeof *predefined; i++) {
            if (strlen(predefined[i].name) == (size_t)len && memcmp(predefined[i].name, d + p, (size_t)len) == 0) {
                mg__buffer_putc(out, predefined[i].c);
                return;
            }
        }
        problem(x, start, x->line,
                "unknown entity '&%.*s;' (XML predefines only &lt; &gt; &amp; &apos; &quot;; write others as &#NUMBER;)",
                len, d + p);
    }
    mg__buffer_append(out, d + start, end + 1 - start);
}

/* Decodes character data up to the next '<' or, with `quote`, an attribute value up to that
 * quote (its tabs and line ends become spaces, as XML says). */
static void gather(mg_xml_reader *x, mg_buffer *out, char quote)
{
    const char *d = x->data;
    size_t run = x->pos;
    while (x->pos < x->size) {
        unsigned char c = (unsigned char)d[x->pos];
        if (quote ? c == (unsigned char)quote : c == '<') break;
        if (c >= 0x20 && c < 0x80 && c != '&' && c != '<') {
            x->pos++;
            continue;
        }
        mg__buffer_append(out, d + run, x->pos - run);
        if (c == '&') {
            reference(x, out);
        } else if (c == '<') {
            problem(x, x->pos, x->line, "'<' in an attribute value (write it as &lt;)");
            mg__buffer_putc(out, '<');
            x->pos++;
        } else if (quote && (c == '\t' || c == '\n' || c == '\r')) {
            step(x, NULL);
            mg__buffer_putc(out, ' ');
        } else {
            step(x, out);
        }
        run = x->pos;
    }
    mg__buffer_append(out, d + run, x->pos - run);
}

/* <?xml ...?> at the start: only UTF-8 is read. Other processing instructions are skipped. */
static void processing_instruction(mg_xml_reader *x, size_t first)
{
    size_t start = x->pos;
    int line = x->line;
    bool decl = at(x, "<?xml") && x->pos + 5 < x->size && (is_space(x->data[x->pos + 5]) || x->data[x->pos + 5] == '?');
    if (!skip_past(x, "?>", NULL, "processing instruction", line) || !decl) return;
    if (start != first) problem(x, start, line, "the XML declaration must come first in the file");
    const char *d = x->data, *end = d + x->pos;
    const char *e = NULL;
    for (const char *p = d + start; p + 8 <= end && !e; p++)
        if (memcmp(p, "encoding", 8) == 0) e = p + 8;
    if (!e) return;
    while (e < end && (is_space(*e) || *e == '=')) e++;
    if (e >= end || (*e != '"' && *e != '\'')) return;
    const char *v = e + 1, *q = memchr(v, *e, (size_t)(end - v));
    if (!q) return;
    size_t n = (size_t)(q - v);
    static const char *const utf8[] = {"UTF-8", "UTF8", "US-ASCII", "ASCII", "ISO-8859-1", "ISO_8859-1", "latin1", "l1"};
    size_t accepted = x->latin1 ? sizeof utf8 / sizeof *utf8 : 4; /* Latin-1 once the caller transcoded it */
    for (size_t i = 0; i < accepted; i++)
        if (strlen(utf8[i]) == n && strncasecmp(utf8[i], v, n) == 0) return;
    int vline = line, vcolumn = 1;
    mg__locate_advance(d, start, (size_t)(v - d), &vline, &vcolumn);
    problem(x, (size_t)(v - d), vline, "unsupported encoding '%.*s': mechgraph reads UTF-8 and ISO-8859-1 (convert the file, e.g. with iconv)",
            (int)(n > 40 ? 40 : n), v);
    stop(x);
}

/* <!DOCTYPE ...> with its internal subset, skipped: quoted strings and comments may hold '>'. */
static void doctype(mg_xml_reader *x)
{
    size_t start = x->pos;
    int line = x->line;
    if (x->seen_root) problem(x, start, line, "a DOCTYPE must come before the root element");
    x->pos += 9;
    bool subset = false;
    while (x->pos < x->size) {
        char c = x->data[x->pos];
        if (c == '"' || c == '\'') {
            x->pos++;
            while (x->pos < x->size && x->data[x->pos] != c) step(x, NULL);
            if (x->pos < x->size) x->pos++;
        } else if (at(x, "<!--")) {
            x->pos += 4;
            if (!skip_past(x, "-->", NULL, "comment", x->line)) return;
        } else if (c == '[') {
            subset = true;
            x->pos++;
        } else if (c == ']') {
            subset = false;
            x->pos++;
        } else if (c == '>' && !subset) {
            x->pos++;
            return;
        } else {
            step(x, NULL);
        }
    }
    problem(x, x->pos, x->line, "unexpected end of file: the DOCTYPE opened at line %d is not closed", line);
    stop(x);
}

static mg_error_t out_of_memory(mg_xml_reader *x)
{
    x->done = true;
    return x->fatal = mg__fail(MG_ENOMEM, "out of memory");
}

/* Emits the END event owed for the innermost open element. */
static mg_error_t close_one(mg_xml_reader *x, mg_xml_event *ev)
{
    const mg_xml_open *top = &x->stack[x->depth - 1];
    ev->kind = MG_XML_END;
    ev->name = x->data + top->name_start;
    ev->name_len = top->name_len;
    const char *colon = memchr(ev->name, ':', ev->name_len);
    ev->local = colon ? colon + 1 : ev->name;
    ev->local_len = ev->name_len - (size_t)(ev->local - ev->name);
    ev->offset = x->end_offset;
    ev->line = x->end_line;
    ev->depth = (int)x->depth;
    x->closing--;
    if (--x->depth == 0) x->root_closed = true;
    return MG_OK;
}

static mg_error_t end_tag(mg_xml_reader *x, mg_xml_event *ev)
{
    char buf[16];
    size_t start = x->pos;
    int line = x->line;
    x->pos += 2;
    size_t name_start = x->pos, len = parse_name(x);
    if (!len) {
        problem(x, x->pos, x->line, "expected an element name after '</', found %s", found(x, buf, sizeof buf));
        stop(x);
        return MG_OK;
    }
    skip_space(x);
    if (x->pos >= x->size || x->data[x->pos] != '>') {
        problem(x, x->pos, x->line, "expected '>' to end the tag </%.*s>, found %s", (int)len, x->data + name_start,
                found(x, buf, sizeof buf));
        stop(x);
        return MG_OK;
    }
    x->pos++;
    if (x->depth == 0) {
        problem(x, start, line, "end tag </%.*s> without a start tag", (int)len, x->data + name_start);
        stop(x);
        return MG_OK;
    }
    x->end_offset = start;
    x->end_line = line;
    const mg_xml_open *top = &x->stack[x->depth - 1];
    const char *name = x->data + name_start;
    if (top->name_len == len && memcmp(x->data + top->name_start, name, len) == 0) {
        x->closing = 1;
        return close_one(x, ev);
    }
    /* a forgotten end tag: close up to the element this one names; a misspelt one: close the
     * innermost, so that one slip is one problem */
    size_t k = x->depth - 1;
    while (k > 0 && !(x->stack[k - 1].name_len == len && memcmp(x->data + x->stack[k - 1].name_start, name, len) == 0)) k--;
    if (k > 0) {
        problem(x, start, line, "expected </%.*s> (for the <%.*s> of line %d) before </%.*s>", (int)top->name_len,
                x->data + top->name_start, (int)top->name_len, x->data + top->name_start, top->line, (int)len, name);
        x->closing = x->depth - (k - 1);
    } else {
        problem(x, start, line, "end tag </%.*s> does not match <%.*s> (line %d)", (int)len, name, (int)top->name_len,
                x->data + top->name_start, top->line);
        x->closing = 1;
    }
    return close_one(x, ev);
}

static mg_error_t start_tag(mg_xml_reader *x, mg_xml_event *ev)
{
    char buf[16];
    const char *d = x->data;
    size_t start = x->pos;
    int line = x->line;
    x->pos++;
    size_t name_start = x->pos, len = parse_name(x);
    if (!len) {
        problem(x, x->pos, x->line, "expected an element name after '<', found %s", found(x, buf, sizeof buf));
        stop(x);
        return MG_OK;
    }
    const char *name = d + name_start;
    if (x->root_closed) {
        problem(x, start, line, "a second root element <%.*s> (a document has one)", (int)len, name);
        stop(x);
        return MG_OK;
    }
    if (x->depth >= MG_XML_DEPTH_MAX) {
        problem(x, start, line, "elements nested deeper than %d levels", MG_XML_DEPTH_MAX);
        stop(x);
        return MG_OK;
    }
    x->values.len = 0;
    size_t count = 0;
    bool self_closing = false;
    for (;;) {
        bool space = skip_space(x);
        if (x->pos >= x->size) {
            problem(x, x->pos, x->line, "unexpected end of file inside the tag <%.*s> of line %d", (int)len, name, line);
            stop(x);
            return MG_OK;
        }
        if (d[x->pos] == '>') {
            x->pos++;
            break;
        }
        if (at(x, "/>")) {
            x->pos += 2;
            self_closing = true;
            break;
        }
        size_t aoff = x->pos;
        int aline = x->line;
        size_t alen = parse_name(x);
        if (!alen) {
            problem(x, x->pos, x->line, "expected an attribute name, '>' or '/>' in the tag <%.*s>, found %s", (int)len,
                    name, found(x, buf, sizeof buf));
            stop(x);
            return MG_OK;
        }
        if (!space) problem(x, aoff, aline, "expected a space before the attribute '%.*s'", (int)alen, d + aoff);
        if (mg__reserve((void **)&x->attrs, &x->attr_cap, count + 1, sizeof *x->attrs)) return out_of_memory(x);
        mg_xml_attr *a = &x->attrs[count];
        size_t value_start = x->values.len;
        skip_space(x);
        if (x->pos < x->size && d[x->pos] == '=') {
            x->pos++;
            skip_space(x);
            if (x->pos < x->size && (d[x->pos] == '"' || d[x->pos] == '\'')) {
                char quote = d[x->pos];
                size_t qoff = x->pos;
                int qline = x->line;
                x->pos++;
                gather(x, &x->values, quote);
                if (x->pos >= x->size) {
                    problem(x, qoff, qline, "unexpected end of file: the value of the attribute '%.*s' is not closed",
                            (int)alen, d + aoff);
                    stop(x);
                    return MG_OK;
                }
                x->pos++;
            } else {
                problem(x, x->pos, x->line, "expected the value of the attribute '%.*s' in quotes, found %s", (int)alen,
                        d + aoff, found(x, buf, sizeof buf));
                /* read it up to the next space or the end of the tag, and go on */
                while (x->pos < x->size && !is_space(d[x->pos]) && d[x->pos] != '>' && d[x->pos] != '<' && !at(x, "/>"))
                    step(x, &x->values);
            }
        } else if (x->pos < x->size) {
            /* shown at the name, before the problems its missing value causes */
            problem(x, aoff, aline, "expected '=' and a value after the attribute name '%.*s', found %s", (int)alen, d + aoff,
                    found(x, buf, sizeof buf));
        } else {
            problem(x, x->pos, x->line, "unexpected end of file inside the tag <%.*s> of line %d", (int)len, name, line);
            stop(x);
            return MG_OK;
        }
        *a = (mg_xml_attr){d + aoff, alen, NULL, x->values.len - value_start, aoff, aline};
        mg__buffer_putc(&x->values, '\0');
        for (size_t j = 0; j < count; j++) {
            if (x->attrs[j].name_len == alen && memcmp(x->attrs[j].name, d + aoff, alen) == 0) {
                problem(x, aoff, aline, "attribute '%.*s' given twice", (int)alen, d + aoff);
                break;
            }
        }
        count++;
    }
    if (x->values.failed) return out_of_memory(x);
    /* the values lie one after another, each NUL-terminated; the buffer no longer moves */
    size_t off = 0;
    for (size_t i = 0; i < count; i++) {
        x->attrs[i].value = x->values.data + off;
        off += x->attrs[i].value_len + 1;
    }
    if (mg__reserve((void **)&x->stack, &x->stack_cap, x->depth + 1, sizeof *x->stack)) return out_of_memory(x);
    x->stack[x->depth++] = (mg_xml_open){name_start, len, start, line};
    x->seen_root = true;
    ev->kind = MG_XML_START;
    ev->name = name;
    ev->name_len = len;
    const char *colon = memchr(name, ':', len);
    ev->local = colon ? colon + 1 : name;
    ev->local_len = len - (size_t)(ev->local - name);
    ev->attrs = x->attrs;
    ev->attr_count = count;
    ev->offset = start;
    ev->line = line;
    ev->depth = (int)x->depth;
    if (self_closing) {
        x->closing = 1;
        x->end_offset = start;
        x->end_line = line;
    }
    return MG_OK;
}

/* Text outside the root element: whitespace and comments only. */
static void outside(mg_xml_reader *x)
{
    char buf[16];
    if (skip_space(x) || x->pos >= x->size || x->data[x->pos] == '<') return;
    if (!x->seen_root) {
        problem(x, x->pos, x->line, "expected '<' to start the root element, found %s", found(x, buf, sizeof buf));
        stop(x);
        return;
    }
    problem(x, x->pos, x->line, "text after the end of the root element");
    while (x->pos < x->size && x->data[x->pos] != '<') step(x, NULL);
}

mg_error_t mg_xml_next(mg_xml_reader *x, mg_xml_event *ev)
{
    memset(ev, 0, sizeof *ev);
    ev->kind = MG_XML_EOF;
    if (x->fatal) return x->fatal;
    if (x->closing) return close_one(x, ev);
    size_t first = x->size >= 3 && memcmp(x->data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    x->text.len = 0;
    bool have_text = false;
    while (!x->done) {
        if (x->text.failed || x->values.failed) return out_of_memory(x);
        if (x->pos >= x->size) {
            if (x->depth) {
                const mg_xml_open *top = &x->stack[x->depth - 1];
                problem(x, x->pos, x->line, "unexpected end of file: expected </%.*s> to close the <%.*s> of line %d",
                        (int)top->name_len, x->data + top->name_start, (int)top->name_len, x->data + top->name_start,
                        top->line);
                stop(x);
            } else if (!x->seen_root) {
                problem(x, x->pos, x->line, "unexpected end of file: expected a root element");
                stop(x);
            }
            x->done = true;
            break;
        }
        if (x->data[x->pos] != '<') {
            if (x->depth == 0) {
                outside(x);
                continue;
            }
            if (!have_text) {
                x->text_offset = x->pos;
                x->text_line = x->line;
                have_text = true;
            }
            gather(x, &x->text, 0);
            continue;
        }
        int line = x->line;
        if (at(x, "<!--")) {
            x->pos += 4;
            skip_past(x, "-->", NULL, "comment", line);
        } else if (at(x, "<![CDATA[")) {
            if (x->depth == 0) {
                problem(x, x->pos, line, "CDATA section outside the root element");
                stop(x);
                break;
            }
            if (!have_text) {
                x->text_offset = x->pos;
                x->text_line = line;
                have_text = true;
            }
            x->pos += 9;
            skip_past(x, "]]>", &x->text, "CDATA section", line);
        } else if (at(x, "<?")) {
            processing_instruction(x, first);
        } else if (at(x, "<!DOCTYPE")) {
            doctype(x);
        } else if (at(x, "<!")) {
            problem(x, x->pos, line, "expected a comment, a CDATA section or a DOCTYPE after '<!'");
            stop(x);
        } else if (have_text && x->text.len) {
            break; /* the text first; the tag on the next call */
        } else if (at(x, "</")) {
            return end_tag(x, ev);
        } else {
            return start_tag(x, ev);
        }
    }
    if (x->text.failed || x->values.failed) return out_of_memory(x);
    if (have_text && x->text.len && !x->done) {
        ev->kind = MG_XML_TEXT;
        ev->text = mg__buffer_cstr(&x->text);
        ev->text_len = x->text.len;
        ev->offset = x->text_offset;
        ev->line = x->text_line;
        ev->depth = (int)x->depth;
    }
    return MG_OK;
}

char *mg_xml_latin1_to_utf8(const char *data, size_t size, size_t *out_size, bool *oom)
{
    *oom = false;
    /* the declaration, at the very start: <?xml version="1.0" encoding="ISO-8859-1"?> */
    if (size < 6 || memcmp(data, "<?xml", 5) != 0) return NULL;
    const char *end = memchr(data, '>', size < 200 ? size : 200);
    if (!end) return NULL;
    static const char *const names[] = {"ISO-8859-1", "ISO_8859-1", "latin1", "l1"};
    bool latin1 = false;
    for (const char *p = data; p + 8 < end && !latin1; p++) {
        if (memcmp(p, "encoding", 8) != 0) continue;
        const char *v = p + 8;
        while (v < end && (is_space(*v) || *v == '=')) v++;
        if (v >= end || (*v != '"' && *v != '\'')) return NULL;
        const char *q = memchr(v + 1, *v, (size_t)(end - v - 1));
        size_t n = q ? (size_t)(q - v - 1) : 0;
        for (size_t i = 0; q && i < sizeof names / sizeof *names; i++)
            latin1 = latin1 || (strlen(names[i]) == n && strncasecmp(names[i], v + 1, n) == 0);
        if (!latin1) return NULL;
    }
    if (!latin1) return NULL;
    size_t high = 0;
    for (size_t i = 0; i < size; i++) high += (unsigned char)data[i] >= 0x80;
    char *out = malloc(size + high + 1);
    if (!out) return *oom = true, NULL;
    size_t k = 0;
    for (size_t i = 0; i < size; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c < 0x80) {
            out[k++] = (char)c;
        } else {
            out[k++] = (char)(0xC0 | (c >> 6));
            out[k++] = (char)(0x80 | (c & 0x3F));
        }
    }
    out[k] = '\0';
    *out_size = k;
    return out;
}
