/*
 * xml.c - XML through expat for the GraphML reader (see xml.h for what it reads and refuses).
 * Expat parses; this file turns its callbacks into events that carry byte offsets and lines (the
 * attributes' own offsets read from the tag as written), keeps the open elements for messages,
 * and, when expat stops at a problem, says what is wrong where a person would look: expat's
 * "not well-formed (invalid token)" becomes "a bare '&'" at the '&', "expected the value of the
 * attribute 'id' in quotes" at the value, and so on.
 */
#include "xml.h"

#include "io/lazy_expat.h" /* expat, loaded on first use */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#if XML_MAJOR_VERSION < 2 || (XML_MAJOR_VERSION == 2 && XML_MINOR_VERSION < 4)
#error "expat 2.4 or later is needed: its limit on entity expansion (billion laughs) is relied on"
#endif

#define CHUNK ((size_t)1 << 20) /* fed to expat a piece at a time: XML_Parse copies what it is given */
#define BACK_MAX ((size_t)1 << 20) /* how far back a problem's tag is looked for */

typedef struct {
    size_t name, len; /* the name, in `names` */
    int line;
} open_element;

typedef struct {
    XML_Parser p;
    const unsigned char *d;
    size_t size, w; /* w: bytes per code unit, 2 in UTF-16 */
    mg_text_form form;
    mg_xml_report_fn report;
    mg_xml_event_fn event;
    void *ctx;
    open_element *stack;
    size_t depth, stack_cap;
    mg_buffer names; /* of the open elements, each NUL-terminated */
    mg_buffer text;  /* the character data being gathered */
    size_t text_offset;
    int text_line;
    bool have_text;
    mg_xml_attr *attrs;
    size_t attr_cap;
    mg_xml_ns ns; /* the namespace bindings in scope */
    char encoding[48]; /* as declared */
    bool seen_root, failed, stopped;
    mg_error_t fatal;
} xml;

static void problem(xml *x, size_t offset, int line, const char *fmt, ...) MG_PRINTF(4, 5);
static void problem(xml *x, size_t offset, int line, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    x->report(x->ctx, offset, line, msg);
}

/* Stops expat from within a handler; `failed`: because of a problem. */
static void halt(xml *x, bool failed)
{
    x->failed = x->failed || failed;
    if (!x->stopped) XML_StopParser(x->p, XML_FALSE);
    x->stopped = true;
}

static void out_of_memory(xml *x)
{
    if (!x->fatal) x->fatal = mg__fail(MG_ENOMEM, "out of memory");
    halt(x, true);
}

/* ---- the text as written: code units, names, lines ---- */

/* The code unit at byte i, or -1 past the end. */
static long unit(const xml *x, size_t i)
{
    if (i >= x->size || x->size - i < x->w) return -1;
    const unsigned char *d = x->d + i;
    if (x->w == 1) return d[0];
    return x->form == MG_TEXT_UTF16LE ? d[0] | (long)d[1] << 8 : (long)d[0] << 8 | d[1];
}

static bool is_space(long u) { return u == ' ' || u == '\t' || u == '\n' || u == '\r'; }

static bool is_name(long u)
{
    return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
           u == ':' || u == '-' || u == '.';
}

/* The end of the name that starts at byte i (i itself when none does). */
static size_t name_end(const xml *x, size_t i)
{
    if (x->w == 1) {
        while (i < x->size && is_name(x->d[i])) i++;
        return i;
    }
    while (is_name(unit(x, i))) i += x->w;
    return i;
}

static bool at(const xml *x, size_t i, const char *s)
{
    for (; *s; s++, i += x->w)
        if (unit(x, i) != (unsigned char)*s) return false;
    return true;
}

static int line_at(const xml *x, size_t from, int line, size_t to)
{
    int column = 1;
    mg__locate_advance_form(x->form, (const char *)x->d, from, to, &line, &column);
    return line;
}

/* The line of byte `from`, before byte `to` of line `line`. */
static int line_back(const xml *x, size_t from, size_t to, int line) { return line - (line_at(x, from, 1, to) - 1); }

