/*
 * xml.h - a small XML tokenizer for the GraphML reader (there is no libxml2 among our
 * dependencies). It turns a UTF-8 document held in memory into start tags (with decoded
 * attributes), end tags and decoded text, one event per call, without recursion: open elements
 * are kept on an explicit stack, at most MG_XML_DEPTH_MAX deep.
 *
 * What it reads: elements and attributes, character data, the five predefined entities and
 * numeric character references, comments, CDATA sections, the XML declaration (UTF-8 only),
 * processing instructions (skipped) and a DOCTYPE (skipped: entities it declares are unknown).
 * What it checks: UTF-8 without NUL or other characters XML forbids, well-formed tags, quoted
 * attribute values given once, end tags that match, one root element, nothing but comments
 * after it. Every problem goes to the caller's `report` function with its byte offset and line;
 * problems it can step over (a bad reference, a bad byte, a mismatched end tag, an unquoted
 * attribute value) let it go on, so that one run reports them all, while a broken tag structure
 * or the end of the text inside an element stops it (`failed` is then set).
 */
#ifndef MG_XML_H
#define MG_XML_H

#include "io/io.h"

/** Elements nested deeper than this are an error (GraphML needs about ten levels). */
#define MG_XML_DEPTH_MAX 256

typedef enum { MG_XML_START, MG_XML_END, MG_XML_TEXT, MG_XML_EOF } mg_xml_kind;

typedef struct {
    const char *name; /* as written, prefix included; points into the document */
    size_t name_len;
    const char *value; /* decoded and NUL-terminated; valid until the next call */
    size_t value_len;
    size_t offset; /* of the name */
    int line;
} mg_xml_attr;

typedef struct {
    mg_xml_kind kind;
    const char *name; /* START, END: the element's name as written, prefix included */
    size_t name_len;
    const char *local; /* the name without its namespace prefix ("NodeLabel" for y:NodeLabel) */
    size_t local_len;
    const mg_xml_attr *attrs; /* START: its attributes, in document order */
    size_t attr_count;
    const char *text; /* TEXT: decoded character data, NUL-terminated; valid until the next call */
    size_t text_len;
    size_t offset; /* where the tag or the text starts */
    int line;
    int depth; /* START, END: 1 for the root element; TEXT: the depth of the enclosing element */
} mg_xml_event;

/** Receives each problem: its byte offset and line, and a message (lowercase, no full stop). */
typedef void (*mg_xml_report_fn)(void *ctx, size_t offset, int line, const char *message);

typedef struct {
    size_t name_start, name_len, offset;
    int line;
} mg_xml_open;

typedef struct {
    const char *data;
    size_t size, pos;
    int line;
    mg_xml_report_fn report;
    void *ctx;
    mg_xml_open *stack; /* open elements, the root first */
    size_t depth, stack_cap;
    size_t closing;     /* END events still owed: a self-closing tag, or a mismatched end tag */
    size_t end_offset;  /* where the tag that owes them stands */
    int end_line;
    mg_buffer text;     /* the character data being gathered */
    size_t text_offset; /* where it starts */
    int text_line;
    mg_buffer values; /* the attribute values of the current tag, one after another */
    mg_xml_attr *attrs;
    size_t attr_cap;
    bool seen_root, root_closed, done;
    bool failed;       /* a problem stopped the tokenizer */
    bool latin1;       /* the caller transcoded the text from ISO-8859-1: the declaration may say so */
    size_t problems;   /* problems reported */
    mg_error_t fatal;  /* MG_ENOMEM */
} mg_xml_reader;

/** Prepares a reader of `size` bytes at `data` (a UTF-8 byte order mark is skipped). */
void mg_xml_init(mg_xml_reader *x, const char *data, size_t size, mg_xml_report_fn report, void *ctx);
/**
 * The text as UTF-8 when its XML declaration names ISO-8859-1 (latin1), as networkx and Java
 * tools may write GraphML: each byte from 0x80 becomes the two bytes of its code point, so lines
 * and character columns stay where they were. Returns NULL (and *out_size untouched) for any
 * other declared encoding; malloc'd, NUL-terminated, *oom set when memory ran out. O(size).
 */
char *mg_xml_latin1_to_utf8(const char *data, size_t size, size_t *out_size, bool *oom);
/** Releases what the reader allocated. */
void mg_xml_free(mg_xml_reader *x);
/**
 * The next event. After the last element, and after a problem that stops the tokenizer, the
 * event is MG_XML_EOF. Returns MG_OK, or MG_ENOMEM.
 * Time: O(length of the event's markup and text); O(n) over the whole document.
 */
mg_error_t mg_xml_next(mg_xml_reader *x, mg_xml_event *ev);

#endif
