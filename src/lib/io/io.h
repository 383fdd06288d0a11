/*
 * io.h - what the readers and writers share (io/): the readers of each format behind mg_graph_load,
 * atomic writing, the texts writers give edges and nodes, and text a format cannot hold as it is.
 * io/ uses core/, cJSON and zlib; it is the only part that parses JSON or XML.
 */
#ifndef MG_IO_H
#define MG_IO_H

#include "core/core.h"

#include <signal.h>
#include <sys/types.h>

/* ---- text a format cannot hold as it is (safe_text.c) ---- */

/** The length of the bytes at `text` that XML 1.0 cannot hold, even escaped (a C0 control other
 * than tab, LF and CR; U+FFFE, U+FFFF), or 0. Writers put U+FFFD in their place. */
size_t mg__xml_illegal(const char *text);
/** Appends text unescaped but for what XML cannot hold (mg__xml_illegal), which becomes U+FFFD:
 * for text a library escapes itself (libSBML's annotation URIs). NULL appends nothing. */
void mg__xml_legal(mg_buffer *b, const char *text);
/** Appends a cell of a tab-separated export: tab, LF and CR become spaces (they would split the
 * cell or the row); nothing else changes. NULL appends nothing. */
void mg__tsv_cell(mg_buffer *b, const char *text);
/** Appends the first cell of a row as mg__tsv_cell does, but for a cell whose text after its
 * leading spaces is '#', or backslashes then '#': a backslash goes before them, so that the row
 * is not read as a '#' comment; mechgraph's tab-separated reader takes one backslash off such a
 * first cell (io_tsv.c). Other tools read the backslash as part of the name. */
void mg__tsv_first_cell(mg_buffer *b, const char *text);
/** Appends text escaped for HTML and XML (& < > " ', tab, LF and CR as references); what XML cannot hold
 * at all (mg__xml_illegal) becomes U+FFFD. */
void mg__html_escape(mg_buffer *b, const char *text);

/* ---- export texts (export_text.c), shared by the writers of other tools' formats ---- */

/** The sign exports write for a relation: 1, -1, or 0 (unsigned and structural). */
int mg__export_sign(mg_relation rel);
/** Sets `b` to the ids (or DOIs) of the edge's primary studies, each once, joined by `sep`. */
void mg__export_citations(mg_buffer *b, const mg_edge *e, bool dois, char sep);
/** Sets `b` to the node's synonyms joined by `sep`. */
void mg__export_synonyms(mg_buffer *b, const mg_node *n, char sep);
/** Sets `b` to the node's xrefs as key:value joined by `sep`. */
void mg__export_xrefs(mg_buffer *b, const mg_node *n, char sep);

/** The fields of an edge's evidence that GraphML and Cytoscape.js carry as edge attributes, each
 * under its name in mg__evidence_field_names ("organism" ... "location"). */
typedef enum { MG_EVF_ORGANISM, MG_EVF_DISEASE, MG_EVF_SYSTEM, MG_EVF_CELL, MG_EVF_REVIEW, MG_EVF_LOCATION, MG_EVF_COUNT } mg_evidence_field;
extern const char *const mg__evidence_field_names[MG_EVF_COUNT];
/** Sets `b` to the distinct values of field `f` over the edge's evidence, in evidence order, joined
 * by `sep` ('\0' keeps them apart for a writer that holds lists); a location is the review's id
 * and where in it ("zhou2024 Table 2 row 15"). Returns how many. O(evidence^2) on one edge. */
size_t mg__export_evidence_field(mg_buffer *b, const mg_edge *e, mg_evidence_field f, char sep);

/* ---- comparisons in other formats (json_write.c, io_json.c) ---- */

/** Appends mg__comparisons_tree's object as compact JSON text (GraphML's graph data). */
mg_error_t mg__comparisons_json(mg_buffer *out, const mg_graph *g);
/**
 * Reads that object's text (`len` bytes) into `g`, whose nodes are indexed and whose edges are not
 * yet added (references may be appended: nothing may point into them yet). A study the graph has
 * keeps its record, but gains the citation and DOI the object gives where it has only its id (a
 * GraphML edge's studies); the others are added. Problems go to `diags` by JSON path under `file`
 * ("comparisons[2].a"), counted in *problems. Returns MG_OK or MG_ENOMEM.
 */
