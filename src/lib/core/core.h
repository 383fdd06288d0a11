/*
 * core.h - what every part of the library shares and users never see: the layout of mg_graph, the
 * arena its strings live in, the growable buffer, the string hash map, errors, diagnostics, UTF-8,
 * the limits on names, the vocabularies, loading a library on first use. core/ uses the C library,
 * and igraph through lazy_igraph.h, nothing above it.
 */
#ifndef MG_CORE_H
#define MG_CORE_H

#include "mechgraph.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>

#if defined(__GNUC__)
#define MG_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define MG_PRINTF(f, a)
#endif

/* ---- errors (error.c) ---- */

/** Records the message returned by mg_last_error and returns `code`, so callers can write
 * `return mg__fail(MG_EINVAL, "...")`. */
mg_error_t mg__fail(mg_error_t code, const char *fmt, ...) MG_PRINTF(2, 3);

/* ---- shared objects loaded on first use (dynlib.c): igraph (lazy_igraph.h), Graphviz
 * (render/lazy_graphviz.h), libSBML (io/lazy_sbml.h), expat (io/lazy_expat.h) ---- */

typedef struct {
    const char *what;            /* the library, in messages: "igraph" */
    const char *soname;          /* read at configure time from the file pkg-config names */
    const char *path;            /* that file's directory + soname: tried when soname is not found */
    const char *env;             /* an environment variable that, when set, replaces soname and path
                                    (tests: a missing library's message) */
    const char *const *symbols;  /* the symbols the library takes from it */
    size_t count;
} mg_dynlib;

/** Opens lib (dlopen, RTLD_NOW | RTLD_LOCAL; never closed) and writes the address of each of its
 * symbols to addr[i]. On failure returns MG_EINTERNAL and writes to `message` (size bytes) what
 * failed, naming the library and dlerror()'s words; nothing is kept open. Not thread-safe by
 * itself: each caller runs it once, under pthread_once. */
mg_error_t mg__dynlib_open(const mg_dynlib *lib, void **addr, char *message, size_t size);

/* One dependency's loading, tried once per process. */
typedef struct {
    pthread_once_t once;
    mg_error_t status; /* what the attempt's mg__dynlib_open calls returned */
    char message[512]; /* and wrote, on failure */
} mg_dynlib_attempt;
#define MG_DYNLIB_ATTEMPT_INIT {PTHREAD_ONCE_INIT, MG_OK, ""}

/** Runs `load` once per process (pthread_once): it opens the dependency's libraries into
 * attempt->status and attempt->message and fills its table. Returns MG_OK, or the attempt's
 * failure recorded as this thread's error (every caller gets it, not only the first). */
mg_error_t mg__dynlib_use(mg_dynlib_attempt *attempt, void (*load)(void));

/* ---- threads (parallel.c) ---- */

/** Runs run(context, piece) for every piece in [0, pieces) over mg_threads() threads (the
 * caller's among them) and returns when all are done. Pieces run in any order and at once:
 * each must write only what is its own. */
void mg__parallel_for(size_t pieces, void (*run)(void *context, size_t piece), void *context);

/* ---- where loading's time goes (profile.c) ---- */

typedef enum { MG__STEP_READ, MG__STEP_PARSE, MG__STEP_WAIT, MG__STEP_INDEX, MG__STEP_LOAD, MG__STEP_COUNT } mg__step;
/** A monotonic clock, in nanoseconds. */
uint64_t mg__clock_ns(void);
/** Adds the time from `since` (mg__clock_ns) to now to `step`; any thread may call it. */
void mg__profile_add(mg__step step, uint64_t since);

/* ---- arena (arena.c): many small allocations freed at once, for a graph's strings ---- */

typedef struct mg_arena_block mg_arena_block;
typedef struct {
    mg_arena_block *head;
} mg_arena;

void *mg_arena_alloc(mg_arena *arena, size_t size);                 /* 8-byte aligned, NULL on OOM */
char *mg_arena_strndup(mg_arena *arena, const char *s, size_t len); /* NUL-terminated copy */
char *mg_arena_strdup(mg_arena *arena, const char *s);              /* NULL in -> NULL out */
void mg_arena_free(mg_arena *arena);

