/*
 * mechgraph.h - the one public header of libmechgraph.
 *
 * A mechgraph graph is a signed, directed multigraph of biological entities (cells, vesicles,
 * miRNAs, genes, pathways, processes, diseases ...) whose edges carry a relation from a closed
 * vocabulary, a sign derived from it, and the evidence (primary study, review, table row) that
 * reports it. The graph is read from the `mechgraph-1` JSON format (docs/format.md), from a
 * TSV/SIF edge list, or from GraphML or Cytoscape.js JSON, plain or gzip-compressed.
 *
 * Conventions (libgit2-style):
 * - Functions that can fail return an mg_error_t: 0 on success, a negative code otherwise; the
 *   message of the last failure is available from mg_last_error() (per thread).
 * - Out-parameters come first. What a function returns through `**out` belongs to the caller and
 *   is released with the matching `_free`, which accepts NULL. Pointers into a graph (node, edge,
 *   reference records, strings) are owned by the graph: valid until mg_graph_free, never freed by
 *   the caller.
 * - The library never prints, exits or aborts. igraph's abort-on-error handler is replaced by one
 *   that records the message (in a thread, when the library first uses igraph there, and from then
 *   on by mg_init, which every entry point calls). A host that uses igraph itself (a Python or R
 *   process) calls mg_shutdown after mechgraph's calls to get its own handlers back.
 * - igraph, Graphviz, libSBML and expat are loaded when first used (dlopen by their SONAMEs), not
 *   linked: a function that needs one that cannot be loaded returns MG_EINTERNAL, its message
 *   naming the library and the loader's reason.
 */
#ifndef MECHGRAPH_H
#define MECHGRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MG_VERSION "0.1.0"

/* MG_API marks the public functions: the library is built with hidden visibility, so that only
 * they (all named mg_) are exported from libmechgraph.so. */
#if defined(__GNUC__) || defined(__clang__)
#define MG_API __attribute__((visibility("default")))
#else
#define MG_API
#endif
#define MG_FORMAT_NAME "mechgraph-1"

/* Length limits, the same in every reader (docs/format.md, "Limits"): a longer string is an error
 * located where it stands, never a string cut to fit. */
/** Names (ids, labels, synonyms, study ids, types) are 1 to this many bytes of UTF-8, without
 * control characters. Every name is looked up as a normalised key, whose buffers it sizes. */
#define MG_NAME_MAX 1024
/** Any other string (citations, notes, descriptions, cross-references) is at most this many bytes. */
#define MG_TEXT_MAX 65536
/** An edge's weight is a number from 0 to this, in every reader: far above any real weight, and
 * low enough that a path's cost, a sum of weights, stays finite (a path of fewer than 10^8 edges). */
#define MG_WEIGHT_MAX 1e300
/** JSON documents nested deeper than this are rejected. */
#define MG_JSON_DEPTH_MAX 64

typedef enum {
    MG_OK = 0,
    MG_ENOMEM = -1,     /* out of memory */
    MG_EINVAL = -2,     /* invalid input data (a file that does not validate, a bad argument) */
    MG_ENOTFOUND = -3,  /* a name that matches no node */
    MG_EAMBIGUOUS = -4, /* a name that matches several nodes */
    MG_EIO = -5,        /* a file that cannot be read or written */
    MG_EINTERNAL = -6   /* a failure inside igraph or another dependency, or one that cannot be loaded */
} mg_error_t;

/** The message of the last failure in this thread ("" if none). Owned by the library. */
MG_API const char *mg_last_error(void);

/** Installs the library's igraph error and warning handlers in this thread, keeping the ones it
 * replaces, once igraph is loaded (before that, the first use of igraph in a thread installs
 * them). Idempotent; every entry point calls it; never loads igraph itself. */
MG_API void mg_init(void);
/** Gives igraph back, in this thread, the handlers mg_init replaced (the host's own, or igraph's
 * defaults). The next call into the library installs its handlers again. NULL-safe to call
 * without mg_init; O(1). */
MG_API void mg_shutdown(void);

/** The most threads mechgraph runs. */
#define MG_THREADS_MAX 256

/**
 * Threads the library's parallel parts use (the shortest-path centralities): `threads` > 0
 * chooses, 0 returns to the default, the environment's MECHGRAPH_THREADS or else the cores.
 * Results never depend on it: the work is cut by the data and merged in order, so 1 and N
 * threads give the same numbers, bit for bit. Process-wide; may be called from any thread.
 */
MG_API void mg_set_threads(int threads);
/** The threads the parallel parts will use now (at least 1). */
MG_API int mg_threads(void);
/** A thread count written as text ("4"), as MECHGRAPH_THREADS and --threads take it: 1 to
 * MG_THREADS_MAX, or 0 when the text is empty or anything else. */
MG_API int mg_threads_from_text(const char *text);

/** Seconds the process has spent loading graphs so far, step by step. `read` is reading and
 * inflating the bytes, on a helper thread when there are 2 threads or more (then it overlaps
 * `parse`, and `wait` is the time the parser waited for bytes); `parse` is reading the lines
 * (or a whole document) into nodes and edges; `index` is building the id map and the incidence
 * lists; `load` is the wall time of mg_graph_load_with from start to end, all steps in. */
typedef struct {
    double read, parse, wait, index, load;
} mg_load_profile;
/** Fills *out with the sums since the process started. Any thread; O(1). */
MG_API void mg_load_profile_get(mg_load_profile *out);

/**
 * Removes the temporary files of the outputs being written at this moment (every file the
 * library writes goes first to "FILE.tmp.XXXXXX" beside it and is renamed into place only when
 * complete), so that a process ended by a signal leaves no stray file; its outputs, never
 * half-replaced, stay as they were. Async-signal-safe: meant for a signal handler (SIGINT,
 * SIGTERM, a timer) that then ends the process; a write still running fails afterwards. O(1).
 */
MG_API void mg_remove_temporary_files(void);

/* ---------------------------------------------------------------------------------------------
 * Vocabularies
 * ------------------------------------------------------------------------------------------- */

typedef enum {
    MG_NODE_CELL,
    MG_NODE_VESICLE,
    MG_NODE_MIRNA,
    MG_NODE_RNA,
    MG_NODE_GENE,
    MG_NODE_COMPLEX,
    MG_NODE_CHEMICAL,
    MG_NODE_PATHWAY,
    MG_NODE_PROCESS,
    MG_NODE_DISEASE,
    MG_NODE_INTERVENTION,
    MG_NODE_ANATOMY,
    MG_NODE_ENTITY, /* type not stated by the source (edge lists) */
    MG_NODE_TYPE_COUNT
} mg_node_type;

typedef enum {
    MG_REL_DELIVERS,
    MG_REL_SECRETES,
    MG_REL_PRODUCES,
    MG_REL_ACTIVATES,
    MG_REL_UPREGULATES,
    MG_REL_INCREASES,
    MG_REL_PROMOTES,
    MG_REL_DRIVES,
    MG_REL_INHIBITS,
    MG_REL_DOWNREGULATES,
    MG_REL_DECREASES,
    MG_REL_ALLEVIATES,
    MG_REL_REGULATES,
    MG_REL_ASSOCIATED_WITH,
    MG_REL_IS_A,
    MG_REL_PART_OF,
    MG_REL_DERIVED_FROM,
    MG_RELATION_COUNT
} mg_relation;

/** Sign of a relation's effect. MG_SIGN_STRUCTURAL marks is_a / part_of / derived_from. */
typedef enum { MG_SIGN_NEGATIVE = -1, MG_SIGN_NONE = 0, MG_SIGN_POSITIVE = 1, MG_SIGN_STRUCTURAL = 2 } mg_sign;

/** Name of a node type ("gene"), or NULL when out of range. O(1). */
MG_API const char *mg_node_type_name(mg_node_type type);
/** Parses a node type name (exact, lowercase). Returns MG_EINVAL if unknown. O(1). */
MG_API mg_error_t mg_node_type_parse(mg_node_type *out, const char *name);
/** Name of a relation ("activates"), or NULL when out of range. O(1). */
MG_API const char *mg_relation_name(mg_relation rel);
/** Parses a relation name (exact). Returns MG_EINVAL if unknown. O(1). */
MG_API mg_error_t mg_relation_parse(mg_relation *out, const char *name);
/** The sign of a relation. O(1). */
MG_API mg_sign mg_relation_sign(mg_relation rel);
/** One line describing a relation or node type, for help texts. Never NULL for valid input. */
MG_API const char *mg_relation_description(mg_relation rel);
MG_API const char *mg_node_type_description(mg_node_type type);

/* ---------------------------------------------------------------------------------------------
 * Diagnostics: the problems found while reading a file, all of them, each located.
 * ------------------------------------------------------------------------------------------- */

typedef struct mg_diagnostics mg_diagnostics;

typedef struct {
    const char *file;    /* the file's name as given, or "(built-in)" */
    int line, column;    /* 1-based; 0 when the problem is located by `path` instead */
    const char *path;    /* JSON path such as "edges[41].relation", or NULL */
    const char *message; /* lowercase, no full stop */
} mg_diagnostic;

/** Creates an empty list. Returns MG_ENOMEM on failure. */
MG_API mg_error_t mg_diagnostics_new(mg_diagnostics **out);
/** Frees the list. NULL is allowed and does nothing. */
MG_API void mg_diagnostics_free(mg_diagnostics *diags);
/** Number of problems recorded (at most 1000 are kept). */
MG_API size_t mg_diagnostics_count(const mg_diagnostics *diags);
/** Number of problems found past the first 1000, counted but not kept. */
MG_API size_t mg_diagnostics_dropped(const mg_diagnostics *diags);
/** The i-th problem, in the order found. Owned by the list. */
MG_API const mg_diagnostic *mg_diagnostics_get(const mg_diagnostics *diags, size_t i);
/**
 * Formats problem i as "file:line:column: message" or "file: path: message" into buf
 * (always NUL-terminated, cut to size). Returns the length the full text needs, like snprintf.
 */
MG_API int mg_diagnostic_format(const mg_diagnostic *d, char *buf, size_t size);

/* ---------------------------------------------------------------------------------------------
 * The graph
 * ------------------------------------------------------------------------------------------- */

typedef struct mg_graph mg_graph;