mg_error_t mg__comparisons_read(mg_graph *g, const char *text, size_t len, const char *file, mg_diagnostics *diags,
                                size_t *problems);

/* ---- readers ---- */

mg_error_t mg__read_json(mg_graph **out, const char *data, size_t size, const char *name, mg_diagnostics *diags);
/* io_tsv.c: the tab-separated reader, fed lines a chunk at a time. `columns` (NULL: from the
 * header) must outlive the reader. mg__tsv_lines reads the complete lines of data (all of them,
 * with at_end) and says how many bytes it used; mg__tsv_finish frees the reader. */
typedef struct mg__tsv mg__tsv;
mg_error_t mg__tsv_new(mg__tsv **out, const char *name, mg_input_format format, const char *columns, mg_diagnostics *diags);
mg_error_t mg__tsv_lines(mg__tsv *r, const char *data, size_t size, bool at_end, size_t *used);
mg_error_t mg__tsv_finish(mg__tsv *r, mg_graph **out);
/** Makes room for about `edges` edges at once (a guess from the file's size: the edge array is
 * then one allocation, not a doubling and a copy each time it fills); out of memory leaves it. */
void mg__tsv_expect_edges(mg__tsv *r, size_t edges);
/** The number of the line the next mg__tsv_lines call starts at. */
int mg__tsv_line(const mg__tsv *r);
/** Reports that the file's data ends damaged (`what`: truncated or corrupt gzip data) after the
 * complete lines read, `rest` being the cut line's start. */
void mg__tsv_damaged(mg__tsv *r, const char *rest, size_t size, const char *what);
void mg__tsv_free(mg__tsv *r);
mg_error_t mg__read_tsv(mg_graph **out, const char *data, size_t size, const char *name, mg_input_format format,
                        const char *columns, mg_diagnostics *diags);
mg_error_t mg__read_graphml(mg_graph **out, const char *data, size_t size, const char *name, mg_diagnostics *diags);
mg_error_t mg__read_cyjs(mg_graph **out, const char *data, size_t size, const char *name, mg_diagnostics *diags);
/* io_indra.c: INDRA statements JSON. A reader that succeeds may leave warnings in `diags`: the
 * statements it skipped, which have no edge form. */
mg_error_t mg__read_indra(mg_graph **out, const char *data, size_t size, const char *name, mg_diagnostics *diags);
/** Whether a text is INDRA statements JSON: a top-level array whose first object has "type". */
bool mg__indra_sniff(const char *data, size_t size);
/** Whether a JSON text is Cytoscape.js JSON: its top-level object has "elements", not "format". */
bool mg__cyjs_sniff(const char *data, size_t size);
/** Writes the graph as Cytoscape.js JSON (io_cyjs.c), as mg_export does; `xy` (NULL: none; NaN:
 * none for that node) gives each node's position, x and y of node i at 2i and 2i + 1. */
mg_error_t mg__write_cyjs(const mg_graph *graph, const char *path, const double *xy);
/** Writes the graph as SBML-qual (sbml_write.c, libSBML), as mg_export does. */
mg_error_t mg__write_sbml(const mg_graph *graph, const char *path);
/* io_sbml.c: SBML-qual read with libSBML; `data` need not end in NUL. */
mg_error_t mg__read_sbml(mg_graph **out, const char *data, size_t size, const char *name, mg_diagnostics *diags);
/** Whether an XML text is SBML: its root element, in its first kilobytes, is <sbml. */
bool mg__sbml_sniff(const char *data, size_t size);
/* ---- the input budget (input_budget.c), checked on each chunk before the buffer grows ---- */