/** Grows *array (of elements of `elem` bytes) so that it holds at least `need` elements. */
mg_error_t mg__reserve(void **array, size_t *capacity, size_t need, size_t elem);
/** Asks the kernel for 2 MiB pages over the whole ones inside p[0..size) when size is
 * MG_HUGE_MIN or more (fewer page faults on first touch: call it before touching the block);
 * does nothing otherwise, or where unsupported. */
#define MG_HUGE_MIN ((size_t)4 << 20)
void mg__huge_pages(void *p, size_t size);

/* ---- a growable byte buffer (buffer.c); `failed` records an allocation failure, after which
 * appends do nothing, so callers check once at the end ---- */

typedef struct {
    char *data;
    size_t len, cap;
    bool failed;
} mg_buffer;

void mg__buffer_append(mg_buffer *b, const char *text, size_t len);
void mg__buffer_puts(mg_buffer *b, const char *text);
void mg__buffer_putc(mg_buffer *b, char c);
void mg__buffer_printf(mg_buffer *b, const char *fmt, ...) MG_PRINTF(2, 3);
/** The text so far, NUL-terminated ("" when empty or failed); owned by the buffer. */
char *mg__buffer_cstr(mg_buffer *b);
void mg__buffer_free(mg_buffer *b);

/* ---- string -> id hash map (hashmap.c), keys owned by the caller ---- */

/* A slot holds the key itself and its value beside the hash's high bits: a lookup touches the
 * slot and the key's bytes and nothing else. Loading Hetionet looks up 1.5 million names in a
 * map of 21,000; with the entries apart from the slots, each lookup waited on three cache misses
 * in a row, and lookups were two fifths of the load. */
typedef struct {
    const char *key; /* NULL: a free slot */
    uint32_t tag;    /* the hash's high 32 bits */
    int32_t value;
} mg_hashmap_slot;

typedef struct {
    mg_hashmap_slot *slots;
    size_t capacity; /* slots, a power of two */
    size_t count;
} mg_hashmap;

mg_error_t mg_hashmap_init(mg_hashmap *map, size_t expected);
void mg_hashmap_destroy(mg_hashmap *map);
/** Starts bringing the slot where `key` would be into the cache, for a lookup soon after: a
 * row's two names are looked up with their two cache misses at once. Changes nothing. */
void mg_hashmap_prefetch(const mg_hashmap *map, const char *key, size_t len);
/** The second step of a lookup's prefetch, once the slot has arrived (mg_hashmap_prefetch some
 * lines before): the key the slot points to, if its tag matches; a hint, never a lookup. */
void mg_hashmap_prefetch_key(const mg_hashmap *map, const char *key, size_t len);
/** The value stored for key, or -1. */
mg_id mg_hashmap_get(const mg_hashmap *map, const char *key, size_t len);
/** Stores key (a NUL-terminated string that must outlive the map) -> value (0 to INT32_MAX),
 * replacing an existing value. */
mg_error_t mg_hashmap_put(mg_hashmap *map, const char *key, mg_id value);

/* ---- diagnostics (diagnostics.c) ---- */

void mg__diag_at(mg_diagnostics *diags, const char *file, int line, int column, const char *fmt, ...)
    MG_PRINTF(5, 6);
void mg__diag_path(mg_diagnostics *diags, const char *file, const char *path, const char *fmt, ...)
    MG_PRINTF(4, 5);
/** mg__diag_path with its arguments in a va_list, for readers' own "problem(r, fmt, ...)". */
void mg__diag_pathv(mg_diagnostics *diags, const char *file, const char *path, const char *fmt, va_list ap);
/** Counts `n` problems that were found but not kept (they show as "n more problems"). */
void mg__diag_dropped(mg_diagnostics *diags, size_t n);
/** Line and column (1-based, column in characters) of byte `offset` of `data`; LF, CRLF and a
 * lone CR each end a line, and a leading byte order mark is not a column. */
void mg__locate(const char *data, size_t offset, int *line, int *column);
/** Moves *line and *column on from byte `from` of `data` to byte `to` (from <= to), as above. */
void mg__locate_advance(const char *data, size_t from, size_t to, int *line, int *column);
/** How a text's characters are stored, for counting columns: XML may declare ISO-8859-1 or UTF-16. */
typedef enum { MG_TEXT_UTF8, MG_TEXT_LATIN1, MG_TEXT_UTF16LE, MG_TEXT_UTF16BE } mg_text_form;
/** mg__locate_advance for a text of that form (byte offsets; `from`, `to` on character boundaries
 * for UTF-16). Columns count characters: a byte in ISO-8859-1, a code unit or a surrogate pair in
 * UTF-16. */
