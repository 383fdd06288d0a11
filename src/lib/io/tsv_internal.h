/*
 * tsv_internal.h - what the tab-separated reader's two files share: the reader's state (one line
 * at a time, split into fields), the roles a column can have, and --columns. io_tsv.c reads rows
 * and streams; tsv_columns.c decides which column has which role, from a header or --columns.
 */
#ifndef MG_TSV_INTERNAL_H
#define MG_TSV_INTERNAL_H

#include "io/io.h"

#define MAX_FIELDS 64

enum { COL_NONE = -1 };

typedef enum {
    ROLE_OTHER,
    ROLE_SOURCE,
    ROLE_TARGET,
    ROLE_RELATION,
    ROLE_SIGN,
    ROLE_WEIGHT,
    ROLE_METAEDGE,
    ROLE_EDGE_INFO, /* kept in the edge's note: Pathway Commons' data source, PubMed ids, pathways */
    ROLE_ID,
    ROLE_LABEL,
    ROLE_KIND,
    ROLE_XREF,
    ROLE_COUNT
} column_role;

typedef enum { SECTION_HEADLESS, SECTION_EDGES, SECTION_NODES } section_kind;

typedef struct {
    const char *start;
    size_t len;
    int column;
} field;

/* What --columns asks: per role, a 1-based column number or a header name. */
typedef struct {
    int number[ROLE_COUNT];
    const char *name[ROLE_COUNT];
    size_t name_len[ROLE_COUNT];
    bool by_name; /* some role is named: the first line is the header */
} column_spec;

struct mg__tsv {
    const char *file;
    mg_diagnostics *diags;
    mg_graph *g;
    mg_hashmap ids;
    size_t problems;
    int line;
    mg_input_format format;
    bool has_spec;
    column_spec spec;
    bool bom_checked;  /* the start of the file has been looked at for a byte order mark */
    bool started;      /* a line with content has been read */
    bool after_blank;  /* the last line was blank: a header may start a new section */
    bool tabs_seen;    /* a line held a tab: SIF lines are then split by tabs only */
    section_kind section;
    int col[ROLE_COUNT]; /* 0-based column of each role in the current section, or COL_NONE */
    int columns;         /* the header's column count */
    bool info[MAX_FIELDS];      /* edge columns kept in the note */
    field info_name[MAX_FIELDS]; /* their header cells, copied into the arena */
    bool *described;     /* per node: given a row by a node table */
    size_t described_len, described_cap;
    /* a headless third column of 1, 0 and -1 only is a sign column: the edges read from a 1 or a 0,
     * while not_signs stays false; signs_seen once a -1 or +1 has been read */
    mg_id *unit_edges;
    size_t unit_count, unit_cap;
    bool not_signs, signs_seen;
    mg_buffer note;
};

/* ---- tsv_columns.c ---- */
/** Reports a problem at the current line and `column`; `fmt` has one %s, filled with the first
 * `arg_len` bytes of `arg` (at most 79). */
void mg__tsv_problem(mg__tsv *r, int column, const char *fmt, const char *arg, size_t arg_len);
/** What a header cell names (ROLE_OTHER: nothing this reader knows). `nodes`: the cell heads a node
 * table, where "name" and "type" mean the node's. */
column_role mg__tsv_role_of(const field *f, bool nodes);
/** Forgets every column's role. */
void mg__tsv_reset_columns(mg__tsv *r);
/** A header line: which column has which role; problems are reported. */
void mg__tsv_read_header(mg__tsv *r, const field *f, size_t n, section_kind kind);
/** --columns on the first line; returns whether the line was a header. */
bool mg__tsv_apply_spec(mg__tsv *r, const field *f, size_t n);
/** Parses --columns ("source=1,target=gene,sign=3") into `spec`, whose names point into `text`. */
mg_error_t mg__tsv_parse_spec(column_spec *spec, const char *text);

#endif