/* The name written at byte i (for messages: as UTF-8, at most n - 1 bytes); its end. */
static size_t name_at(const xml *x, size_t i, char *buf, size_t n)
{
    size_t k = 0;
    for (long u; (u = unit(x, i)) >= 0 && is_name(u); i += x->w) {
        if (x->form != MG_TEXT_UTF8 && u >= 0x80) { /* ISO-8859-1, UTF-16: two or three bytes */
            if (k + 3 >= n) continue;
            if (u >= 0x800) buf[k++] = (char)(0xE0 | u >> 12), buf[k++] = (char)(0x80 | (u >> 6 & 0x3F));
            else buf[k++] = (char)(0xC0 | u >> 6);
            buf[k++] = (char)(0x80 | (u & 0x3F));
        } else if (k + 1 < n) {
            buf[k++] = (char)u;
        }
    }
    buf[k] = '\0';
    return i;
}

/* What stands at byte i, for messages: "'x'", "a space", "byte 0x01" or "the end of the file". */
static const char *found(const xml *x, size_t i, char *buf, size_t n)
{
    long u = unit(x, i);
    if (u < 0) return "the end of the file";
    if (u == ' ') return "a space";
    if (u == '\n' || u == '\r') return "the end of the line";
    if (u > 0x20 && u < 0x7f) snprintf(buf, n, "'%c'", (char)u);
    else if (x->w == 1) snprintf(buf, n, "byte 0x%02lx", u);
    else snprintf(buf, n, "character U+%04lX", u);
    return buf;
}

static void unknown_entity(xml *x, size_t offset, int line, const char *name, size_t len)
{
    problem(x, offset, line,
            "unknown entity '&%.*s;' (XML predefines only &lt; &gt; &amp; &apos; &quot;; write others as &#NUMBER;)",
            (int)(len > 40 ? 40 : len), name);
}

/* ---- a tag as written ---- */

typedef enum { TAG_NOT, TAG_BETWEEN, TAG_AFTER_NAME, TAG_AFTER_EQ, TAG_VALUE, TAG_ENDED } tag_state;

typedef struct {
    tag_state state;
    size_t name;  /* the last attribute name's offset */
    size_t quote; /* the open quote's offset */
    bool spaced;  /* a space since the last value */
} tag_walk;

/* Walks the start tag at `start` ('<') up to `stop` or its end: its state there. The first `max`
 * attribute names' offsets go to attrs[]; with `refs`, each reference in a value to an entity
 * other than the five XML predefines is reported (the tag stands at `line`). */
static tag_walk walk_tag(xml *x, size_t start, int line, size_t stop, mg_xml_attr *attrs, size_t max, bool refs)
{
    static const char *const predefined[] = {"lt", "gt", "amp", "apos", "quot"};
    tag_walk t = {TAG_NOT, 0, 0, false};
    size_t w = x->w, i = start + w, count = 0;
    long q = 0;
    if (unit(x, start) != '<' || !is_name(unit(x, i))) return t;
    i = name_end(x, i);
    t.state = TAG_BETWEEN;
    for (long u; i < stop && (u = unit(x, i)) >= 0;) {
        switch (t.state) {
        case TAG_BETWEEN:
            if (is_space(u)) {
                t.spaced = true;
            } else if (is_name(u)) {
                t.name = i;
                if (count < max) attrs[count].offset = i;
                count++;
                i = name_end(x, i) - w;
                t.state = TAG_AFTER_NAME;
            } else {
                if (u == '>' || (u == '/' && unit(x, i + w) == '>')) t.state = TAG_ENDED;
                return t;
            }
            break;
        case TAG_AFTER_NAME:
        case TAG_AFTER_EQ:
            if (t.state == TAG_AFTER_NAME && u == '=') t.state = TAG_AFTER_EQ;
            else if (t.state == TAG_AFTER_EQ && (u == '"' || u == '\'')) t.state = TAG_VALUE, t.quote = i, q = u;
            else if (!is_space(u)) return t;
            break;
        default: /* TAG_VALUE */
            if (x->w == 1 && u != q && u != '&') { /* most of a tag: on to the quote or a reference at once */
                const unsigned char *p = x->d + i, *e = x->d + (stop < x->size ? stop : x->size);
                while (p < e && *p != q && *p != '&') p++;
                i = (size_t)(p - x->d);
                continue;
            }
            if (u == q) {
                t.state = TAG_BETWEEN;
                t.spaced = false;
            } else if (u == '&' && refs && unit(x, i + w) != '#') {
                char name[48];
                size_t end = name_at(x, i + w, name, sizeof name), j = 0;
                while (j < 5 && strcmp(predefined[j], name) != 0) j++;
                if (unit(x, end) == ';' && j == 5) unknown_entity(x, i, line_at(x, start, line, i), name, strlen(name));
            }
            break;
        }
        i += w;
    }
    return t;
}

