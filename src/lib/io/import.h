/*
 * import.h - what the readers of other tools' graph formats (GraphML, Cytoscape.js JSON) share:
 * the attribute names they understand and the mechgraph field each fills, a record of one node or
 * edge whose fields arrive as text, and the importer that builds the graph from such records
 * (ids checked as they come, edge ends resolved once every node is known, the studies an edge
 * lists turned back into evidence) and keeps the problems until the end, so that they are
 * reported in file order even when found out of it.
 */
#ifndef MG_IMPORT_H
#define MG_IMPORT_H

#include "io/io.h"

/** Where a record or value stands. */
typedef struct {
    size_t order;     /* file order: a byte offset when `path` is NULL, else the rank of a JSON element */
    const char *path; /* a JSON path, or NULL: the place is the byte offset `order` (line:column) */
    const char *key;  /* a member of `path` ("edges[3].data" + "source"), or NULL */
    int line;         /* the line of that byte offset, when known (0 otherwise) */
} mg_loc;

typedef enum {
    MG_FIELD_NONE = -1,
    MG_FIELD_LABEL,    /* node */
    MG_FIELD_TYPE,     /* node */
    MG_FIELD_SYNONYMS, /* node: names joined by '|' */
    MG_FIELD_XREFS,    /* node: key:value pairs joined by '|' */
    MG_FIELD_NOTE,     /* node or edge */
    MG_FIELD_RELATION, /* edge: a relation, or a sign (+, -, activation ...) */
    MG_FIELD_WEIGHT,   /* edge */
    MG_FIELD_REFERENCES,     /* edge: study ids joined by '|' */
    MG_FIELD_DOIS,           /* edge: their DOIs joined by '|' */
    MG_FIELD_EVIDENCE_COUNT, /* edge */
    MG_FIELD_ORIGIN,         /* edge: the file it came from (a merged graph) */
    MG_FIELD_NAME,        /* graph */
    MG_FIELD_DESCRIPTION, /* graph */
    MG_FIELD_COMPARISONS, /* graph: mechgraph's comparisons as JSON text (mg__comparisons_read) */
    MG_FIELD_COUNT
} mg_field;

typedef enum { MG_OWNER_NODE, MG_OWNER_EDGE, MG_OWNER_GRAPH } mg_owner;

/**
 * The field an attribute named `name` (`len` bytes, case ignored) fills on a node, an edge or the
 * graph, and its rank: where several attributes fill one field (label and name), the lowest rank
 * wins. `*sign` is set for a sign attribute, whose bare numbers are signs. MG_FIELD_NONE for the
 * attributes mechgraph does not read.
 */
mg_field mg__import_field(mg_owner owner, const char *name, size_t len, int *rank, bool *sign);

typedef struct {
    const char *text; /* NULL when not given; need not be NUL-terminated */
    size_t len;
    mg_loc loc;
    int rank;
    bool sign;
} mg_import_value;

typedef struct {
    mg_loc loc;                     /* the record itself */
    mg_import_value id;             /* a node's id */
    mg_import_value source, target; /* an edge's ends */
    mg_import_value field[MG_FIELD_COUNT];
} mg_import_record;

/** Whether a value of rank `rank` for field `f` should replace what the record holds. */
static inline bool mg__import_wins(const mg_import_record *rec, mg_field f, int rank)
{
    return !rec->field[f].text || rank < rec->field[f].rank;
}

typedef struct mg_pending_edge mg_pending_edge;
typedef struct mg_edge_detail mg_edge_detail;
typedef struct mg_pending_problem mg_pending_problem;

typedef struct {
    const char *file;
    const char *data; /* the text, to turn byte offsets into lines and columns */
    size_t size;
    mg_text_form form; /* how its characters are stored (GraphML may declare ISO-8859-1, UTF-16) */
    mg_diagnostics *diags;
    mg_graph *g;
    mg_hashmap ids;     /* node id -> node, as nodes come */
    mg_hashmap aliases; /* other names edges may give a node (networkx's "value") */
    mg_loc *node_locs;  /* where each node's id stands */
    size_t node_loc_cap;
    mg_pending_edge *edges;
    size_t edge_count, edge_cap;
    mg_edge_detail *details; /* what only some edges need */
    size_t detail_count, detail_cap;
    mg_pending_problem *problems;
    size_t problem_count, problem_cap;
    size_t problems_total; /* all problems found */
    size_t problems_dropped;
    mg_arena scratch; /* paths and texts needed until the end */
    const char *comparisons; /* the graph's comparisons field, in scratch, read once the nodes are in */
    size_t comparisons_len;
    mg_error_t fatal; /* MG_ENOMEM */
} mg_importer;

mg_error_t mg__import_init(mg_importer *im, const char *file, const char *data, size_t size, mg_diagnostics *diags);
void mg__import_free(mg_importer *im);
/* ---- import_problems.c ---- */
/** Records a problem at `loc`; problems are reported, sorted into file order, by mg__import_finish. */
void mg__import_problem(mg_importer *im, mg_loc loc, const char *fmt, ...) MG_PRINTF(3, 4);
/** Reports the problems in file order (byte offsets become line:column in one pass). */
void mg__import_flush_problems(mg_importer *im);
/** Frees the problems held. */
void mg__import_problems_free(mg_importer *im);
/** "path.key", in the arena when one is given, else malloc'd; NULL when out of memory. */
char *mg__import_full_path(mg_loc loc, mg_arena *arena);

/* ---- import.c ---- */
/** Adds a node from a record; a duplicate or invalid id is reported (a missing one is the
 * reader's to report: the record's other values are still checked). Returns whether it was added. */
bool mg__import_node(mg_importer *im, const mg_import_record *rec);
/** Another name by which edges may name the node added last (ignored when it is its id). */
void mg__import_alias(mg_importer *im, const char *name, size_t len);
/** Adds an edge from a record; its ends are resolved by mg__import_finish (missing ones are the
 * reader's to report). */
void mg__import_edge(mg_importer *im, const mg_import_record *rec);
/** Takes the graph's name, description and comparisons from a record. */
void mg__import_graph(mg_importer *im, const mg_import_record *rec);
/**
 * Resolves edge ends (unless `complete` is false: the reader stopped early, and the ends it did
 * not reach would only be reported as missing), rebuilds evidence, reports every problem into the
 * diagnostics in file order and hands over the graph when there were none.
 * \return MG_OK; MG_EINVAL when problems were found; MG_ENOMEM.
 */
mg_error_t mg__import_finish(mg_importer *im, mg_graph **out, bool complete);

#endif