/** Index of a node or an edge in its graph: 0 .. count-1. */
typedef int64_t mg_id;

typedef struct {
    const char *key;   /* "ncbigene" */
    const char *value; /* "51548" */
} mg_xref;

/* A caution: where the source is inconsistent with itself or with the study it cites. On a piece
 * of evidence it casts doubt on the finding (a row citing another row's paper, a misprint, an
 * attribution the cited title contradicts); on a reference, on the citation only (a DOI that looks
 * mistyped). `code` is a short name (docs/format.md lists the curated graph's), `text` says what is
 * wrong in words. */
typedef struct {
    const char *code; /* never NULL */
    const char *text; /* never NULL */
} mg_caution;

typedef struct {
    const char *id;
    const char *citation;
    const char *doi;  /* NULL when the source gives none */
    const char *pmid; /* NULL when absent */
    const char *note; /* NULL when absent */
    const mg_caution *cautions; /* caution_count of them, NULL when none: doubts on the citation */
    size_t caution_count;
} mg_reference;

typedef struct {
    const char *id;
    mg_node_type type;
    const char *label; /* never NULL: the id when the file gives no label */
    const char *const *synonyms;
    size_t synonym_count;
    const mg_xref *xrefs;
    size_t xref_count;
    const char *note; /* NULL when absent */
} mg_node;

typedef struct {
    const mg_reference *ref;    /* the primary study; never NULL */
    const mg_reference *review; /* NULL when absent */
    const char *where, *organism, *system, *disease, *cell, *note; /* each NULL when absent */
    const mg_caution *cautions; /* caution_count of them, NULL when none */
    size_t caution_count;
    /* Appended for comparisons (issue 25), shown wherever evidence is: the experimental model as
     * the review words it ("rat OA model", "HaCaT cells"); NULL when absent. */
    const char *model;
} mg_evidence;

typedef struct {
    mg_id source, target;
    mg_relation relation;
    double weight; /* 1 unless the source gives one (JSON "weight", a TSV number column) */
    const mg_evidence *evidence;
    size_t evidence_count;
    const char *note; /* NULL when absent */
    /* The file the edge came from, in a merged graph (mg_graph_merge) or a JSON file that records
     * it ("origin"); NULL in a graph read from one file, whose mg_graph_source is then the origin. */
    const char *origin;
} mg_edge;

typedef enum {
    MG_INPUT_AUTO = 0, /* by the file name (.json .tsv .txt .csv .sif .graphml .xml .cyjs .sbml, each
                          optionally + .gz), else by the content: '<' GraphML or SBML, '{' JSON or
                          Cytoscape.js, '[' INDRA, else TSV */
    MG_INPUT_JSON,
    MG_INPUT_TSV, /* source<TAB>target[<TAB>relation][<TAB>weight], optional header "source<TAB>target" */
    MG_INPUT_SIF,     /* source<TAB>relation<TAB>target; Pathway Commons' SIF and extended SIF */
    MG_INPUT_GRAPHML, /* GraphML: mechgraph's export, networkx, Gephi, yEd, igraph (docs/format.md) */
    MG_INPUT_CYJS,    /* Cytoscape.js JSON: mechgraph's export, Cytoscape, networkx's cytoscape_data */
    MG_INPUT_NODES,   /* a node table: id<TAB>type without a header, or a header naming id, name, kind */
    MG_INPUT_CSV,     /* comma-separated (RFC 4180; pandas, R, miRTarBase), read as TSV is */
    MG_INPUT_INDRA,   /* INDRA statements JSON (stmts_to_json): a top-level array of statements */
    MG_INPUT_SBML,    /* SBML-qual (.sbml, or .xml whose root is <sbml>), read with libSBML; keep last
                         (tests/fuzz/fuzz_cli.c checks the range) */
} mg_input_format;

/** The name of an input format ("auto", "json", "tsv", "sif", "graphml", "cyjs", "nodes", "csv", "indra", "sbml"), or
 * NULL. O(1). */
MG_API const char *mg_input_format_name(mg_input_format format);
/** Parses an input format's name, e.g. for --from. Returns MG_EINVAL (with the names in
 * mg_last_error) if unknown. O(formats). */
MG_API mg_error_t mg_input_format_parse(mg_input_format *out, const char *name);

/** How mg_graph_load_with reads a file. */
typedef struct {
    mg_input_format format; /* MG_INPUT_AUTO: by the file name, then by its content */
    /* Tab-separated files: the columns to read, as "ROLE=COLUMN,..." with COLUMN a header name or
     * a 1-based number; roles source, target, relation, sign, weight, metaedge (an edge list) or
     * id, label, type (a node table). NULL: the header says, or the columns' order does. */
    const char *columns;
} mg_load_options;

#define MG_LOAD_OPTIONS_INIT {MG_INPUT_AUTO, NULL}

/** Checks a `columns` value without reading anything: MG_EINVAL (with a message) when it is
 * malformed. NULL is allowed. */
MG_API mg_error_t mg_load_columns_check(const char *columns);

/**
 * Reads a graph from a file; gzip-compressed files (by content, whatever the name) are read
 * through zlib. Every problem found is appended to `diags` (may be NULL), located by line and
 * column for syntax errors and by JSON path for schema errors; reading goes on past the first
 * problem so one run reports them all.
 * \param out     receives the graph, owned by the caller (mg_graph_free); NULL on failure
 * \param path    the file to read; "-" reads standard input (named MG_STDIN_NAME in messages and
 *                as the graph's source; the format from `format`, else from the content)
 * \param format  MG_INPUT_AUTO to choose by extension (or content)
 * \return MG_OK; MG_EIO when the file cannot be read; MG_EINVAL when it has problems
 *         (then `diags` holds them); MG_ENOMEM.
 * Time: O(n log n) in the size of the file.
 */
MG_API mg_error_t mg_graph_load(mg_graph **out, const char *path, mg_input_format format, mg_diagnostics *diags);

/** How messages and mg_graph_source name standard input read as the path "-". */
#define MG_STDIN_NAME "<stdin>"

/**
 * As mg_graph_load, with options (NULL: the defaults). Tab-separated files are read in one pass
 * through a fixed buffer, so memory grows with the graph, not with the file.
 */
MG_API mg_error_t mg_graph_load_with(mg_graph **out, const char *path, const mg_load_options *options, mg_diagnostics *diags);

/**
 * As mg_graph_load, from a buffer in memory. `name` is used in diagnostics. The buffer is not
 * kept: the graph copies what it needs.
 */
MG_API mg_error_t mg_graph_load_buffer(mg_graph **out, const char *data, size_t size, const char *name,
                                mg_input_format format, mg_diagnostics *diags);

/** Loads the graph compiled into the library (graphs/imsc_ev.json). */
MG_API mg_error_t mg_graph_load_default(mg_graph **out, mg_diagnostics *diags);

/** Frees a graph and everything it owns. NULL is allowed and does nothing. */
MG_API void mg_graph_free(mg_graph *graph);

/**
 * Writes the graph as mechgraph-1 JSON to `path`, through a temporary file in the same
 * directory renamed into place: on failure the existing file is untouched. "-" writes stdout.
 */
MG_API mg_error_t mg_graph_save_json(const mg_graph *graph, const char *path);

MG_API const char *mg_graph_name(const mg_graph *graph);        /* "" when absent */
MG_API const char *mg_graph_description(const mg_graph *graph); /* "" when absent */
MG_API const char *mg_graph_source(const mg_graph *graph);      /* the file it was read from */
MG_API mg_id mg_graph_node_count(const mg_graph *graph);
MG_API mg_id mg_graph_edge_count(const mg_graph *graph);
MG_API size_t mg_graph_reference_count(const mg_graph *graph);
/** Node i (0 <= i < node count), owned by the graph. O(1). */
MG_API const mg_node *mg_graph_node(const mg_graph *graph, mg_id i);
/** Edge i, owned by the graph. O(1). */
MG_API const mg_edge *mg_graph_edge(const mg_graph *graph, mg_id i);
/** Reference i, owned by the graph. O(1). */
MG_API const mg_reference *mg_graph_reference(const mg_graph *graph, size_t i);
/** The node whose id is exactly `id`, or -1. O(log n). */
MG_API mg_id mg_graph_find_id(const mg_graph *graph, const char *id);

/* ---------------------------------------------------------------------------------------------
 * Comparisons: head-to-head findings ("iMSCs promote tumors much less than BM-MSCs"), kept as
 * data beside the edges (docs/format.md, "Comparisons"). They are not causal edges: paths,
 * effects, hubs and neighbourhoods never walk them.
 * ------------------------------------------------------------------------------------------- */

/** How subject `a` stands to `b` on the aspect compared, as the review words it. */
typedef enum {
    MG_COMPARE_LESS = -1,   /* a is lower, weaker, less than b ("much less potential") */
    MG_COMPARE_SIMILAR = 0, /* "similar", "comparable" */
    MG_COMPARE_GREATER = 1  /* a is higher, stronger, more ("superior", "outperform") */
} mg_compare_direction;

typedef struct {
    mg_id a, b;                     /* the sentence's subject, and what it is compared with */
    mg_id aspect;                   /* the node of the aspect compared, or -1 (then aspect_text) */
    const char *aspect_text;        /* the aspect in words when no node fits; NULL when `aspect` is a node */
    mg_compare_direction direction;
    const mg_evidence *evidence;    /* at least one in a file read; owned by the graph */
    size_t evidence_count;
    const char *note;               /* NULL when absent */
} mg_comparison;

/** The number of comparisons in the graph. O(1). */
MG_API size_t mg_graph_comparison_count(const mg_graph *graph);
/** Comparison i (0 <= i < count) in file order, owned by the graph; NULL when out of range. O(1). */
MG_API const mg_comparison *mg_graph_comparison(const mg_graph *graph, size_t i);
/** The aspect in words: the aspect node's label, else aspect_text. Owned by the graph. O(1). */
MG_API const char *mg_comparison_aspect(const mg_graph *graph, const mg_comparison *c);
/** "greater", "less" or "similar"; NULL when out of range. O(1). */
MG_API const char *mg_compare_direction_name(mg_compare_direction direction);
/** Parses "greater", "less" or "similar" (exact). Returns MG_EINVAL if unknown. O(1). */
MG_API mg_error_t mg_compare_direction_parse(mg_compare_direction *out, const char *name);

