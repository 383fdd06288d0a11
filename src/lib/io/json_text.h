/*
 * json_text.h - what the two JSON readers (io_json.c: mechgraph-1, io_cyjs.c: Cytoscape.js)
 * share: parsing a whole text with a located, explained syntax error, naming a value's kind, and
 * the JSON path ("edges[41].relation") their schema errors point at. Private; includes cJSON, so
 * only those readers include it.
 */
#ifndef MG_JSON_TEXT_H
#define MG_JSON_TEXT_H

#include "io/io.h"

#include <cjson/cJSON.h>

/**
 * Parses `size` bytes (a byte order mark already skipped) as one JSON document. The text is first
 * checked for valid UTF-8, NUL bytes and nesting deeper than MG_JSON_DEPTH_MAX, which cJSON does
 * not report. Returns the tree (cJSON_Delete), or NULL with the byte offset of the problem and a
 * message (lowercase, no full stop) in `msg`. Time O(size).
 */
cJSON *mg__json_parse(const char *data, size_t size, size_t *offset, char *msg, size_t msg_size);

/** The graph's comparisons as {"references": [the studies they cite], "comparisons": [...]} in
 * mechgraph-1's form (json_write.c): what GraphML and Cytoscape.js JSON carry as graph data, read
 * back by mg__comparisons_read. NULL when out of memory. */
cJSON *mg__comparisons_tree(const mg_graph *g);

/**
 * Parses a whole file's text as one JSON document for a reader: a UTF-8 byte order mark skipped,
 * an empty (or blank) text reported as "empty file: expected EXPECTED" at 1:1, a syntax error
 * reported at its line and column; each in `diags` under `name`. *out receives the tree
 * (cJSON_Delete). Returns MG_OK, or MG_EINVAL with the problem recorded. Time O(size).
 */
mg_error_t mg__json_parse_file(cJSON **out, const char *data, size_t size, const char *name, const char *expected,
                               mg_diagnostics *diags);

/**
 * The one rule of both readers for members given twice: a problem ("member 'x' given twice"),
 * never a silent choice of one of the two (cJSON keeps both; a lookup finds the first). Start,
 * then ask of each member of the object in order whether an earlier one has its name, then end.
 * An object of many members is checked through a hash set: comparing each member with every
 * earlier one made an object of 100,000 members quadratic (issue 24). Time O(members) in all.
 */
typedef struct {
    mg_hashmap names;
    bool hashed;
    const cJSON *obj;
} mg_json_members;
/** MG_OK, or MG_ENOMEM (then nothing to end). */
mg_error_t mg__json_members_start(mg_json_members *seen, const cJSON *obj);
/** Whether an earlier member of the object has `member`'s name. Call for each member in order. */
bool mg__json_members_repeat(mg_json_members *seen, const cJSON *member);
void mg__json_members_end(mg_json_members *seen);

/** Writes the tree as indented JSON with a final newline, replacing `path` only when complete
 * (mg__write_file_atomic). MG_ENOMEM when printing fails; the writer's errors otherwise. */
mg_error_t mg__json_write_tree(const char *path, const cJSON *root);

/** "a string", "an object" ...: what a value is, for "expected ..., found ..." messages. */
const char *mg__json_kind(const cJSON *v);

/** A JSON path being walked: "elements.nodes[3].data". */
typedef struct {
    char text[512];
    size_t len;
} mg_json_path;

/** Appends to the path (cut at its buffer's size); returns the length to pop back to. */
size_t mg__json_path_push(mg_json_path *p, const char *fmt, ...) MG_PRINTF(2, 3);
void mg__json_path_pop(mg_json_path *p, size_t saved);
/** The path, or "(top level)" when it is empty. */
const char *mg__json_path_text(const mg_json_path *p);

#endif
