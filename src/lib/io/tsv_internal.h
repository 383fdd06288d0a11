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
    /* OmniPath's interactions table (tsv_omnipath.c): gene symbols, direction and sign flags */
    ROLE_SOURCE_LABEL,
    ROLE_TARGET_LABEL,
    ROLE_DIRECTED,
    ROLE_STIMULATION,
    ROLE_INHIBITION,
    ROLE_CONSENSUS_DIRECTION,
    ROLE_CONSENSUS_STIMULATION,
    ROLE_CONSENSUS_INHIBITION,
    ROLE_REFERENCES, /* PubMed ids ("SIGNOR:8524413;HPRD:8524413", or bare): evidence */
    ROLE_COUNT
} column_role;

typedef enum { SECTION_HEADLESS, SECTION_EDGES, SECTION_NODES } section_kind;

typedef struct mg__tsv_pending {
    mg_evidence *ev;
    size_t ref; /* index in the graph's references */
} mg__tsv_pending;

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
    mg_hashmap refs;   /* reference id ("pmid:8524413") -> index in the graph's references */
    bool refs_ready;
    struct mg__tsv_pending *pending; /* evidence whose reference is an index until the end */
    size_t pending_count, pending_cap;
    char *csv; /* a CSV record's cells, unquoted */
    size_t csv_cap;
    bool csv_oom;
    bool mirtarbase; /* the header is miRTarBase's: a miRNA downregulates its target gene */
    char metaedge[16]; /* the metaedge abbreviation read last (metaedge_len bytes, 0: none) */
    size_t metaedge_len;
    mg_relation metaedge_rel;
    bool *labelled;    /* per node: a gene symbol column has named it */
    size_t labelled_len, labelled_cap;
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

/* ---- tsv_omnipath.c: OmniPath's flags, gene symbols, and evidence from PubMed ids ---- */
/** Whether the header names one of OmniPath's direction or sign flags. */
bool mg__tsv_has_flags(const mg__tsv *r);
/** The relation OmniPath's flags give a row (consensus_* before is_*); false (reported) when a
 * flag is not 0/1/True/False. */
bool mg__tsv_flag_relation(mg__tsv *r, const field *f, size_t n, mg_relation *rel);
/** Checks a row's references column; false (reported) when an item is not a PubMed id. */
bool mg__tsv_check_references(mg__tsv *r, const field *refs);
/** Gives the edge just added its evidence, one piece per PubMed id in `refs` (NULL: none). */
mg_error_t mg__tsv_add_evidence(mg__tsv *r, const field *refs);
/** Names node `v` by a gene symbol column (the first one wins) and keeps an id that is a UniProt
 * accession as the xref uniprot:ID. `label` may be NULL. */
mg_error_t mg__tsv_label_node(mg__tsv *r, mg_id v, const field *id, const field *label);
/** Points the evidence read at its references (once no reference is added any more). */
void mg__tsv_resolve_evidence(mg__tsv *r);
/* ---- tsv_csv.c: comma-separated files (RFC 4180) ---- */
/** Where the record starting at `p` ends (*eol) and the next starts (*next): a line end outside
 * quotes; `*breaks` line breaks lie inside quoted cells. False when the data ends first and more
 * may come (!at_end). */
bool mg__csv_record_end(const char *p, const char *end, bool at_end, const char **eol, const char **next, int *breaks);
/** Splits a record into cells, unquoted; false (reported, or r->csv_oom) when it cannot. */
bool mg__csv_split(mg__tsv *r, const char *line, size_t len, bool ascii, field *f, size_t *count);
/** Whether a header is miRTarBase's (its first cell "miRTarBase ID"); its columns' roles. */
bool mg__tsv_mirtarbase_header(const field *f, size_t n);
column_role mg__tsv_mirtarbase_role(const field *f);

/** Frees what tsv_omnipath.c keeps in the reader. */
void mg__tsv_omnipath_free(mg__tsv *r);

/* tsv_lookahead.c: the names of the lines ahead of the parser, prefetched for their lookups
 * once the id table outgrows a core's cache. Start it where the parser starts, run it before
 * each line, and advance it to where the parser moved. */
typedef struct {
    const char *slot_at, *key_at; /* the next line each step prefetches */
    int slot_lead, key_lead;      /* how many lines ahead of the parser it is */
} mg__tsv_lookahead;
void mg__tsv_lookahead_start(mg__tsv_lookahead *la, const char *p);
void mg__tsv_lookahead_run(mg__tsv_lookahead *la, const mg__tsv *r, const char *end);
void mg__tsv_lookahead_advance(mg__tsv_lookahead *la, const char *p);

#endif