/** Edges leaving (`out` != 0) or entering node `node`, in edge order. The array is owned by
 * the graph; `*count` receives its length. O(1). */
MG_API const mg_id *mg_graph_incident(const mg_graph *graph, mg_id node, int out, size_t *count);

/* ---------------------------------------------------------------------------------------------
 * Summary statistics
 * ------------------------------------------------------------------------------------------- */

typedef struct {
    mg_id nodes, edges;
    size_t references;
    mg_id node_types[MG_NODE_TYPE_COUNT];
    mg_id relations[MG_RELATION_COUNT];
    mg_id components;        /* weakly connected */
    mg_id largest_component; /* nodes in the largest weak component */
    double density;          /* edges / (n (n - 1)), directed, loops excluded; 0 when n < 2 */
    mg_id edges_without_evidence;
    mg_id self_loops;
} mg_graph_stats;

/** Fills `stats`. Time: O(V + E). */
MG_API mg_error_t mg_graph_get_stats(const mg_graph *graph, mg_graph_stats *stats);

/* ---------------------------------------------------------------------------------------------
 * Names: find a node by id, label or synonym
 * ------------------------------------------------------------------------------------------- */

/**
 * Normalises a name for comparison: case folded, spaces, hyphens, underscores and dots removed,
 * Greek letters spelled out (β -> beta), common Latin accents dropped (ö -> o). Writes at most
 * `size` bytes including the NUL; returns the length the full key needs.
 */
MG_API size_t mg_name_normalize(const char *name, char *buf, size_t size);

/**
 * Puts `values` in order of closeness to `given`, as the library's messages list what a name or a
 * value that matched nothing might have meant: a value containing what was typed first ("tumour"
 * is one edit from the "tumor" of "tumor growth"), then by edit distance to the whole value, then
 * by name; both compared normalised (mg_name_normalize). The strings are not copied.
 * \return MG_OK; MG_ENOMEM (values left as they were).
 * Time: O(N (L log N + L K)), N values of length L, K the length of given.
 */
MG_API mg_error_t mg_sort_closest(const char **values, size_t count, const char *given);

/** The rule that decided a lookup (docs/format.md, "Names"), in the order they are tried. */
typedef enum {
    MG_LOOKUP_NONE = 0,     /* nothing decided: not found (the candidates are suggestions) */
    MG_LOOKUP_EXACT,        /* an id, label or synonym exactly as written */
    MG_LOOKUP_NORMALIZED,   /* the same key: case, separators, Greek letters, accents ignored */
    MG_LOOKUP_NUMBER,       /* the last word in the singular or plural (cells = cell) */
    MG_LOOKUP_GENERIC_WORD, /* a trailing generic word dropped, added or replaced (pathway, cells ...) */
    MG_LOOKUP_ABBREVIATION, /* an abbreviation of the built-in table read out or in (I/R, EV, exo ...) */
    MG_LOOKUP_PREFIX,       /* the name begins exactly one node's name, up to a word boundary */
    MG_LOOKUP_WORDS         /* only ambiguous: whole words inside several nodes' names */
} mg_lookup_rule;

typedef struct {
    mg_id node;   /* the node found, or -1 */
    mg_id *candidates; /* ambiguous matches or suggestions, best first; owned by the result */
    size_t candidate_count;
    mg_lookup_rule rule; /* the rule that decided (found or ambiguous), MG_LOOKUP_NONE when not found */
    const char *matched; /* found: the node's name (id, label or synonym) that matched; owned by the graph */
    char *how; /* found by a rule after MG_LOOKUP_NORMALIZED: how the name was read, for people
                * ("adding 'pathway'"); owned by the result; NULL otherwise */
} mg_lookup_result;

#define MG_LOOKUP_RESULT_INIT {-1, NULL, 0, MG_LOOKUP_NONE, NULL, NULL}

/**
 * Finds the node a user means by `name`, trying these rules in order; the first that finds one
 * node or several decides (docs/format.md, "Names"): the exact id, label or synonym; the
 * normalised key (mg_name_normalize); the last word in the singular or plural; a trailing
 * generic word (pathway, signaling, cells, disease, injury ...) dropped, added or replaced; an
 * abbreviation of the built-in table (I/R = ischemia/reperfusion, EV, exo ...) read out or in,
 * with the two rules before; the one node whose name begins with `name` up to a word boundary
 * (miR-105 finds miR-105-5p). When none decides, a name whose whole words occur in several nodes'
 * names (STAT: STAT3 and IL-31R-STAT pathway) is ambiguous among them; otherwise it is not found.
 * \param result  receives the node, the rule and how it read the name; or the candidates: all
 *                matches when ambiguous, the closest names when not found (ranked by the words
 *                they share with `name`, then by edit distance). Free with mg_lookup_result_clear.
 * \return MG_OK, MG_ENOTFOUND, MG_EAMBIGUOUS or MG_ENOMEM.
 * Time: O(1) for an exact id, O(log n) for a normalised key (n names in the graph): no scan of
 * the nodes. The rules after it try a bounded number of rewritten names, O(log n) each, and the
 * prefix rule a range of the sorted names; the words rule and suggestions scan every name,
 * O(n * L^2) (L = name length).
 */
MG_API mg_error_t mg_graph_lookup(const mg_graph *graph, const char *name, mg_lookup_result *result);

/** "exact", "normalized", "number", "generic-word", "abbreviation", "prefix", "words", or "none". O(1). */
MG_API const char *mg_lookup_rule_name(mg_lookup_rule rule);

/** Releases what a lookup result holds and resets it. */
MG_API void mg_lookup_result_clear(mg_lookup_result *result);

/**
 * Does `pattern` (normalised) occur in the node's id, label or a synonym (normalised)? Used by
 * `nodes --match`. O(total name length).
 */
MG_API int mg_node_matches(const mg_node *node, const char *pattern);

/* ---------------------------------------------------------------------------------------------
 * Paths: how does X reach Y, and with what net effect? (docs/paths.md)
 *
 * A path is a sequence of distinct nodes; each step ("hop") from one node to the next stands for
 * all the parallel edges between them that pass the query's filters. A hop's sign is the sign
 * its signed edges agree on (unsigned edges beside them add evidence, not doubt); when they
 * disagree the hop, and the path, is conflicting. Structural edges (is_a, part_of, derived_from)
 * pass a sign through unchanged. A path's net sign is the product of its hops' signs, 0 when a
 * hop is unsigned.
 * ------------------------------------------------------------------------------------------- */

typedef enum {
    MG_PATHS_ALL = 0,  /* every simple path with min_len <= length <= max_len */
    MG_PATHS_SHORTEST, /* every shortest path (by cost) */
    MG_PATHS_K         /* the k shortest simple paths (Yen), by cost */
} mg_path_mode;

typedef enum {
    MG_COST_HOPS = 0,   /* every hop costs 1 */
    MG_COST_WEIGHT,     /* a hop costs its edges' smallest weight (weights are costs, > 0) */
    MG_COST_PATHLINKER  /* PathLinker: -log10(w / W), w the hop's largest weight, W the total */
} mg_path_cost;

typedef struct {
    mg_path_mode mode;
    mg_path_cost cost;
    int min_len;    /* edges; default 1 */
    int max_len;    /* edges; default 5 for MG_PATHS_ALL, 0 = no bound for the other modes */
    size_t k;       /* for MG_PATHS_K; default 10 */
    int sign;       /* 0: any; +1 or -1: only paths with that net sign (a signed search) */
    bool expand_signs; /* list a conflicting path once per net sign it can have */
    const mg_id *via;   /* nodes every path must visit; NULL allowed */
    size_t via_count;
    const mg_id *avoid; /* nodes no path may visit */
    size_t avoid_count;
    const bool *relations;     /* [MG_RELATION_COUNT] allowed relations, or NULL for all */
    const bool *types;         /* [MG_NODE_TYPE_COUNT] allowed intermediate node types, or NULL */
    const char *context;       /* only evidence in this disease (as mg_select_options.context; not
                                  checked: a disease without evidence finds nothing); NULL for any */
    const char *organism;      /* only evidence in this organism (common or Latin name, as
                                  mg_select_options.organism); NULL for any */
    bool exclude_structural;   /* drop is_a, part_of and derived_from edges */
    bool pathlinker;           /* drop edges into sources and out of targets (PathLinker) */
    size_t limit;              /* paths returned at most; default 1000; 0: MG_PATHS_MAX */
    size_t budget;             /* search steps at most; default 20 million */
    bool coherent_only;        /* keep only context-coherent paths (mg_path_context); default false */
    bool subtypes;             /* paths also start at the sources' subtypes (nodes linked to a source
                                  by a chain of is_a edges), marked via_subtype; default true; not
                                  with pathlinker. Effects: a parent also lists what only its
                                  subtypes reach (downstream) */
    bool inherited;            /* effects only: also follow is_a edges out of the node, listing its
                                  parents' effects as its own; default false */
} mg_path_options;

/** The most paths one answer holds, whatever the limit (0 or larger): a bound on memory (about
 * 300 MB at most), reported like the limit (mg_path_set_truncated). */
#define MG_PATHS_MAX 1000000

#define MG_PATH_OPTIONS_INIT                                                                         \
    {MG_PATHS_ALL, MG_COST_HOPS, 1, 5, 10, 0, false, NULL, 0, NULL, 0, NULL, NULL, NULL, NULL, false, \
     false, 1000, 20000000, false, true, false}

/*
 * Context coherence (docs/paths.md, "Context"). A hop's contexts are the diseases of its edges'
 * evidence (that passes the query's filters), each named by the disease node's id when the graph's
 * lookup resolves the evidence's wording, else as written; evidence naming no disease, a hop
 * without evidence, and a hop of structural edges only (is_a, part_of, derived_from) fit every
 * context. A path is coherent when one context fits every hop. A mixed
 * path is cut, greedily from the source, into segments of hops that share a context; a bridge is
 * where one segment ends and the next begins. The support of a segment is the evidence of its
 * hops in its contexts (or naming none): its studies, organisms, systems and cautions.
 */