void mg__locate_advance_form(mg_text_form form, const char *data, size_t from, size_t to, int *line, int *column);

/* ---- UTF-8 (utf8.c) ---- */

/** Length of the valid UTF-8 character at text (n bytes left), or 0 when it is invalid or NUL. */
size_t mg__utf8_sequence(const char *text, size_t n);
/** Offset of the first invalid or NUL byte of text, or n when all n bytes are valid UTF-8. */
size_t mg__utf8_first_bad(const char *text, size_t n);
/** The same, and whether the text is all ASCII (then a byte offset is a character column). */
size_t mg__utf8_scan(const char *text, size_t n, bool *ascii);

/* ---- limits (limits.c): the one rule every reader applies to the strings it keeps ---- */

/** Whether `len` bytes at `s` may be a name (an id, label, synonym or study id): 1 to MG_NAME_MAX
 * bytes, no control characters. If not, `msg` says why, naming the string `what` ("node id"). */
bool mg__name_ok(const char *s, size_t len, const char *what, char *msg, size_t size);
/** Whether a text (a note, a citation ...) of `len` bytes is at most MG_TEXT_MAX; if not, `msg`
 * says so, naming it `what`. */
bool mg__text_ok(size_t len, const char *what, char *msg, size_t size);
/** The one number rule for weights (limits.c): whether `w` is a weight, 0 to MG_WEIGHT_MAX (NaN
 * and infinities are not). MG__WEIGHT_RULE is what every reader's message says it expected. */
bool mg__weight_ok(double w);
#define MG__WEIGHT_RULE "a weight (a number from 0 to 1e300)"
/** Parses the whole of `text` as a weight (strtod's syntax); false if it is not one. */
bool mg__weight_parse(const char *text, double *out);

/* ---- vocabulary helpers (vocab.c) ---- */

/** The closest of `n` words to `word` by edit distance, or NULL when none is close. */
const char *mg__closest_word(const char *word, const char *const *words, size_t n);
const char *mg__closest_relation(const char *word);
const char *mg__closest_node_type(const char *word);
/**
 * A relation from a word of an edge list: a relation name, or a sign as signalling tables write
 * it (+, -, +1, -1, activation, inhibition, stimulation, up, down ...; case ignored). With
 * `numbers_are_signs`, a bare 1 means activates and 0 regulates (a column named as a sign).
 */
bool mg__relation_from_word(mg_relation *out, const char *word, bool numbers_are_signs);
/* Other resources' words (vocab_foreign.c, docs/format.md): a Pathway Commons SIF interaction
 * type (`reversed`: the edge runs from the third column to the first), a Hetionet metaedge
 * abbreviation ("CtD"), a node kind (Hetionet "Biological Process", BioPAX "ProteinReference", or
 * a mechgraph type name). Each returns false for a word it does not know. */
bool mg__relation_from_pathway_commons(mg_relation *out, bool *reversed, const char *word);
bool mg__relation_from_metaedge(mg_relation *out, const char *abbreviation);
/** SIGNOR's EFFECT words ("up-regulates activity", "down-regulates quantity by repression" ...). */
bool mg__relation_from_signor(mg_relation *out, const char *effect);
bool mg__node_type_from_kind(mg_node_type *out, const char *kind);
/** The identifiers.org prefix for a database's name as resources spell it ("ncbi gene", "UP",
 * "HGNC": ncbigene, uniprot, hgnc; case ignored), or NULL when the table has no such name
 * (xref_prefix.c). O(table). */
const char *mg__xref_prefix(const char *key, size_t len);
/** The index of `word` in `words` (case ignored with `fold`), or -1: the lookup every closed list
 * of names (formats, layouts, metrics) needs. */
int mg__word_index(const char *const *words, size_t n, const char *word, bool fold);
/** Levenshtein distance, capped: returns `cap` + 1 as soon as it must exceed `cap`. */
size_t mg__edit_distance(const char *a, size_t alen, const char *b, size_t blen, size_t cap);
/** The edit distance from q to the closest substring of v (closest.c): 0 when v contains q. */
size_t mg__infix_distance(const char *q, size_t ql, const char *v, size_t vl);