/** A line of a tab-separated file is shorter than this, 4 MiB: 64 columns of MG_TEXT_MAX bytes. */
#define MG_LINE_MAX ((size_t)64 * MG_TEXT_MAX)
/** The most bytes of text an input may hold: MECHGRAPH_MAX_INPUT (bytes, or K, M, G), else 2 GiB. */
unsigned long long mg__input_max(void);
typedef struct {
    unsigned long long max;
    int utf16; /* -1 not known yet; 1: the text starts like UTF-16, whose zero bytes are text */
} mg__budget;
void mg__budget_start(mg__budget *b);
/** Whether the bytes buf[from, len) just read hold a NUL byte (never in a text starting like
 * UTF-16): reading stops there, and the reader reports the first problem. O(len - from). */
bool mg__budget_nul(mg__budget *b, const char *buf, size_t from, size_t len);
/** MG_EINVAL, located in `diags`, when `total` bytes read go past the input limit. `line` 0: buf
 * (len bytes) holds the text from its start; else the line number buf starts at. */
mg_error_t mg__budget_check(mg__budget *b, const char *name, const char *buf, size_t len, unsigned long long total, int line,
                            mg_diagnostics *diags);
/** Reports the first NUL byte of buf[0, len) (or its end), located as mg__budget_check does. */
mg_error_t mg__budget_nul_error(const char *name, const char *buf, size_t len, int line, mg_diagnostics *diags);

/* ---- the output-opening rule (output_target.c), which every writer follows ---- */

/** What a replaced output had: its permission bits and owner (exists false: a new output). */
typedef struct {
    bool exists;
    mode_t mode;
    uid_t uid;
    gid_t gid;
} mg__output_old;
/** Checks that `path` may be written: absent, or a regular file (`directory`: a directory),
 * links followed. A device, FIFO, socket or directory is refused, MG_EIO with a message naming
 * what it is; nothing is changed. `old` receives what a replaced output keeps. */
mg_error_t mg__output_target(const char *path, bool directory, mg__output_old *old);
/** Gives the temporary file `fd` what the output it replaces had (mode; owner and group, best
 * effort), or `fresh` (0666 less the umask) for a new output. Errors are ignored: the mode set
 * by mkstemp, 0600, is the safe side. */
void mg__output_keep(int fd, const mg__output_old *old, mode_t fresh);
/** Removes the temporary files and folders a killed writer left beside an output: those named
 * like `tmp_template` ("DIR/NAME.tmp.XXXXXX", X any of mkstemp's characters), owned by this
 * user, unlocked and untouched for 10 seconds. Errors are ignored. O(entries of DIR). */
void mg__output_remove_stale(const char *tmp_template);
/** "DIR/NAME.tmp.XXXXXX" for "DIR/NAME", NAME cut to fit NAME_MAX (io_write.c); NULL: no memory. */
char *mg__temporary_name(const char *path);
/** Lists `path` (a file, or a folder when it ends in '/') for mg_remove_temporary_files; returns
 * a slot for mg__delist, or -1 when the list is full. `path` must outlive the entry. */
int mg__enlist(char *path);
void mg__delist(int slot);
/** Blocks every signal a handler may catch; `saved` receives the mask to restore. */
void mg__block_signals(sigset_t *saved);
void mg__restore_signals(const sigset_t *saved);

/** Writes the folder `path` (made if missing) holding `n` files (`names`, no '/'), all or
 * nothing, also under concurrent writers (io_write_dir.c): the files go to a fresh temporary
 * folder beside it, which is then exchanged with the old folder in one step (renameat2's
 * RENAME_EXCHANGE) or renamed into place. An old folder that holds anything but the same names
 * is refused, as it would be lost. */
mg_error_t mg__write_dir_atomic(const char *path, const char *const *names, const char *const *data, const size_t *sizes,
                                size_t n);
/** Writes `size` bytes to `path` through a temporary file renamed into place ("-" = stdout). */
mg_error_t mg__write_file_atomic(const char *path, const char *data, size_t size);
/** Writes `n` files as one (io_write.c): each to a temporary file, then all renamed into place
 * only when every one is written, signals blocked; a failure leaves every old file as it was
 * (but for a rename failing after another succeeded: a file system gone wrong). */
mg_error_t mg__write_files_atomic(const char *const *paths, const char *const *data, const size_t *sizes, size_t n);

#endif