typedef struct {
    size_t first_hop, hop_count;   /* hops first_hop .. first_hop + hop_count - 1 (0-based) */
    const char *const *contexts;   /* the contexts its hops share, sorted; none when no hop names one */
    size_t context_count;
    size_t studies;                /* distinct primary studies of its support */
} mg_path_segment;

typedef struct {
    size_t hop;       /* 0-based index of the first hop in the new context */
    const char *from; /* the segment before's contexts, joined by " / " */
    const char *to;   /* the segment after's */
} mg_path_bridge;

typedef struct {
    const mg_caution *caution; /* owned by the graph */
    bool citation;             /* on the reference (a doubt on the citation), not on the evidence */
} mg_path_caution;

typedef struct {
    bool coherent;                     /* one context fits every hop */
    const char *const *contexts;       /* the contexts every hop shares, sorted; none when mixed, or
                                          when coherent only because no evidence names a disease */
    size_t context_count;
    const mg_path_segment *segments;   /* one when coherent */
    size_t segment_count;
    const mg_path_bridge *bridges;     /* segment_count - 1 */
    size_t bridge_count;
    size_t studies;                    /* distinct studies of the support (all segments' when mixed) */
    const char *const *organisms;      /* distinct organisms of the support, sorted */
    size_t organism_count;
    const char *const *systems;        /* distinct systems (in vivo, in vitro ...), sorted */
    size_t system_count;
    bool support_agrees;               /* at most one organism, and a system part every system
                                          shares ("in vivo and in vitro" shares "in vivo") */
    const mg_path_caution *cautions;   /* distinct cautions of the support, in path order */
    size_t caution_count;
    const size_t *unnamed_hops;        /* 0-based hops whose evidence names no disease: they fit any
                                          context by default, and a reader may want to check them */
    size_t unnamed_hop_count;
} mg_path_context;

typedef struct {
    const mg_id *nodes;      /* length + 1 nodes, source first */
    size_t length;           /* hops */
    const mg_id *edges;      /* the graph's edges behind the hops, hop by hop */
    const size_t *hop_start; /* the edges of hop i are edges[hop_start[i] .. hop_start[i + 1]) */
    int sign;                /* +1, -1, or 0: a hop is unsigned, or conflicting and not expanded */
    bool conflicting;        /* the parallel edges of some hop disagree in sign */
    size_t studies;          /* distinct primary studies in the edges' (matching) evidence, in any
                                context; context->studies counts those within its context */
    double cost;             /* sum of hop costs */
    /* Appended for context coherence (issue 16): */
    const mg_path_context *context; /* owned with the path (by its set); NULL where not computed
                                       (hypotheses' support: mg_path_context_compute) */
    bool via_subtype;        /* starts at a subtype of a queried source (mg_path_options.subtypes) */
} mg_path;

typedef struct mg_path_set mg_path_set;

/**
 * Finds the paths from any node of `from` to any node of `to`.
 * Ordered coherent paths first, mixed ones after (mg_path_context), then within each by length
 * (MG_PATHS_ALL; by cost first when a cost other than hops is chosen) or by cost (other modes),
 * then by studies (more first), then node ids, then sign (+ first). The limit keeps the best in
 * that order; MG_PATHS_K finds the k shortest first and then orders them so. With `subtypes`,
 * paths also start at every subtype of a source (is_a, transitively) but never pass through
 * another start (that would repeat a source's own path). Every path's `context` is filled.
 * \param out  receives the result (mg_path_set_free); NULL on failure
 * \return MG_OK (also when nothing is found or the search was cut short: see
 *         mg_path_set_truncated); MG_EINVAL for bad options; MG_ENOMEM; MG_EINTERNAL.
 * Time: MG_PATHS_ALL and MG_PATHS_SHORTEST O(V + E + steps), steps <= budget; MG_PATHS_K as
 * igraph_get_k_shortest_paths, O(k V (V log V + E)).
 */
MG_API mg_error_t mg_paths_find(mg_path_set **out, const mg_graph *graph, const mg_id *from, size_t from_count,
                         const mg_id *to, size_t to_count, const mg_path_options *options);
MG_API void mg_path_set_free(mg_path_set *set);
MG_API size_t mg_path_set_count(const mg_path_set *set);
/** Path i, owned by the set. */
MG_API const mg_path *mg_path_set_get(const mg_path_set *set, size_t i);
/** Whether the limit or the budget cut the search short; NULL when not, else why. */
MG_API const char *mg_path_set_truncated(const mg_path_set *set);
/** Whether a piece of evidence passes the query's context and organism filters. */
MG_API bool mg_path_set_evidence_ok(const mg_path_set *set, const mg_evidence *evidence);
/** "activates", "inhibits", "unsigned" or "conflicting" for a path's net sign. */
MG_API const char *mg_path_effect(const mg_path *path);

/**
 * Computes the context coherence of any path (a neighbourhood's chain, a hypothesis' support),
 * as mg_paths_find fills mg_path.context. Only evidence that passes `filter`'s filters counts
 * (NULL: all evidence).
 * \param out  receives the context, owned by the caller (mg_path_context_free); NULL on failure
 * \return MG_OK, MG_EINVAL (a NULL path or graph), MG_ENOMEM.
 * Time: O(X log X + X * lookup) for the X pieces of evidence on the path's edges.
 */
MG_API mg_error_t mg_path_context_compute(mg_path_context **out, const mg_graph *graph, const mg_path *path,
                                   const mg_path_set *filter);
/** Releases a context from mg_path_context_compute; NULL is allowed and does nothing. */
MG_API void mg_path_context_free(mg_path_context *context);

/* ---------------------------------------------------------------------------------------------
 * Neighbourhoods and effects
 * ------------------------------------------------------------------------------------------- */

typedef enum { MG_DIRECTION_OUT = 1, MG_DIRECTION_IN = 2, MG_DIRECTION_BOTH = 3 } mg_direction;

typedef struct {
    mg_id *nodes;    /* the start nodes first (in the order given), then by depth, then by id */
    int *depth;      /* hops from the nearest start node */
    mg_id *via_edge; /* an edge linking the node to one at depth - 1 (lowest edge id); -1 for a start */
    size_t count;
} mg_neighborhood;

/**
 * The nodes within `depth` hops of `start`, following edges in `direction`.
 * Free with mg_neighborhood_clear. Time: O(V + E).
 */
MG_API mg_error_t mg_graph_neighborhood(mg_neighborhood *out, const mg_graph *graph, mg_id start, int depth,
                                 mg_direction direction);
/**
 * As mg_graph_neighborhood, from several start nodes (a repeated one counts once), following only
 * edges whose relation `relations` allows ([MG_RELATION_COUNT], NULL: all) and, when `sign` is +1
 * or -1, whose relation has that sign (0: any). Time: O(V + E).
 */
MG_API mg_error_t mg_graph_neighborhood_of(mg_neighborhood *out, const mg_graph *graph, const mg_id *starts, size_t start_count,
                                    int depth, mg_direction direction, const bool *relations, int sign);
MG_API void mg_neighborhood_clear(mg_neighborhood *nb);

typedef struct {
    mg_id node;
    int sign;        /* the net sign by which the start influences the node (or it the start) */
    int distance;    /* hops of the shortest path with that sign */
    mg_path path;    /* that path, always from upstream to downstream */
} mg_effect;

typedef struct mg_effect_set mg_effect_set;

/**
 * Every node that `node` influences (or, `upstream`, that influences it) through a path of at
 * most options->max_len hops, once per net sign (+1, -1, and 0 when only unsigned paths reach
 * it), with the shortest such path, a coherent one (mg_path_context) when one of that length
 * exists among those the search meets. Options other than the length bound, the filters,
 * `subtypes`, `inherited` and the budget are ignored. Downstream, is_a edges out of `node` are not
 * followed unless `inherited` (a subtype's effects are its own, not its parent's); with
 * `subtypes`, (node, sign) pairs reached only from a subtype of `node` are added, their paths
 * marked via_subtype. Ordered by distance, then node id, then sign.
 * Time: O(V + E) for the search, plus path searches for the rare cases where the shortest signed
 * walk repeats a node, all within options->budget steps (mg_effect_set_truncated says when it
 * ran out).
 */
MG_API mg_error_t mg_effects_find(mg_effect_set **out, const mg_graph *graph, mg_id node, bool upstream,
                           const mg_path_options *options);
MG_API void mg_effect_set_free(mg_effect_set *set);
MG_API size_t mg_effect_set_count(const mg_effect_set *set);
MG_API const mg_effect *mg_effect_set_get(const mg_effect_set *set, size_t i);
/** Why the set may be incomplete, or NULL: the searches for simple paths (the rare cases above)
 * share options->budget, and a node whose search it cut off may lack one of its signs. Owned by
 * the set. */
MG_API const char *mg_effect_set_truncated(const mg_effect_set *set);

/* ---------------------------------------------------------------------------------------------
 * Hubs: which nodes are central to the mechanisms? (docs/hubs.md)
 *
 * Every metric is computed on the simple graph: parallel edges merged, self-loops dropped,
 * excluded nodes removed first. Metrics that have a direction use it unless `undirected` is set;
 * the cytoHubba metrics, coreness and clustering are undirected by definition.
 * ------------------------------------------------------------------------------------------- */

typedef enum {
    MG_HUB_DEGREE,       /* in + out degree (strength when weighted) */
    MG_HUB_IN_DEGREE,
    MG_HUB_OUT_DEGREE,
    MG_HUB_BETWEENNESS,  /* Brandes, unnormalised; sampled with `samples` */
    MG_HUB_CLOSENESS,    /* Wasserman-Faust, as networkx: inward distances in a directed graph */
    MG_HUB_HARMONIC,     /* sum of 1/d(u, v) over the nodes u that reach v */
    MG_HUB_EIGENVECTOR,  /* left eigenvector (in-edges), unit maximum */
    MG_HUB_PAGERANK,
    MG_HUB_HUB,          /* HITS hub score */
    MG_HUB_AUTHORITY,    /* HITS authority score */
    MG_HUB_CORENESS,     /* k-core number, undirected */
    MG_HUB_CLUSTERING,   /* local clustering coefficient, undirected; 0 below degree 2 */
    MG_HUB_MCC,          /* cytoHubba: Maximal Clique Centrality */
    MG_HUB_DMNC,         /* cytoHubba: Density of Maximum Neighborhood Component */
    MG_HUB_MNC,          /* cytoHubba: Maximum Neighborhood Component */
    MG_HUB_EPC,          /* cytoHubba: Edge Percolated Component */
    MG_HUB_BOTTLENECK,   /* cytoHubba */
    MG_HUB_ECCENTRICITY, /* cytoHubba */
    MG_HUB_CH_CLOSENESS, /* cytoHubba's closeness: sum of 1/d */
    MG_HUB_RADIALITY,    /* cytoHubba */
    MG_HUB_STRESS,       /* cytoHubba: number of shortest paths through the node */
    MG_HUB_CONSENSUS,    /* mean rank over a documented set of metrics */
    MG_HUB_METRIC_COUNT
} mg_hub_metric;