/* ---- expat's callbacks ---- */

static void flush_text(xml *x)
{
    if (!x->have_text) return;
    x->have_text = false;
    if (x->text.failed) {
        out_of_memory(x);
        return;
    }
    mg_xml_event ev = {.kind = MG_XML_TEXT, .text = mg__buffer_cstr(&x->text), .text_len = x->text.len,
                       .offset = x->text_offset, .line = x->text_line, .depth = (int)x->depth};
    x->text.len = 0;
    if (!x->event(x->ctx, &ev)) halt(x, false);
}

static void name_parts(const xml *x, mg_xml_event *ev, const char *name)
{
    ev->name = name;
    ev->name_len = strlen(name);
    const char *colon = strchr(name, ':');
    ev->local = colon ? colon + 1 : name;
    ev->local_len = ev->name_len - (size_t)(ev->local - name);
    ev->ns = mg__xml_ns_of(&x->ns, name, colon ? (size_t)(colon - name) : 0);
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    xml *x = ud;
    flush_text(x);
    if (x->stopped) return;
    size_t offset = (size_t)XML_GetCurrentByteIndex(x->p);
    int line = (int)XML_GetCurrentLineNumber(x->p);
    if (x->depth >= MG_XML_DEPTH_MAX) {
        problem(x, offset, line, "elements nested deeper than %d levels", MG_XML_DEPTH_MAX);
        halt(x, true);
        return;
    }
    /* the attributes written in the tag, not those a DOCTYPE's ATTLIST adds */
    size_t n = (size_t)XML_GetSpecifiedAttributeCount(x->p) / 2;
    if (mg__reserve((void **)&x->attrs, &x->attr_cap, n + 1, sizeof *x->attrs) ||
        mg__reserve((void **)&x->stack, &x->stack_cap, x->depth + 1, sizeof *x->stack)) {
        out_of_memory(x);
        return;
    }
    for (size_t i = 0; i < n; i++) x->attrs[i].offset = offset;
    walk_tag(x, offset, line, SIZE_MAX, x->attrs, n, true);
    size_t prev = offset;
    int aline = line;
    for (size_t i = 0; i < n; i++) {
        mg_xml_attr *a = &x->attrs[i];
        aline = line_at(x, prev, aline, a->offset);
        prev = a->offset;
        *a = (mg_xml_attr){atts[2 * i], strlen(atts[2 * i]), atts[2 * i + 1], strlen(atts[2 * i + 1]), a->offset, aline};
    }
    if (!mg__xml_ns_push(&x->ns, x->attrs, n, x->depth + 1)) {
        out_of_memory(x);
        return;
    }
    open_element *e = &x->stack[x->depth++];
    e->name = x->names.len;
    e->len = strlen(name);
    e->line = line;
    mg__buffer_append(&x->names, name, e->len + 1);
    if (x->names.failed) {
        out_of_memory(x);
        return;
    }
    x->seen_root = true;
    mg_xml_event ev = {.kind = MG_XML_START, .attrs = x->attrs, .attr_count = n, .offset = offset, .line = line,
                       .depth = (int)x->depth};
    name_parts(x, &ev, name);
    if (!x->event(x->ctx, &ev)) halt(x, false);
}

