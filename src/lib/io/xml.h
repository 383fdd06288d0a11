/*
 * xml.h - XML for the GraphML reader, through expat: one pass over a document held in memory,
 * delivered as start tags (with decoded attributes), end tags and decoded text, each with the byte
 * offset and line where it stands, to the caller's `event` function.
 *
 * Encodings: what expat reads, as the document declares or its byte order mark says: UTF-8,
 * UTF-16, ISO-8859-1 (also named latin1, l1, ISO_8859-1) and US-ASCII; events are UTF-8 whatever
 * the document's encoding, offsets are the document's own bytes (`form` says how to count its
 * columns).
 * What it refuses: anything not well-formed, which expat stops at; each is reported once, located
 * and reworded for people (a bare '&', an unquoted value, the end of the file inside a tag ...),
 * and nothing after it is read (`failed`). Elements nested deeper than MG_XML_DEPTH_MAX stop it
 * too. Entities: external ones are never loaded, parameter entities never read; a reference to an
 * entity a DOCTYPE declares is reported as unknown (the predefined five and character references
 * are read), so a document needing one is refused whatever the entity expands to, and expat's
 * limit on expansion (billion laughs) applies before that. The problems it can step over (an
 * unknown entity) let it go on, so that one run reports them all.
 */
#ifndef MG_XML_H
#define MG_XML_H

#include "io/io.h"

/** Elements nested deeper than this are an error (GraphML needs about ten levels). */
#define MG_XML_DEPTH_MAX 256

typedef enum { MG_XML_START, MG_XML_END, MG_XML_TEXT } mg_xml_kind;

typedef struct {
    const char *name; /* as written, prefix included; NUL-terminated */
    size_t name_len;
    const char *value; /* decoded and NUL-terminated */
    size_t value_len;
    size_t offset; /* of the name */
    int line;
} mg_xml_attr;

/** One event; its pointers are valid during the call to the `event` function only. */
typedef struct {
    mg_xml_kind kind;
    const char *name; /* START, END: the element's name as written, prefix included */
    size_t name_len;
    const char *local; /* the name without its namespace prefix ("NodeLabel" for y:NodeLabel) */
    size_t local_len;
    const char *ns; /* START, END: the namespace URI its prefix (or the default) is bound to, ""
                     * for none, NULL for an undeclared prefix (xml_ns.c) */
    const mg_xml_attr *attrs; /* START: the attributes written in the tag, in document order */
    size_t attr_count;
    const char *text; /* TEXT: decoded character data (CDATA included), NUL-terminated */
    size_t text_len;
    size_t offset; /* where the tag or the text starts */
    int line;
    int depth; /* START, END: 1 for the root element; TEXT: the depth of the enclosing element */
} mg_xml_event;

/** Receives each problem: its byte offset and line, and a message (lowercase, no full stop). */
typedef void (*mg_xml_report_fn)(void *ctx, size_t offset, int line, const char *message);
/** Receives each event; returns false to stop reading (without a problem). */
typedef bool (*mg_xml_event_fn)(void *ctx, const mg_xml_event *ev);

typedef struct {
    bool failed;       /* a problem stopped the parser: the document was not read to its end */
    mg_text_form form; /* how the document's characters are stored, for counting columns */
} mg_xml_result;

/* The namespace bindings in scope (xml_ns.c), innermost last: each declared at element depth `depth`. */
typedef struct {
    char *prefix; /* "" for the default namespace */
    char *uri;
    size_t depth;
} mg_xml_ns_binding;
typedef struct {
    mg_xml_ns_binding *b;
    size_t n, cap;
} mg_xml_ns;
/** Adds the xmlns and xmlns:p attributes of an element at `depth`; false when out of memory. */
bool mg__xml_ns_push(mg_xml_ns *ns, const mg_xml_attr *attrs, size_t n, size_t depth);
/** The URI the first `prefix_len` bytes of `name` (0: the default) are bound to; "" for no
 * default namespace, NULL for an undeclared prefix. O(bindings in scope). */
const char *mg__xml_ns_of(const mg_xml_ns *ns, const char *name, size_t prefix_len);
/** Drops the bindings declared at `depth` or deeper (an element closing). */
void mg__xml_ns_pop(mg_xml_ns *ns, size_t depth);
void mg__xml_ns_free(mg_xml_ns *ns);

/**
 * Reads the `size` bytes at `data` (a byte order mark is read as one), calling `event` for each
 * event and `report` for each problem, both with `ctx`. Text is delivered whole between two tags
 * (comments and CDATA sections inside it joined), only inside the root element.
 * Returns MG_OK, also when the document has problems (they went to `report`; see `out`), or
 * MG_ENOMEM. Time: O(size).
 */
mg_error_t mg_xml_parse(const char *data, size_t size, mg_xml_report_fn report, mg_xml_event_fn event, void *ctx,
                        mg_xml_result *out);

#endif