/** The metric's name as the CLI takes it ("pagerank", "cytohubba-closeness"), or NULL. */
MG_API const char *mg_hub_metric_name(mg_hub_metric metric);
/** One line describing the metric. */
MG_API const char *mg_hub_metric_description(mg_hub_metric metric);
/** Parses a metric name. Returns MG_EINVAL (with a suggestion in mg_last_error) if unknown. */
MG_API mg_error_t mg_hub_metric_parse(mg_hub_metric *out, const char *name);
/** The metrics the consensus averages, and their count. */
MG_API const mg_hub_metric *mg_hub_consensus_metrics(size_t *count);

typedef struct {
    bool undirected;     /* ignore edge direction for every metric */
    bool weighted;       /* edge weight = supporting studies (at least 1), where the metric takes weights */
    double damping;      /* PageRank; default 0.85 */
    const mg_id *exclude; /* nodes removed from the graph first; NULL allowed */
    size_t exclude_count;
    size_t samples;      /* 0: exact; else shortest-path metrics from this many sampled sources */
    uint64_t seed;       /* for sampling and EPC; default 1 */
    size_t epc_reductions;  /* default 1000 */
    double epc_threshold;   /* default 0.5 */
    double dmnc_epsilon;    /* default 1.7 */
    size_t clique_budget;   /* maximal cliques enumerated at most, for MCC; default 10 million; 0: no limit */
    size_t epc_budget;      /* EPC's work at most, in union-find steps (each reduction costs V + E);
                               default 2 billion (about 15 s; the Hetionet subset's 1000 reductions
                               take 0.8 billion); 0: no limit */
} mg_hub_options;

#define MG_HUB_OPTIONS_INIT {false, false, 0.85, NULL, 0, 0, 1, 1000, 0.5, 1.7, 10000000, (size_t)2000000000ULL}

/** What made hub scores approximate (mg_hub_scores_report). */
typedef struct {
    bool sampled;          /* shortest-path metrics from `samples` sampled sources */
    bool cliques_cut;      /* MCC's search reached clique_budget: its scores count the cliques found by then */
    size_t cliques;        /* maximal cliques MCC enumerated */
    bool epc_cut;          /* EPC's budget allowed fewer than epc_reductions percolations */
    size_t epc_reductions; /* percolations EPC ran; its scores are scaled to epc_reductions */
} mg_hub_report;

/**
 * Computes a metric for every node.
 * \param scores       node_count entries, filled; NaN for excluded nodes. Owned by the caller.
 * \param approximate  set to true when sampling (or a budget) made the scores approximate; may be NULL
 * \return MG_OK; MG_EINVAL for bad options; MG_ENOMEM; MG_EINTERNAL (igraph).
 * Time: degree O(V + E); PageRank, HITS, eigenvector iterative; betweenness, stress,
 * bottleneck, closeness, radiality, eccentricity O(V E) (O(samples E) when sampled); MCC
 * exponential in the worst case (bounded by clique_budget); EPC O(reductions (V + E)), at most
 * epc_budget.
 */
MG_API mg_error_t mg_hub_scores(double *scores, bool *approximate, const mg_graph *graph, mg_hub_metric metric,
                         const mg_hub_options *options);

/**
 * Several metrics in one pass: scores[k] (node_count entries each, owned by the caller) receives
 * metrics[k]. The simple graph each direction needs is built once for all of them, where calls
 * to mg_hub_scores would build it once per metric. *approximate is true if any is.
 */
MG_API mg_error_t mg_hub_scores_many(double *const *scores, bool *approximate, const mg_graph *graph,
                              const mg_hub_metric *metrics, size_t count, const mg_hub_options *options);

/**
 * As mg_hub_scores_many, saying what limited the computation instead of a single `approximate`:
 * sampling, or a budget (MCC's clique_budget, EPC's epc_budget) that ran out. `report` may be NULL.
 */
MG_API mg_error_t mg_hub_scores_report(double *const *scores, mg_hub_report *report, const mg_graph *graph,
                                const mg_hub_metric *metrics, size_t count, const mg_hub_options *options);

/**
 * Orders nodes by score, highest first, ties by id; NaN scores (excluded nodes) last.
 * \param order  node_count entries, filled with node indices. Owned by the caller.
 * Time: O(V log V).
 */
MG_API mg_error_t mg_hub_rank(mg_id *order, const mg_graph *graph, const double *scores);

/* ---------------------------------------------------------------------------------------------
 * Rendering: mechanism diagrams through the Graphviz library (docs/render.md)
 * ------------------------------------------------------------------------------------------- */

typedef enum {
    MG_RENDER_AUTO = 0, /* from the file name's extension */
    MG_RENDER_DOT,
    MG_RENDER_SVG,
    MG_RENDER_PNG,
    MG_RENDER_PDF,
    MG_RENDER_HTML /* a standalone page: the SVG inline, a legend, the edges with their citations */
} mg_render_format;

typedef enum { MG_LAYOUT_DOT = 0, MG_LAYOUT_NEATO, MG_LAYOUT_FDP, MG_LAYOUT_SFDP, MG_LAYOUT_CIRCO } mg_layout;

typedef struct {
    mg_render_format format;
    mg_layout layout;
    bool relation_labels;  /* write each edge's relations on it */
    bool cluster_disease;  /* group nodes studied in a single disease */
    bool legend;           /* draw the legend (default true) */
    const char *title;     /* NULL: none */
    const bool *nodes;     /* [node_count]: the nodes drawn; NULL: every node */
    const bool *edges;     /* [edge_count]: the edges drawn; NULL: every edge between drawn nodes */
    const mg_id *emphasis; /* nodes drawn in bold (a query's ends) */
    size_t emphasis_count;
    /* laid-out formats refuse a selection of more edges (parallel ones counted once) than this:
     * Graphviz would run for minutes on a background network and draw a hairball; 0: no limit.
     * Default 5000. DOT, which is not laid out, has no limit. */
    size_t max_edges;
} mg_render_options;

#define MG_RENDER_OPTIONS_INIT {MG_RENDER_AUTO, MG_LAYOUT_DOT, false, false, true, NULL, NULL, NULL, NULL, 0, 5000}

/** The names the CLI takes: "dot", "svg" ...; "dot", "neato" ... */
MG_API const char *mg_render_format_name(mg_render_format format);
MG_API mg_error_t mg_render_format_parse(mg_render_format *out, const char *name);
MG_API const char *mg_layout_name(mg_layout layout);
MG_API mg_error_t mg_layout_parse(mg_layout *out, const char *name);
/** The format a file name asks for by its extension; MG_EINVAL when it says none. */
MG_API mg_error_t mg_render_format_from_path(mg_render_format *out, const char *path);

/**
 * Draws the graph (or the part the options select) into memory.
 * \param out, size  receive the bytes (mg_render_data_free); NULL on failure
 * \return MG_OK; MG_EINVAL (bad options, MG_RENDER_AUTO, a selection over max_edges); MG_EINTERNAL when Graphviz fails
 *         (its message in mg_last_error); MG_ENOMEM.
 * Time: Graphviz's layout; dot is about O(V E) in practice.
 */
MG_API mg_error_t mg_render_data(char **out, size_t *size, const mg_graph *graph, const mg_render_options *options);
MG_API void mg_render_data_free(char *data);

/**
 * Draws into `path` ("-" for stdout), the format from options or else from the extension. The
 * drawing is made in memory and written through a temporary file renamed into place: a failed
 * render leaves an existing file untouched.
 */
MG_API mg_error_t mg_render_file(const mg_graph *graph, const mg_render_options *options, const char *path);

/** A comparison panel (mg_render_compare_data): A and B side by side, one row per comparison,
 * grouped by aspect, each with its direction and citations. */
typedef struct {
    mg_id a;                   /* the left side */
    mg_id b;                   /* the right side, or -1: each row names what A is compared with */
    const size_t *comparisons; /* the rows in the order drawn: indices for mg_graph_comparison, rows
                                  of one aspect next to each other */
    const bool *inverted;      /* per row: the record is B against A, drawn from A's side with its
                                  direction inverted; NULL: none is */
    size_t count;              /* at least 1 */
} mg_compare_panel;

/**
 * Draws a comparison panel into memory: DOT, SVG, PNG, PDF, or a page (HTML) with the panel and
 * each study's full citation. Uses options->format (not MG_RENDER_AUTO) and options->title (NULL:
 * "A compared with B"); the other options are ignored.
 * \param out, size  receive the bytes (mg_render_data_free); NULL on failure
 * \return MG_OK; MG_EINVAL (no rows, a row or side out of range, no format); MG_EINTERNAL when
 *         Graphviz fails; MG_ENOMEM. Time: O(rows x evidence) and Graphviz's layout of one table.
 */
MG_API mg_error_t mg_render_compare_data(char **out, size_t *size, const mg_graph *graph, const mg_compare_panel *panel,
                                         const mg_render_options *options);
/** As mg_render_compare_data, written to `path` ("-" for stdout) through a temporary file renamed
 * into place; the format from options, else from the extension. */
MG_API mg_error_t mg_render_compare_file(const mg_graph *graph, const mg_compare_panel *panel,
                                         const mg_render_options *options, const char *path);

/**
 * Lays the graph (or the part the options select) out as mg_render_data would draw it, and gives
 * each node's centre: `*out` receives 2 * node_count doubles, x and y of node i at 2i and 2i + 1, in
 * points with y growing downward (screen coordinates, as Cytoscape's); NaN for a node not drawn.
 * A selection over options->max_edges is not laid out (every entry NaN). Free with
 * mg_render_positions_free. The format, legend and title of `options` are ignored.
 * \return MG_OK; MG_EINVAL (bad options); MG_EINTERNAL when Graphviz fails; MG_ENOMEM.
 * Time: Graphviz's layout.
 */