static void XMLCALL on_end(void *ud, const XML_Char *name)
{
    xml *x = ud;
    flush_text(x);
    if (x->stopped) return;
    mg_xml_event ev = {.kind = MG_XML_END, .offset = (size_t)XML_GetCurrentByteIndex(x->p),
                       .line = (int)XML_GetCurrentLineNumber(x->p), .depth = (int)x->depth};
    name_parts(x, &ev, name);
    x->names.len = x->stack[--x->depth].name;
    mg__xml_ns_pop(&x->ns, x->depth + 1);
    if (!x->event(x->ctx, &ev)) halt(x, false);
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int len)
{
    xml *x = ud;
    if (x->stopped) return;
    if (!x->have_text) {
        x->have_text = true;
        x->text_offset = (size_t)XML_GetCurrentByteIndex(x->p);
        x->text_line = (int)XML_GetCurrentLineNumber(x->p);
    }
    mg__buffer_append(&x->text, s, (size_t)len);
}

/* With a default handler, expat passes a reference to an entity the DOCTYPE declares here,
 * unexpanded, rather than expanding it (in attribute values, walk_tag finds them). */
static void XMLCALL on_default(void *ud, const XML_Char *s, int len)
{
    xml *x = ud;
    if (x->stopped || len < 3 || s[0] != '&' || s[len - 1] != ';') return;
    unknown_entity(x, (size_t)XML_GetCurrentByteIndex(x->p), (int)XML_GetCurrentLineNumber(x->p), s + 1, (size_t)len - 2);
}

static void XMLCALL on_skipped(void *ud, const XML_Char *name, int is_parameter_entity)
{
    xml *x = ud;
    if (x->stopped || is_parameter_entity) return;
    unknown_entity(x, (size_t)XML_GetCurrentByteIndex(x->p), (int)XML_GetCurrentLineNumber(x->p), name, strlen(name));
}

static bool is_latin1(const char *name)
{
    static const char *const names[] = {"ISO-8859-1", "ISO_8859-1", "ISO8859-1", "latin1", "l1"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcasecmp(names[i], name) == 0) return true;
    return false;
}

static void XMLCALL on_declaration(void *ud, const XML_Char *version, const XML_Char *encoding, int standalone)
{
    xml *x = ud;
    (void)version, (void)standalone;
    if (!encoding) return;
    snprintf(x->encoding, sizeof x->encoding, "%s", encoding);
    if (x->w == 1 && is_latin1(encoding)) x->form = MG_TEXT_LATIN1;
}

static int XMLCALL utf8_convert(void *data, const char *s)
{
    (void)data;
    const unsigned char *u = (const unsigned char *)s;
    size_t n = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : 2;
    if (mg__utf8_sequence(s, n) != n) return -1;
    int cp = u[0] & (0x7F >> n);
    for (size_t i = 1; i < n; i++) cp = cp << 6 | (u[i] & 0x3F);
    return cp;
}

/* The other names of the encodings expat knows (it knows "ISO-8859-1", not "latin1"). */
static int XMLCALL on_unknown_encoding(void *ud, const XML_Char *name, XML_Encoding *info)
{
    (void)ud;
    bool latin1 = is_latin1(name), ascii = strcasecmp(name, "ASCII") == 0, utf8 = strcasecmp(name, "UTF8") == 0;
    if (!latin1 && !ascii && !utf8) return XML_STATUS_ERROR;
    for (int i = 0; i < 256; i++) {
        info->map[i] = latin1 || i < 0x80 ? i : -1;
        if (utf8 && i >= 0xC2 && i <= 0xF4) info->map[i] = i >= 0xF0 ? -4 : i >= 0xE0 ? -3 : -2;
    }
    info->data = NULL;
    info->convert = utf8 ? utf8_convert : NULL;
    info->release = NULL;
    return XML_STATUS_OK;
}

/* ---- when expat stops: what is wrong, where ---- */