/* ---- the graph (graph.c) ---- */

typedef struct {
    const char *key;  /* normalised name, in the arena */
    const char *name; /* the name as the node has it (its id, label or a synonym) */
    mg_id node;
    int tier;         /* 1 id, 2 label, 3 synonym: lower wins */
} mg_name_entry;

struct mg_graph {
    mg_arena arena;
    const char *name, *description, *source;

    mg_node *nodes;
    size_t node_count, node_capacity;
    mg_edge *edges;
    size_t edge_count, edge_capacity;
    mg_reference *refs;
    size_t ref_count, ref_capacity;
    mg_comparison *cmps; /* comparisons (comparisons.c), in file order */
    size_t cmp_count, cmp_capacity;

    mg_hashmap id_map;     /* exact id -> node */
    mg_name_entry *names;  /* sorted by key, tier, node */
    size_t name_count;

    /* incidence lists, CSR: out_edges[out_start[v] .. out_start[v+1]) */
    mg_id *out_edges, *in_edges;
    size_t *out_start, *in_start;
};

mg_error_t mg__graph_new(mg_graph **out, const char *source);
/** Appends a node (fields zeroed) and returns it through *node; its index is node_count - 1. */
mg_error_t mg__graph_add_node(mg_graph *g, mg_node **node);
mg_error_t mg__graph_add_edge(mg_graph *g, mg_edge **edge);
mg_error_t mg__graph_add_reference(mg_graph *g, mg_reference **ref);
/** Appends a comparison (fields zeroed, aspect -1) and returns it through *cmp (comparisons.c). */
mg_error_t mg__graph_add_comparison(mg_graph *g, mg_comparison **cmp);
/** Builds the exact-id map (unless a reader has filled g->id_map with every node's id already)
 * and the name index; call once all nodes are in. */
mg_error_t mg__graph_index_nodes(mg_graph *g);
/** Builds the incidence lists; call once all edges are in. */
mg_error_t mg__graph_index_edges(mg_graph *g);

/* ---- names (name_key.c: keys and the index; name_rules.c, name_suggest.c; names.c: the lookup) ---- */

/* Every name in a graph is at most MG_NAME_MAX bytes, and spelling out a Greek letter (2 bytes)
 * takes at most 7 ("omicron"): a key of any graph name fits in MG_KEY_MAX. A longer query cannot
 * equal or be contained in any key, so it needs no bigger buffer either. */
#define MG_KEY_MAX (MG_NAME_MAX * 4)

/** The character at s as a key spells it: its code point in *cp (0xFFFFFFFF for an invalid
 * byte), 0 to 7 bytes in `out` (their count in *n); returns the bytes of s it took (>= 1). */
size_t mg__name_spell(const char *s, uint32_t *cp, char out[8], size_t *n);
/** Whether a character is part of a word of a name (a letter, a digit, a non-ASCII letter), not
 * a separator or punctuation between words. */
bool mg__name_word_char(uint32_t cp);
/** The entries [*lo, *hi) of the sorted name index whose key is `key`. O(log n). */
void mg__names_equal_range(const mg_graph *g, const char *key, size_t *lo, size_t *hi);
/** The entries whose key begins with `key`: [*lo, *hi). O(log n). */
void mg__names_prefix_range(const mg_graph *g, const char *key, size_t *lo, size_t *hi);
/** The nodes of `count` candidates, sorted by id, as the result's candidates. */
mg_error_t mg__lookup_set_candidates(const mg_graph *g, mg_lookup_result *result, const mg_id *nodes, size_t count);
/** The rules after the normalised key (name_rules.c): decides, or leaves result->node -1 and
 * returns MG_OK, with `words_hint` the one node the words rule found alone (or -1). */
mg_error_t mg__lookup_by_rules(const mg_graph *g, const char *name, const char *key, mg_lookup_result *result,
                               mg_id *words_hint);
/** Suggestions for a name nothing found (name_suggest.c): at most `keep` nodes, `first` (or -1)
 * first, then by words shared with `name`, then by edit distance of the keys. */
mg_error_t mg__lookup_suggest(const mg_graph *g, const char *name, const char *key, mg_id first, size_t keep,
                              mg_lookup_result *result);

#endif