MG_API mg_error_t mg_render_positions(double **out, const mg_graph *graph, const mg_render_options *options);
MG_API void mg_render_positions_free(double *xy);

/* ---------------------------------------------------------------------------------------------
 * Selections: the part of the graph a question is about (docs/selection.md)
 *
 * A selection keeps the pieces of evidence that pass every criterion given, the edges left with
 * any, and the nodes those edges touch. Names are compared as mg_name_normalize writes them
 * (case, spaces, hyphens, Greek letters); a piece of evidence that does not state what a
 * criterion asks about (no organism, no disease ...) does not pass it.
 * ------------------------------------------------------------------------------------------- */

typedef struct {
    /* a disease: any name of a disease node (id, label, synonym: every name of that node then
     * matches), or as the evidence writes it */
    const char *context;
    /* a common or Latin name: human = Homo sapiens = H. sapiens, mouse = Mus musculus, rat =
     * Rattus norvegicus ...; a name the table does not know is compared as written */
    const char *organism;
    /* "in vivo" or "in vitro" (also "vivo", "vitro"): a study of both ("in vivo and in vitro")
     * passes either; "in vivo and in vitro" keeps only those; any other word ("patients") is
     * compared as written */
    const char *system;
    /* the words the evidence's cell field contains, in order, a plural s ignored: "mast cells"
     * matches "Th2, mast cells", "Th17" matches "Th1, Th2, Treg, Th17 cells" but "Th1" not "Th17" */
    const char *cell;
    /* the primary study: a reference id, or its DOI, bare or after doi: or https://doi.org/ */
    const char *study;
    /* the review the evidence was read from, the same way */
    const char *review;
    /* only edges left with at least this many distinct primary studies, counted in the evidence
     * kept; 0: no bound (1 drops only the edges without evidence) */
    size_t min_studies;
    /* leave out evidence with a caution of its own (evidence scope); a reference's caution on the
     * citation (doi-as-printed) removes nothing (docs/format.md, "Cautions") */
    bool no_cautioned;
} mg_select_options;

#define MG_SELECT_OPTIONS_INIT {NULL, NULL, NULL, NULL, NULL, NULL, 0, false}

/** Whether `options` has any criterion (NULL has none). O(1). */
MG_API bool mg_select_options_any(const mg_select_options *options);

/**
 * The part of the graph the options select, as a new graph: the evidence that passes every
 * criterion, the edges left with any (when an evidence criterion is given, an edge without
 * evidence has nothing to pass and is dropped; min_studies counts the evidence kept), the nodes
 * those edges touch (a node without a selected edge is left out: it has nothing in the
 * selection), and the references the kept evidence cites. Nodes, edges and references keep
 * their order; each edge keeps its relation, weight, note and origin. Without any criterion, a
 * copy of the whole graph, isolated nodes included.
 * Every value is checked: one that matches no evidence of the graph (min_studies: no edge) is
 * MG_ENOTFOUND, and mg_last_error() lists the values the graph has, closest first.
 * \param out      receives the new graph (mg_graph_free), independent of `graph`; NULL on failure
 * \param graph    read, not kept
 * \param options  NULL: no criterion
 * \return MG_OK (also when the criteria together leave nothing: an empty graph); MG_ENOTFOUND;
 *         MG_ENOMEM.
 * Time: O(V + E + X K + N log N), X pieces of evidence, K the names of the context, N the names
 * of the kept nodes (their index).
 */
MG_API mg_error_t mg_graph_select(mg_graph **out, const mg_graph *graph, const mg_select_options *options);

/* Marks on arrays, for pictures: the same matcher as mg_graph_select, values not checked. */

/**
 * Marks the edges with evidence in a disease (named as the evidence writes it, or by any name of
 * a disease node: mg_select_options.context) and their ends. `nodes` and `edges` have node_count
 * and edge_count entries; marks are added, never cleared. Returns the number of edges marked
 * through *count (0 when the disease matches nothing). Time: O(X K).
 */
MG_API mg_error_t mg_select_context(bool *nodes, bool *edges, size_t *count, const mg_graph *graph, const char *disease);
/** The same for the edges citing one study: a reference id ("yuan2017") or its DOI
 * (mg_select_options.study). */
MG_API mg_error_t mg_select_study(bool *nodes, bool *edges, size_t *count, const mg_graph *graph, const char *study);

/* ---------------------------------------------------------------------------------------------
 * Studies: the references a graph cites, each with what rests on it
 * ------------------------------------------------------------------------------------------- */

/** One study (a reference) and what rests on it. Every pointer is owned by the list it came
 * from (mg_studies) or by the graph; valid until mg_studies_free and mg_graph_free. */
typedef struct {
    const mg_reference *ref;
    const char *label;          /* "Nong 2016": the citation's first author and year (the id without them) */
    const mg_id *edges;         /* the edges whose evidence cites it as the study, in edge order */
    size_t edge_count;
    size_t evidence_count;      /* pieces of evidence citing it as the study */
    size_t read_from_count;     /* pieces of evidence read from it as a review (evidence.review) */
    const mg_reference *const *reviews; /* the reviews its evidence was read from, by id */
    size_t review_count;
    const char *const *contexts; /* the diseases of its evidence (evidence.disease), sorted */
    size_t context_count;
    const char *const *organisms; /* the organisms of its evidence, sorted */
    size_t organism_count;
    size_t cautioned_count;     /* pieces of its evidence with cautions */
    const char *const *caution_codes; /* their cautions' codes, sorted, each once */
    size_t caution_code_count;
} mg_study;

typedef struct mg_studies mg_studies;

/**
 * Gathers every reference of the graph with what rests on it, sorted by reference id.
 * \param out  receives the list, owned by the caller (mg_studies_free); NULL on failure.
 * \return MG_OK or MG_ENOMEM. Time: O(R + X log X), X the pieces of evidence.
 */
MG_API mg_error_t mg_studies_new(mg_studies **out, const mg_graph *graph);
/** The number of studies (the graph's references). O(1). */
MG_API size_t mg_studies_count(const mg_studies *studies);
/** Study i (0 <= i < count), owned by the list; NULL when out of range. O(1). */
MG_API const mg_study *mg_studies_get(const mg_studies *studies, size_t i);
/** Frees the list; NULL is allowed and does nothing. */
MG_API void mg_studies_free(mg_studies *studies);

typedef struct {
    size_t study;         /* the index found (mg_studies_get), or SIZE_MAX */
    size_t *candidates;   /* ambiguous matches, or the closest studies when none; owned by the match */
    size_t candidate_count;
} mg_study_match;

#define MG_STUDY_MATCH_INIT {SIZE_MAX, NULL, 0}

/**
 * Finds a study by, in order: its id (case ignored); its DOI, with or without "doi:",
 * "https://doi.org/" or "http://dx.doi.org/" (case ignored); its first author and year ("Nong
 * 2016", normalised as names are); the beginning of its citation ("Nong, K."), of 3 characters
 * or more. The first that matches decides.
 * \return MG_OK; MG_EAMBIGUOUS with the matches as candidates; MG_ENOTFOUND with at most 5
 *         closest ids (edit distance) as candidates; MG_ENOMEM. Clear with mg_study_match_clear.
 * Time: O(R * L) (R studies, L the citation length); O(R * L^2) when not found.
 */
MG_API mg_error_t mg_studies_find(mg_study_match *match, const mg_studies *studies, const char *text);
/** Releases what a match holds and resets it. */
MG_API void mg_study_match_clear(mg_study_match *match);

/* ---------------------------------------------------------------------------------------------
 * Export: the graph in other tools' formats (docs/export.md)
 * ------------------------------------------------------------------------------------------- */

typedef enum {
    MG_EXPORT_JSON,    /* mechgraph-1 */
    MG_EXPORT_GRAPHML, /* Gephi, yEd, networkx, igraph */
    MG_EXPORT_CYJS,    /* Cytoscape.js JSON: Cytoscape, networkx's cytoscape_graph */
    MG_EXPORT_SIF,     /* source, relation, target, no header; lone names for isolated nodes */
    MG_EXPORT_TSV,     /* an edge list with evidence columns */
    MG_EXPORT_NEO4J,   /* nodes.csv and edges.csv for neo4j-admin import, in a directory */
    MG_EXPORT_DOT,     /* plain DOT */
    MG_EXPORT_SIF_SIGNED, /* "A<TAB>1<TAB>B" / -1: CellNOpt's and CARNIVAL's signed SIF, signed edges only */
    MG_EXPORT_SBML_QUAL   /* SBML Level 3 qual: qualitative species and signed transitions (libSBML) */
} mg_export_format;

MG_API const char *mg_export_format_name(mg_export_format format);
MG_API mg_error_t mg_export_format_parse(mg_export_format *out, const char *name);
/** Whether the format keeps a graph's comparisons (json; graphml and cyjs as graph data, read
 * back by mechgraph); the others leave them out (docs/export.md). O(1). */
MG_API bool mg_export_keeps_comparisons(mg_export_format format);
/** The format a file name asks for (.json .graphml .cyjs .sif .tsv .dot .gv .sbml); MG_EINVAL if none. */
MG_API mg_error_t mg_export_format_from_path(mg_export_format *out, const char *path);
/**
 * Writes the graph to `path` ("-" for stdout; a directory for MG_EXPORT_NEO4J), through a
 * temporary file renamed into place. Time: O(V + E + evidence).
 */
MG_API mg_error_t mg_export(const mg_graph *graph, mg_export_format format, const char *path);

/* ---------------------------------------------------------------------------------------------
 * Hypotheses: ranked, explained, evidence-backed candidates for what to test next
 * (docs/hypotheses.md). Every statement is built from the graph's own data: node labels,
 * relations, and the first author and year of the cited studies.
 * ------------------------------------------------------------------------------------------- */