/* The end of the file was reached inside the markup that starts at `pos` (on `line`). */
static void unclosed(xml *x, size_t pos, int line)
{
    char name[80], buf[24];
    size_t end = x->size;
    int end_line = line_at(x, pos, line, end);
    static const struct {
        const char *start, *what, *end;
    } kinds[] = {{"<!--", "comment", "-->"}, {"<![CDATA[", "CDATA section", "]]>"}, {"<!DOCTYPE", "DOCTYPE", ">"},
                 {"<?", "processing instruction", "?>"}};
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (at(x, pos, kinds[i].start)) {
            problem(x, end, end_line, "unexpected end of file: the %s opened at line %d is not closed (expected '%s')",
                    kinds[i].what, line, kinds[i].end);
            return;
        }
    if (at(x, pos, "</")) {
        name_at(x, pos + 2 * x->w, name, sizeof name);
        problem(x, end, end_line, "unexpected end of file inside the end tag </%s> of line %d", name, line);
        return;
    }
    tag_walk t = walk_tag(x, pos, line, end, NULL, 0, false);
    name_at(x, pos + x->w, name, sizeof name);
    if (t.state == TAG_VALUE) {
        char attr[80];
        name_at(x, t.name, attr, sizeof attr);
        problem(x, t.quote, line_at(x, pos, line, t.quote), "unexpected end of file: the value of the attribute '%s' is not closed",
                attr);
    } else if (t.state != TAG_NOT) {
        problem(x, end, end_line, "unexpected end of file inside the tag <%s> of line %d", name, line);
    } else {
        problem(x, end, end_line, "unexpected end of file after %s", found(x, pos, buf, sizeof buf));
    }
}

/* Expat found a character or a token it did not expect at `pos`. */
static void unexpected(xml *x, enum XML_Error code, size_t pos, int line)
{
    char buf[24], name[80];
    size_t w = x->w, start = pos;
    long u = unit(x, pos);
    /* the tag it stands in: back to its '<' (which a value cannot hold) */
    if (start >= w) start -= w;
    while (start >= w && pos - start < BACK_MAX && unit(x, start) != '<') start -= w;
    int tline = line;
    tag_walk t = {TAG_NOT, 0, 0, false};
    if (start < pos && unit(x, start) == '<') {
        tline = line_back(x, start, pos, line);
        t = walk_tag(x, start, tline, pos, NULL, 0, false);
    }
    bool in_tag = t.state != TAG_NOT && t.state != TAG_ENDED;
    if (!x->seen_root && !in_tag && u != '<') {
        problem(x, pos, line, "expected '<' to start the root element, found %s", found(x, pos, buf, sizeof buf));
        return;
    }
    if (u == 0) return problem(x, pos, line, "NUL byte in an XML file");
    if (u < 0x20 && !is_space(u)) return problem(x, pos, line, "control character 0x%02lx is not allowed in XML", u);
    if (x->form == MG_TEXT_UTF8 && u >= 0x80 && !mg__utf8_sequence((const char *)x->d + pos, x->size - pos))
        return problem(x, pos, line, "invalid UTF-8 (byte 0x%02lx); the file must be UTF-8, or declare its encoding", u);
    /* a reference gone wrong: '&' and what follows it up to here */
    size_t amp = pos;
    bool reference = false;
    for (int k = 0; amp >= w && k < 40 && !reference; k++) {
        long c = unit(x, amp -= w);
        reference = c == '&';
        if (!reference && !is_name(c) && c != '#') break;
    }
    if (reference) {
        int aline = line_back(x, amp, pos, line);
        if (unit(x, amp + w) == '#')
            return problem(x, amp, aline, "invalid character reference (expected &#DIGITS; or &#xHEX;)");
        return problem(x, amp, aline, "a bare '&' (write it as &amp;, or end the reference with ';')");
    }
    if (pos >= 2 * w && at(x, pos - 2 * w, "<!DOCTYPE"))
        return problem(x, pos - 2 * w, line, "a DOCTYPE must come before the root element");
    if (pos >= 2 * w && at(x, pos - 2 * w, "<!"))
        return problem(x, pos - 2 * w, line, "expected a comment, a CDATA section or a DOCTYPE after '<!'");
    if (pos >= 2 * w && at(x, pos - 2 * w, "<?"))
        return problem(x, pos - 2 * w, line, "expected a name after '<?', found %s", found(x, pos, buf, sizeof buf));
    if (pos >= w && unit(x, pos - w) == '<' && !in_tag)
        return problem(x, pos - w, line, "expected an element name after '<', found %s", found(x, pos, buf, sizeof buf));
    if (in_tag) {
        name_at(x, t.name, name, sizeof name);
        switch (t.state) {
        case TAG_AFTER_EQ:
            return problem(x, pos, line, "expected the value of the attribute '%s' in quotes, found %s", name,
                           found(x, pos, buf, sizeof buf));
        case TAG_AFTER_NAME:
            return problem(x, t.name, line_at(x, start, tline, t.name),
                           "expected '=' and a value after the attribute name '%s', found %s", name, found(x, pos, buf, sizeof buf));
        case TAG_VALUE:
            if (u == '<') return problem(x, pos, line, "'<' in an attribute value (write it as &lt;)");
            break;
        default:
            if (is_name(u)) {
                name_at(x, pos, name, sizeof name);
                return problem(x, pos, line, "expected a space before the attribute '%s'", name);
            }
            name_at(x, start + w, name, sizeof name);
            return problem(x, pos, line, "expected an attribute name, '>' or '/>' in the tag <%s>, found %s", name,
                           found(x, pos, buf, sizeof buf));
        }
    }
    if (u == '<' && !is_name(unit(x, pos + w)) && unit(x, pos + w) != '/')
        return problem(x, pos, line, "expected an element name after '<', found %s", found(x, pos + w, buf, sizeof buf));
    problem(x, pos, line, "%s, found %s", XML_ErrorString(code), found(x, pos, buf, sizeof buf));
}

static void diagnose(xml *x)
{
    enum XML_Error code = XML_GetErrorCode(x->p);
    XML_Index index = XML_GetCurrentByteIndex(x->p);
    size_t pos = index < 0 ? x->size : (size_t)index;
    int line = (int)XML_GetCurrentLineNumber(x->p);
    char name[80];
    x->failed = true;
    switch (code) {
    case XML_ERROR_NO_MEMORY: out_of_memory(x); return;
    case XML_ERROR_NO_ELEMENTS:
        if (!x->depth) return problem(x, x->size, line_at(x, pos, line, x->size), "unexpected end of file: expected a root element");
        const open_element *top = &x->stack[x->depth - 1];
        const char *tn = x->names.data + top->name;
        return problem(x, x->size, line_at(x, pos, line, x->size),
                       "unexpected end of file: expected </%s> to close the <%s> of line %d", tn, tn, top->line);
    case XML_ERROR_UNCLOSED_TOKEN:
    case XML_ERROR_UNCLOSED_CDATA_SECTION: return unclosed(x, pos, line);
    case XML_ERROR_PARTIAL_CHAR:
        return problem(x, pos, line, "unexpected end of file inside a character (byte 0x%02x)", pos < x->size ? x->d[pos] : 0);
    case XML_ERROR_TAG_MISMATCH: {
        size_t tag = pos >= 2 * x->w && at(x, pos - 2 * x->w, "</") ? pos - 2 * x->w : pos;
        name_at(x, pos, name, sizeof name);
        const open_element *open = &x->stack[x->depth - 1];
        const char *on = x->names.data + open->name;
        for (size_t k = x->depth - 1; k > 0; k--)
            if (strcmp(x->names.data + x->stack[k - 1].name, name) == 0)
                return problem(x, tag, line, "expected </%s> (for the <%s> of line %d) before </%s>", on, on, open->line, name);
        return problem(x, tag, line, "end tag </%s> does not match <%s> (line %d)", name, on, open->line);
    }
    case XML_ERROR_DUPLICATE_ATTRIBUTE:
        name_at(x, pos, name, sizeof name);
        return problem(x, pos, line, "attribute '%s' given twice", name);
    case XML_ERROR_JUNK_AFTER_DOC_ELEMENT:
        if (unit(x, pos) == '<' && is_name(unit(x, pos + x->w))) {
            name_at(x, pos + x->w, name, sizeof name);
            return problem(x, pos, line, "a second root element <%s> (a document has one)", name);
        }
        if (unit(x, pos) != '<') return problem(x, pos, line, "text after the end of the root element");
        return problem(x, pos, line, "markup after the end of the root element (only comments and processing instructions may follow it)");
    case XML_ERROR_MISPLACED_XML_PI:
        return problem(x, pos, line, "an XML declaration (<?xml ...?>) may only stand at the very start of the file");
    case XML_ERROR_UNDEFINED_ENTITY:
    case XML_ERROR_RECURSIVE_ENTITY_REF:
    case XML_ERROR_ASYNC_ENTITY:
    case XML_ERROR_BINARY_ENTITY_REF:
    case XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF:
        if (unit(x, pos) == '&') {
            size_t end = name_at(x, pos + x->w, name, sizeof name);
            if (unit(x, end) == ';') return unknown_entity(x, pos, line, name, strlen(name));
        } else if (unit(x, pos) == '<') { /* in an attribute value: expat points at the tag */
            walk_tag(x, pos, line, x->size, NULL, 0, true);
            return;
        }
        break;
    case XML_ERROR_AMPLIFICATION_LIMIT_BREACH:
        return problem(x, pos, line, "entities that expand to far more text than the file holds (a \"billion laughs\"): refused");
    case XML_ERROR_BAD_CHAR_REF: {
        size_t end = pos + x->w;
        while (end - pos < 40 * x->w && unit(x, end) >= 0 && unit(x, end) != ';') end += x->w;
        return problem(x, pos, line, "character reference '%.*s;' names a character XML does not allow",
                       x->w == 1 ? (int)(end - pos) : 2, x->w == 1 ? (const char *)x->d + pos : "&#");
    }
    case XML_ERROR_UNKNOWN_ENCODING:
        return problem(x, pos, line,
                       "unsupported encoding '%s': mechgraph reads UTF-8, UTF-16, ISO-8859-1 and US-ASCII (convert the file, "
                       "e.g. with iconv)",
                       x->encoding);
    case XML_ERROR_INCORRECT_ENCODING:
        return problem(x, pos, line, "the text is not in the encoding its declaration names ('%s')", x->encoding);
    default: break;
    }
    unexpected(x, code, pos, line);
}