typedef enum {
    MG_HYP_ABC,            /* Swanson's ABC: A -> B -> C with no A-C edge, typed */
    MG_HYP_TRANSFER,       /* a mediator of one disease proposed for a similar one */
    MG_HYP_LINK,           /* link prediction: resource allocation, Adamic-Adar, Jaccard, pref. attachment */
    MG_HYP_DWPC,           /* degree-weighted path counts (Hetionet's, damping 0.4) */
    MG_HYP_CONTRADICTIONS, /* opposite signs for one pair; feedback loops and their parity */
    MG_HYP_GAPS,           /* diseases with an outcome but no mechanism, and what may fill them */
    MG_HYP_COMPARISONS,    /* what a better agent of a comparison may do where the weaker one works */
    MG_HYP_METHOD_COUNT
} mg_hyp_method;

/** "abc", "transfer" ..., or NULL when out of range. O(1). */
MG_API const char *mg_hyp_method_name(mg_hyp_method method);
/** One line describing the method. */
MG_API const char *mg_hyp_method_description(mg_hyp_method method);
/** Parses a method name. Returns MG_EINVAL (with a suggestion in mg_last_error) if unknown. */
MG_API mg_error_t mg_hyp_method_parse(mg_hyp_method *out, const char *name);

typedef struct {
    const bool *methods;     /* [MG_HYP_METHOD_COUNT] methods to run, or NULL for all */
    const mg_id *from;       /* subjects: only these nodes; NULL for the default roles */
    size_t from_count;
    const bool *from_types;  /* [MG_NODE_TYPE_COUNT] subjects of these types only, or NULL */
    const mg_id *to;         /* objects: only these nodes; NULL for any */
    size_t to_count;
    const bool *to_types;    /* [MG_NODE_TYPE_COUNT] objects of these types only, or NULL */
    size_t top;              /* hypotheses returned at most; 0 for all. Default 20 */
    size_t per_method;       /* candidates each method keeps, best first; 0 for all. Default 10000;
                                a cut is reported (mg_hypothesis_set_truncated) */
    size_t budget;           /* work units (paths, pairs, steps) per method; default 2 million */
    const double *weights;   /* [MG_HYP_METHOD_COUNT] weights of the combination, or NULL for the
                                documented defaults (docs/hypotheses.md) */
    const bool *hidden;      /* [edge_count] edges to ignore, or NULL (the evaluation hides facts) */
    bool fold;               /* fold a hypothesis into a stronger one of the same method and object
                                whose support path runs through its subject (default true) */
    const struct mg_hyp_calibration *calibration; /* the model that turns each method's score into a
                                probability (mg_hypotheses_calibrate), or NULL for the one fitted on
                                the built-in graph (mg_hyp_default_calibration) */
    const char *disease_classes; /* the disease-class table `transfer` and `gaps` take as a prior, in
                                graphs/disease_classes.tsv's format: NULL for that built-in table,
                                "" for none (docs/hypotheses.md, "Disease classes"); not copied */
} mg_hyp_options;

#define MG_HYP_OPTIONS_INIT {NULL, NULL, 0, NULL, NULL, 0, NULL, 20, 10000, 2000000, NULL, NULL, true, NULL, NULL}

/** Each method's score calibrated to the probability that the candidate is found later:
 * p = 1 / (1 + exp(-(intercept + score_coef * ln(score / method's best) + degree_coef * ln(deg s * deg o)))),
 * fitted by Platt scaling (smoothed targets, a weak ridge) on leave-one-study-out folds: each
 * study's own edges hidden in turn, the methods run on the rest, its hidden subject -> object
 * pairs the positives among every candidate the method proposes (docs/hypotheses.md). */
typedef struct mg_hyp_calibration {
    double intercept[MG_HYP_METHOD_COUNT], score_coef[MG_HYP_METHOD_COUNT], degree_coef[MG_HYP_METHOD_COUNT];
    size_t positives[MG_HYP_METHOD_COUNT], negatives[MG_HYP_METHOD_COUNT]; /* the rows it was fitted on */
    size_t folds; /* studies held out */
} mg_hyp_calibration;

/** The calibration fitted on the built-in graph (`mechgraph hypotheses --calibrate`), stored in
 * the library; a test checks it equals a fresh fit. Owned by the library. */
MG_API const mg_hyp_calibration *mg_hyp_default_calibration(void);

/**
 * Fits the calibration on `graph`'s own studies (leave one study out; the options' methods,
 * budget and `hidden` edges apply; subjects, objects and top are ignored). A graph without
 * studies of their own edges gives zero folds and the default calibration's values.
 * \return MG_OK; MG_ENOMEM. Time: one generation per study with an edge of its own.
 */
MG_API mg_error_t mg_hypotheses_calibrate(mg_hyp_calibration *out, const mg_graph *graph, const mg_hyp_options *options);

/** The default weights of the combination (MG_HYP_METHOD_COUNT entries), owned by the library. */
MG_API const double *mg_hyp_default_weights(void);

typedef struct {
    const char *name; /* "abc", "abc.linking_nodes" ... */
    double value;
} mg_hyp_component;

typedef struct {
    const char *id;               /* stable: "<method>:<subject id>><object id>" */
    mg_hyp_method method;         /* the method that contributes most to the score */
    unsigned methods;             /* bit (1u << method) for every method that proposed it */
    mg_id subject, object;        /* the same node for a feedback loop */
    mg_relation predicted_relation;
    int predicted_sign;           /* +1, -1, or 0 (unknown, or disputed) */
    double score;                 /* the weighted combination; ranks the set */
    const mg_hyp_component *components;
    size_t component_count;
    const char *statement;        /* one plain sentence */
    const mg_path *support;       /* the paths behind it, strongest first; each hop's edges */
    size_t support_count;
    bool novel;                   /* no edge links subject and object, either way */
    const char *const *caveats;
    size_t caveat_count;
} mg_hypothesis;

typedef struct mg_hypothesis_set mg_hypothesis_set;

/**
 * Generates hypotheses by the chosen methods, scores each method's candidates (each method's
 * scores divided by its best), combines candidates about the same subject and object into one
 * (weighted sum), and ranks them: score first, then subject id, object id and method.
 * Deterministic: the same graph and options give the same set, byte for byte.
 * \param out  receives the set (mg_hypothesis_set_free); NULL on failure
 * \return MG_OK (also when a budget cut a method short: see mg_hypothesis_set_truncated);
 *         MG_EINVAL for bad options; MG_ENOMEM.
 * Time: O(V + E) for the view, plus at most `budget` steps per method.
 */
MG_API mg_error_t mg_hypotheses_generate(mg_hypothesis_set **out, const mg_graph *graph, const mg_hyp_options *options);
MG_API void mg_hypothesis_set_free(mg_hypothesis_set *set);
MG_API size_t mg_hypothesis_set_count(const mg_hypothesis_set *set);
/** Hypothesis i, best first; owned by the set. */
MG_API const mg_hypothesis *mg_hypothesis_set_get(const mg_hypothesis_set *set, size_t i);
/** Candidates found before the top cut (all methods, after combining). */
MG_API size_t mg_hypothesis_set_total(const mg_hypothesis_set *set);
/** Why a method's candidates were cut short (its budget, its per-method cap, or both), or NULL
 * when it kept all it found. Owned by the set. */
MG_API const char *mg_hypothesis_set_truncated(const mg_hypothesis_set *set, mg_hyp_method method);

/** The rows of an evaluation: each method, the combination, the two baselines, and the
 * combination times the listing's factors (signed, two studies, not a restatement, specific:
 * the order `hypotheses` lists, docs/hypotheses.md). */
enum {
    MG_HYP_EVAL_COMBINED = MG_HYP_METHOD_COUNT,
    MG_HYP_EVAL_RANDOM,
    MG_HYP_EVAL_DEGREE,
    MG_HYP_EVAL_LISTING,
    MG_HYP_EVAL_ROWS
};

typedef struct {
    double hits10, hits20, mrr; /* means over the facts */
    size_t proposed;            /* facts the row proposed at all (scored > 0) */
} mg_hyp_eval_row;

typedef struct {
    size_t facts;              /* hidden facts: directed pairs with evidence, non-structural */
    size_t skipped;            /* pairs outside the default roles (an agent as object ...) */
    double candidates;         /* mean number of objects a fact is ranked among */
    mg_hyp_eval_row rows[MG_HYP_EVAL_ROWS];
    double weights[MG_HYP_METHOD_COUNT]; /* the combination's weights */
    double best_weights[MG_HYP_METHOD_COUNT]; /* with `grid`: the grid's best by MRR */
    mg_hyp_eval_row best;      /* its figures */
    mg_hyp_eval_row best_half[2]; /* weights chosen on one half of the facts, scored on the other */
    size_t truncated;          /* facts whose candidates a method's budget cut short */
} mg_hyp_evaluation;

/**
 * Leave-one-out: hides each fact (every evidence-bearing, non-structural edge from a subject to
 * an object, with its parallel edges) in turn, generates the subject's candidates from the rest
 * (as `from = {subject}`), and finds the hidden object's rank among all objects the subject has
 * no edge to. Ties share their ranks (the expected hits and reciprocal rank of a random order).
 * The random baseline orders the objects at random (`repeats` orders from `seed`, averaged); the
 * degree baseline by degree (preferential attachment). With `grid`, also searches the weights
 * {0, 0.5, 1, 2} of each predictive method for the best MRR, and checks the choice on two halves.
 * Time: facts x one generation; about a second on the built-in graph.
 */
MG_API mg_error_t mg_hypotheses_evaluate(mg_hyp_evaluation *out, const mg_graph *graph, const mg_hyp_options *options,
                                  size_t repeats, uint64_t seed, bool grid);

/**
 * The year a reference was published, read from its citation: the first parenthesised year
 * ("Yuan, X., ... (2017). Title", "(2017a)"), else the first year after a space and before ';',
 * '.', ',' or ':' ("Nat Med 2020;26:..."); years 1900 to 2099. 0 when none (or r is NULL).
 * O(length of the citation).
 */
MG_API int mg_hyp_reference_year(const mg_reference *r);

/** How the held-out evaluation hides what was found: one edge (a subject -> object pair) at a
 * time, one study at a time (every edge whose evidence is that study's alone), or a time slice
 * (every edge with no evidence from a study published up to the cut-off year). */
typedef enum { MG_HYP_BY_EDGE, MG_HYP_BY_STUDY, MG_HYP_BY_YEAR } mg_hyp_holdout_by;

/** The rows of a held-out evaluation: each method, the combination, the listing (the order
 * users read), and four baselines on the same candidate pairs. */
enum {
    MG_HYP_HOLD_COMBINED = MG_HYP_METHOD_COUNT,
    MG_HYP_HOLD_LISTING,
    MG_HYP_HOLD_RANDOM,
    MG_HYP_HOLD_DEGREE,      /* preferential attachment: deg u * deg v */
    MG_HYP_HOLD_ADAMIC_ADAR,
    MG_HYP_HOLD_JACCARD,
    MG_HYP_HOLD_ROWS
};

typedef struct {
    double hits10, hits20, hits50, mrr, auc; /* means over the held-out pairs */
    size_t proposed;                          /* held-out pairs the row scored above 0 */
} mg_hyp_hold_row;

/** How far apart a candidate pair lay in what its fold left visible: undirected steps through
 * non-structural hops (the neighbourhoods the baselines read). A candidate is never linked, so
 * it is two steps apart or more. These bins say how much any ranking built on the visible
 * graph can know: a later finding between unconnected nodes has no structure to be found by. */
enum { MG_HYP_STEPS_2, MG_HYP_STEPS_3, MG_HYP_STEPS_4_OR_MORE, MG_HYP_STEPS_UNCONNECTED, MG_HYP_STEPS_BINS };

/** One held-out pair and where each row ranked it (1 = first; ties at their mean position). */
typedef struct {
    mg_id subject, object;
    const mg_reference *study; /* MG_HYP_BY_STUDY: the study left out; else NULL */
    double rank[MG_HYP_HOLD_ROWS]; /* the random row: the middle of the candidates */
    int steps; /* undirected steps between its ends in what the fold left visible; 0: unconnected */
} mg_hyp_hold_pair;

typedef struct {
    mg_hyp_holdout_by by;
    int cutoff;         /* MG_HYP_BY_YEAR: the last year kept */
    size_t folds;       /* generations run (an edge, a study, or the one slice) */
    size_t pairs;       /* held-out pairs ranked: the sample size of every row */
    size_t skipped;     /* held-out pairs not rankable: an end absent from what is left, an edge
                           still linking them, or outside the default roles */
    double universe;    /* mean number of candidate pairs each is ranked among */
    size_t held_by_steps[MG_HYP_STEPS_BINS];    /* the ranked pairs by how far apart they lay */
    double universe_by_steps[MG_HYP_STEPS_BINS]; /* the candidates by the same bins, mean per pair
                                                    like `universe` (the held-out pair included) */
    size_t undated;     /* references whose year the citation does not give (kept in a slice) */
    mg_hyp_hold_row rows[MG_HYP_HOLD_ROWS];
    mg_hyp_hold_pair *held; /* the `pairs` ranked, in fold order; mg_hyp_holdout_free releases them */
    mg_hyp_calibration calibration; /* fitted on the studies before the cut-off (by year), or on
                                       every study's fold (by edge; by study each fold is ranked
                                       with a fit that leaves its study out: this is the last) */
} mg_hyp_holdout;

/** Releases what a held-out evaluation holds (NULL or a zeroed one is fine). */
MG_API void mg_hyp_holdout_free(mg_hyp_holdout *e);

/**
 * Held-out evaluation of the global listing. For each fold, hides the edges `by` chooses,
 * generates every hypothesis from the rest (top 0, no per-method cut, folded and diversified as
 * `hypotheses` lists them), and ranks each held-out subject -> object pair among all candidate
 * pairs (subject and object in the default roles, no edge either way in what is left; the other
 * held-out pairs of the fold left out). Ties share their ranks (expected hits and reciprocal
 * rank); AUC is the chance a held-out pair outranks a candidate pair (ties half). A folded
 * mediator takes the rank of the hypothesis it is folded into. The random row averages
 * `repeats` uniform positions from `seed`.
 * 
eturn MG_OK; MG_EINVAL for a graph of more than 4096 nodes (every pair is scored); MG_ENOMEM.
 * Time: folds x (one generation + P x N^2), P held-out pairs of a fold.
 */
MG_API mg_error_t mg_hypotheses_holdout(mg_hyp_holdout *out, const mg_graph *graph, const mg_hyp_options *options,
                                 mg_hyp_holdout_by by, int cutoff, size_t repeats, uint64_t seed);

/* ---------------------------------------------------------------------------------------------
 * Merging: several graphs as one, nodes aligned across them (docs/merge.md)
 * ------------------------------------------------------------------------------------------- */

/** The rules that align nodes of different graphs, in the order they are tried. */
typedef enum {
    MG_ALIGN_ID,   /* the same id */
    MG_ALIGN_XREF, /* an id equal to the other's xref value, or an xref (key, value) in common */
    MG_ALIGN_NAME  /* a normalised id, label or synonym naming exactly one node of each graph */
} mg_align_rule;

typedef struct {
    mg_align_rule align; /* the last rule tried: MG_ALIGN_ID, MG_ALIGN_XREF or MG_ALIGN_NAME (all) */
    bool keep_unmatched; /* keep the nodes of edge-less graphs that align with no other node */
} mg_merge_options;

#define MG_MERGE_OPTIONS_INIT {MG_ALIGN_NAME, false}

typedef struct mg_merge_report mg_merge_report;

/** Two nodes of different inputs made one. Strings are owned by the report. */
typedef struct {
    mg_align_rule rule;
    mg_id node;             /* the merged node */
    size_t input, other;    /* the two inputs (positions in the array given to mg_graph_merge) */
    const char *id, *other_id; /* the two nodes' ids in their inputs; `input` < `other` */
    const char *key;        /* what matched: the id, "key:value" of an xref, or the name */
} mg_merge_alignment;

/** Opposite signs for the same (source, target) in two inputs: the first edge of each. */
typedef struct {
    mg_id source, target;     /* merged nodes */
    mg_id positive, negative; /* merged edges; their relation and origin say where each came from */
} mg_merge_sign_conflict;

typedef enum {
    MG_MERGE_AMBIGUOUS, /* a name or xref that names two nodes of one input: nothing merged by it */
    MG_MERGE_TYPE,      /* two stated types for one node (the first kept), or a name match refused */
    MG_MERGE_XREF,      /* one xref key with two values for one node: the first kept */
    MG_MERGE_RENAMED,   /* a node id or reference id that would clash with another: the later renamed */
    MG_MERGE_DUPLICATE  /* edges of one origin from two inputs (a graph merged twice): kept twice */
} mg_merge_issue_kind;

/** Something the merge decided that a user should know. Strings are owned by the report. */
typedef struct {
    mg_merge_issue_kind kind;
    mg_id node;          /* the merged node concerned, or -1 */
    size_t input;        /* the input whose record was dropped, refused or renamed */
    const char *message; /* one line, lowercase, no full stop: what happened and what was kept */
} mg_merge_issue;

/**
 * Merges graphs into a new one. Nodes of different inputs that are the same entity become one:
 * by id, then by xref, then by name (options->align stops earlier); see docs/merge.md. A merged
 * node keeps the id, label and type of its first input, gains the others' ids and labels as
 * synonyms, the union of synonyms and xrefs, a label where it had none, and a stated type where
 * it had MG_NODE_ENTITY. The nodes of an input without edges (a node table) annotate the nodes
 * they align with and are otherwise left out (unless options->keep_unmatched, or no input has
 * edges). Every edge of every input is kept (a multigraph: parallel edges are not merged), with
 * its evidence and its origin: its own, or else its input's mg_graph_source. References are
 * merged by id; two different studies under one id keep both, the later renamed "<id>~<input>"
 * (1-based), and so is a node id that would equal another's once normalised (mg_name_normalize).
 * \param out      receives the merged graph (mg_graph_free); NULL on failure
 * \param report   receives the report (mg_merge_report_free); NULL on failure; may be NULL
 * \param graphs   `count` graphs (count >= 1), read, not kept: they may be freed afterwards
 * \param options  NULL for MG_MERGE_OPTIONS_INIT
 * \return MG_OK; MG_EINVAL for no graph or bad options; MG_ENOMEM; MG_EINTERNAL (igraph).
 * Time: O(V + E + N log N + S log S) for V nodes, E edges and N names (ids, labels, synonyms,
 * xrefs) in all inputs, S of the edges signed: hash maps align, nothing is pairwise.
 */
MG_API mg_error_t mg_graph_merge(mg_graph **out, mg_merge_report **report, const mg_graph *const *graphs, size_t count,
                          const mg_merge_options *options);

/** Frees a report. NULL is allowed and does nothing. */
MG_API void mg_merge_report_free(mg_merge_report *report);
/** How many nodes were aligned by `rule` (each alignment joins one more node to a merged one). O(1). */
MG_API size_t mg_merge_report_aligned(const mg_merge_report *report, mg_align_rule rule);
/** Nodes of edge-less inputs left out because they aligned with nothing. O(1). */
MG_API size_t mg_merge_report_dropped(const mg_merge_report *report);
/** The alignments, in the order made (by rule, then by key). Owned by the report. O(1). */
MG_API size_t mg_merge_report_alignment_count(const mg_merge_report *report);
MG_API const mg_merge_alignment *mg_merge_report_alignment(const mg_merge_report *report, size_t i);
/** The sign conflicts, by source then target (merged indices), then origin. O(1). */
MG_API size_t mg_merge_report_conflict_count(const mg_merge_report *report);
MG_API const mg_merge_sign_conflict *mg_merge_report_conflict(const mg_merge_report *report, size_t i);
/** The issues (ambiguous names and xrefs, type and xref conflicts, renamed ids, origins merged
 * twice), in the order found. O(1). */
MG_API size_t mg_merge_report_issue_count(const mg_merge_report *report);
MG_API const mg_merge_issue *mg_merge_report_issue(const mg_merge_report *report, size_t i);
/** "id", "xref", "name"; "ambiguous", "type", "xref", "renamed", "duplicate"; NULL when out of range. */
MG_API const char *mg_align_rule_name(mg_align_rule rule);
MG_API const char *mg_merge_issue_kind_name(mg_merge_issue_kind kind);

#ifdef __cplusplus
}
#endif

#endif /* MECHGRAPH_H */