mg_error_t mg_xml_parse(const char *data, size_t size, mg_xml_report_fn report, mg_xml_event_fn event, void *ctx,
                        mg_xml_result *out)
{
    xml x = {.d = (const unsigned char *)data, .size = size, .w = 1, .form = MG_TEXT_UTF8, .report = report,
             .event = event, .ctx = ctx};
    /* UTF-16, by its byte order mark or by a '<' in its first code unit, as expat tells it */
    if (size >= 2 && ((x.d[0] == 0xFF && x.d[1] == 0xFE) || (x.d[0] == '<' && x.d[1] == 0))) x.form = MG_TEXT_UTF16LE, x.w = 2;
    if (size >= 2 && ((x.d[0] == 0xFE && x.d[1] == 0xFF) || (x.d[0] == 0 && x.d[1] == '<'))) x.form = MG_TEXT_UTF16BE, x.w = 2;
    mg_error_t loaded = mg__expat_use();
    if (loaded) return loaded;
    x.p = XML_ParserCreate(NULL);
    if (!x.p) return mg__fail(MG_ENOMEM, "out of memory");
    XML_SetUserData(x.p, &x);
    /* never read an external DTD or parameter entity; no external entity handler: none loaded */
    XML_SetParamEntityParsing(x.p, XML_PARAM_ENTITY_PARSING_NEVER);
    XML_SetElementHandler(x.p, on_start, on_end);
    XML_SetCharacterDataHandler(x.p, on_text);
    XML_SetDefaultHandler(x.p, on_default);
    XML_SetSkippedEntityHandler(x.p, on_skipped);
    XML_SetXmlDeclHandler(x.p, on_declaration);
    XML_SetUnknownEncodingHandler(x.p, on_unknown_encoding, NULL);
    size_t done = 0;
    do {
        size_t n = size - done > CHUNK ? CHUNK : size - done;
        if (XML_Parse(x.p, data + done, (int)n, done + n == size) == XML_STATUS_ERROR) {
            if (!x.stopped) diagnose(&x);
            break;
        }
        done += n;
    } while (done < size);
    *out = (mg_xml_result){x.failed, x.form};
    mg_error_t err = x.fatal;
    XML_ParserFree(x.p);
    free(x.stack);
    free(x.attrs);
    mg__xml_ns_free(&x.ns);
    mg__buffer_free(&x.names);
    mg__buffer_free(&x.text);
    return err;
}
