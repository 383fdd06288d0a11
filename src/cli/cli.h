/*
 * cli.h - what the command-line layer shares: exit codes, the option and command tables, the
 * parsed arguments, and the output helpers (text tables, JSON) that every command uses.
 */
#ifndef MG_CLI_H
#define MG_CLI_H

#include "mechgraph.h"

#include <stdbool.h>
#include <stdio.h>

/* EXIT_TIMEOUT: --timeout stopped the command (124, as timeout(1) exits, so that scripts treat
 * both alike and tell a timeout from bad data). A signal ends it with status 128 + the signal. */
typedef enum { EXIT_SUCCESS_ = 0, EXIT_DATA = 1, EXIT_USAGE = 2, EXIT_TIMEOUT = 124 } cli_exit;

/* An option, declared as data: the same table parses the line and writes --help. */
typedef struct {
    const char *name; /* long name without "--" */
    char short_name;  /* 0 for none */
    const char *arg;  /* placeholder of its argument ("FILE"), NULL for a flag */
    const char *help;
} cli_option;

/* An old spelling of a command's option, kept for one release: parsed as the new one, with a
 * warning on stderr; listed in --help and the man page, left out of completions. */
typedef struct {
    const char *command, *old_name, *new_name, *until;
} cli_alias;

#define CLI_MAX_VALUES 64

typedef struct cli_args cli_args;

typedef struct {
    const char *name;
    int (*run)(const cli_args *args);
    const char *summary; /* one line, for `mechgraph --help` */
    const char *usage;   /* "show NODE" */
    const char *help;    /* paragraphs after the usage line */
    const cli_option *options; /* terminated by {0} */
    int min_positional, max_positional; /* max -1: unlimited */
    /* "mechgraph ...   # what it shows\n" lines on the built-in graph, ending --help and the man
     * page; tests/cli/help_examples.sh runs each */
    const char *examples;
} cli_command;

struct cli_args {
    const cli_command *command;
    const char **positional;
    int positional_count;
    /* values[i] are the values given for option i of the command's table then the globals */
    const char **values[CLI_MAX_VALUES];
    int value_count[CLI_MAX_VALUES];
};

/* ---- commands.c: the command table ---- */
extern const cli_command cli_commands[];
extern const size_t cli_command_count;
extern const cli_alias cli_aliases[]; /* terminated by {0} */
/** The option `name` (len bytes) of `cmd` was renamed to: the alias, or NULL. */
const cli_alias *cli_find_alias(const cli_command *cmd, const char *name, size_t len);
/** The command named `name`, or NULL. */
const cli_command *cli_find_command(const char *name);
/** The index in argv of the command name: the first word that is not an option or its value
 * (-1 when there is none). */
int cli_command_position(int argc, char **argv);

/* ---- options.c ---- */
extern const cli_option cli_global_options[];
/** Parses argv (after the command name). Returns 0, or EXIT_USAGE after printing the problem. */
int cli_parse(const cli_command *cmd, int argc, char **argv, cli_args *args);
void cli_args_free(cli_args *args);
/** The last value given for option `name`, or NULL. */
const char *cli_value(const cli_args *args, const char *name);
/** All values given for `name`; returns their count. */
int cli_values(const cli_args *args, const char *name, const char *const **values);
bool cli_flag(const cli_args *args, const char *name);
/** The last value of global option `name`, or NULL, also when the command's own option of that
 * name shadows it (hypotheses' --from NODES against the global --from FORMAT). */
const char *cli_global_value(const cli_args *args, const char *name);
/** Prints the command's help (usage line, text, options) to `f`. */
void cli_print_help(FILE *f, const cli_command *cmd);
/** Prints "mechgraph: <message>" and the usage line to stderr; returns EXIT_USAGE. */
/** Usage error (status 2) when the command has too few or too many positional arguments, else 0. */
int cli_check_arity(const cli_command *cmd, const cli_args *args);
/** Applies --threads (and checks MECHGRAPH_THREADS): 0, or the usage error's status. */
int cli_apply_threads(const cli_command *cmd, const cli_args *args);
int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* ---- manpage.c, complete.c: hidden commands for the build and the shell ---- */
/** `mechgraph --man`: mechgraph(1) in roff, from the command and option tables. */
void cli_print_man(FILE *f);
/** `mechgraph __complete WORD...`: the completions of the last word, one a line. Returns 0. */
int cli_complete(int argc, char **argv);

/* ---- interrupt.c ---- */
/** Catches SIGINT, SIGTERM and SIGHUP (unless ignored at start): the temporary file of an output
 * being written is removed, and the process dies by the signal. A closed pipe on stdout (SIGPIPE)
 * ends the command quietly with status 0; another closed pipe and a file-size limit (SIGXFSZ)
 * become write errors. */
void cli_signals_install(void);
/** Starts the --timeout timer: after SECONDS of wall time the command stops, says so and exits
 * EXIT_TIMEOUT. 0 means no limit. Returns 0, or EXIT_USAGE for a bad value. */
int cli_timeout_arm(const cli_command *cmd, const char *seconds);

/* ---- output.c ---- */
/** Where this thread's command writes its answer and its messages: stdout and stderr, unless
 * mg_cli_run (embed.c) captures them. Every printing in src/cli goes through these. */
FILE *cli_out(void);
FILE *cli_err(void);
/** When stdout or stderr is a terminal, points cli_out/cli_err at a stream that shows control
 * characters, C1 controls and bidirectional overrides escaped instead of obeying them
 * (terminal.c); a pipe or a file gets the bytes as they are. */
void cli_terminal_begin(void);
/** Flushes and closes those streams; -1 when a write failed. */
int cli_terminal_end(void);
/** Points this thread's cli_out and cli_err at `out` and `err` (NULL: stdout, stderr). */
void cli_streams_set(FILE *out, FILE *err);
/** Prints "mechgraph: <message>" to stderr. */
void cli_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
/** Says on stderr that a budget or a limit cut the answer short: "mechgraph: truncated: <reason>".
 * Text output reports truncation this way, JSON output in a field ("truncated"). */
void cli_truncated(const char *reason);
/** How text meant for people names a node: its label, and its id in parentheses where the two are
 * different names (COX-2 (PTGS2)), not just spelled differently (Sirt6). Valid until four more calls. */
const char *cli_node_name(const mg_graph *g, mg_id v);
/** Resolves a node name for a command; prints "not found"/"ambiguous" with candidates, and on
 * stderr how a rule after the normalised key read the name (cli_print_resolved). */
int cli_lookup(const mg_graph *graph, const char *name, mg_id *node);
/** cli_lookup, handing back the whole result (the rule, the name matched, how); the caller
 * clears it. */
int cli_lookup_result(const mg_graph *graph, const char *name, mg_lookup_result *r);
/** "mechgraph: 'p38 MAPK' → p38 MAPK pathway (generic-word: adding 'pathway')", when a rule after
 * the normalised key found the node; nothing otherwise. */
void cli_print_resolved(FILE *f, const mg_graph *graph, const char *name, const mg_lookup_result *r);
/** Prints diagnostics, each on its own line, to stderr. */
/** Prints what a reader that succeeded left in `diags` (statements it skipped) as warnings, the
 * first `shown` of them and how many more. */
void cli_print_warnings(const mg_diagnostics *diags, size_t shown);
void cli_print_diagnostics(const mg_diagnostics *diags);
/** "+", "-", "0" or "s" for a sign. */
const char *cli_sign_symbol(mg_sign sign);
/** " -rel-> ", " -rel-| " ... the arrow for an edge between two names. */
void cli_print_arrow(FILE *f, mg_relation rel);
/**
 * Splits "a,b,c" (each value of a repeatable option) into words of a closed vocabulary and marks
 * them in `set`; an unknown word is a usage error that lists the vocabulary ("<what>s: ...").
 */
int cli_parse_list(const cli_command *cmd, const char *what, const char *const *values, int n, bool *set, int count,
                   int (*index_of)(const char *word), const char *(*name_of)(int index));
/** Splits "a,b,c" (each value of a repeatable option) into the node types it names. */
int cli_parse_types(const cli_command *cmd, const char *const *values, int n, bool types[MG_NODE_TYPE_COUNT]);

/* A text table: cells are copied; columns are padded to their widest cell (in characters). */
typedef struct {
    char **cells;
    size_t count, capacity;
    int columns;
} cli_table;
void cli_table_init(cli_table *t, int columns);
void cli_table_add(cli_table *t, const char *cell);
void cli_table_addf(cli_table *t, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void cli_table_print(const cli_table *t, FILE *f, const char *indent);
void cli_table_free(cli_table *t);

/* ---- json_out.c: a streaming JSON writer with two-space indentation ---- */
typedef struct {
    FILE *f;
    int depth;
    bool need_comma[32];
    bool after_key;
    bool compact; /* one line, no indentation (JSON Lines) */
} json_out;
void json_init(json_out *j, FILE *f);
void json_init_compact(json_out *j, FILE *f);
void json_begin_object(json_out *j);
void json_end_object(json_out *j);
void json_begin_array(json_out *j);
void json_end_array(json_out *j);
void json_key(json_out *j, const char *key);
void json_string(json_out *j, const char *s); /* NULL writes null */
void json_int(json_out *j, long long v);
void json_double(json_out *j, double v);
void json_bool(json_out *j, bool v);
/* key + value shortcuts; a NULL string is skipped entirely */
void json_kv_string(json_out *j, const char *key, const char *s);
void json_kv_int(json_out *j, const char *key, long long v);
void json_finish(json_out *j); /* final newline */
/** Starts a --json answer on cli_out(): the object, its "schema" (the name of its shape, described
 * by docs/schemas/NAME.schema.json) and "mechgraph_version" (MG_VERSION). */
void cli_json_begin(json_out *j, const char *schema);
/** "selection": {"context": ..., "edges": N, "nodes": N, "of_edges": N, "of_nodes": N}, the criteria
 * as given, when a selection is active (load.c); nothing otherwise. */
void cli_json_selection(json_out *j);

/* ---- shared renderings of graph records (output.c) ---- */
void cli_json_edge(json_out *j, const mg_graph *g, const mg_edge *e);
void cli_json_node_summary(json_out *j, const mg_node *n);
/** "resolved": {"from", "rule", "name", "how"}: how a name typed found its node, when it is not
 * the node's id. */
void cli_json_resolved(json_out *j, const mg_graph *g, const char *name, const mg_lookup_result *r);

void cli_json_edge_filtered(json_out *j, const mg_graph *g, const mg_edge *e, const mg_path_set *set);
/** "cautions": [{"code", "text", "scope"}] of a piece of evidence: its own ("scope": "evidence", doubts on
 * the finding), then its reference's ("citation"). Call only when there are some. */
void cli_json_cautions(json_out *j, const mg_evidence *x);
/** "      [ref] review where; organism; ...; doi:..." and its note, after `indent`. */
void cli_print_evidence(FILE *f, const mg_evidence *x, const char *indent);

/* ---- path_query.c: the options and node sets of path-shaped commands ---- */
typedef struct {
    mg_path_options o;
    bool pathlinker;
    mg_id *from, *to, *via, *avoid;
    size_t from_count, to_count;
    bool relations[MG_RELATION_COUNT];
    bool types[MG_NODE_TYPE_COUNT];
} cli_path_query;

/** Parses a whole number option; prints a usage error (returns EXIT_USAGE) when it is not one. */
int cli_parse_count(const cli_command *cmd, const char *option, const char *text, long long min, long long max,
                    long long *out);
/** --sign: + or - (also +1, up, activates ..., -1, down, inhibits ..., in any case) as +1 or -1. */
int cli_parse_sign(const cli_command *cmd, const char *text, int *sign);
/** --relation lists (comma-separated, repeatable) into `rel`. Returns 0 or EXIT_USAGE. */
int cli_parse_relations(const cli_command *cmd, const char *const *values, int n, bool rel[MG_RELATION_COUNT]);
/** The options that need no graph: lengths, mode, sign, filters. Returns 0 or EXIT_USAGE. */
int cli_path_query_parse(const cli_args *args, cli_path_query *q);
/** The node names: FROM and TO when `endpoints` is 2 (or --node-types), --via and --avoid. */
int cli_path_query_resolve(const cli_args *args, const mg_graph *g, cli_path_query *q, int endpoints);
void cli_path_query_free(cli_path_query *q);
/** Resolves name lists ("a,b,c" or "@file") into nodes (malloc'd). Returns 0 or EXIT_DATA. */
int cli_node_set(const mg_graph *g, const char *const *args, int n, mg_id **nodes, size_t *count);
/** The same for nodes to leave out (--avoid, --exclude): a name the whole graph has but the selection
 * lacks is skipped, as already out. */
int cli_node_set_outside(const mg_graph *g, const char *const *args, int n, mg_id **nodes, size_t *count);
int cli_reserve_nodes(mg_id **nodes, size_t *cap, size_t need);

/* ---- path_output.c ---- */
/** "A -rel-> B -rel-| C": the path's nodes and its hops' relations. */
void cli_print_chain(FILE *f, const mg_graph *g, const mg_path *p);
/** "=> activates · 3 edges · 2 studies", then with `evidence` each edge and its citations. */
void cli_print_path(FILE *f, const mg_graph *g, const mg_path_set *set, const mg_path *p, bool evidence,
                    const char *indent);
void cli_json_path(json_out *j, const mg_graph *g, const mg_path_set *set, const mg_path *p, bool with_cost);
/** `lead`, then "coherent in X · N studies (organisms; systems)" and a newline, then a "↯ context
 * changes" line per bridge and a "⚠ code: text" line per caution, each after `indent`. */
void cli_print_context(FILE *f, const mg_graph *g, const mg_path *p, const mg_path_context *c, const char *lead,
                       const char *indent);
/** A table cell: the shared contexts ("renal I/R injury"), "any" (no disease named) or "mixed",
 * and " ⚠" when its support carries cautions. */
void cli_print_context_brief(FILE *f, const mg_path_context *c);
/** A path's context as JSON members: coherent, contexts, bridges, studies (in context),
 * studies_any_context, segments, organisms, systems, support_agrees, cautions, via_subtype. */
void cli_json_context(json_out *j, const mg_graph *g, const mg_path *p, const mg_path_context *c);

/* ---- commands ---- */
int cmd_info(const cli_args *args);
int cmd_nodes(const cli_args *args);
int cmd_show(const cli_args *args);
int cmd_validate(const cli_args *args);
int cmd_path(const cli_args *args);
int cmd_hubs(const cli_args *args);
int cmd_export(const cli_args *args);
int cmd_render(const cli_args *args);
int cmd_neighbors(const cli_args *args);
int cmd_effects(const cli_args *args);
int cmd_hypotheses(const cli_args *args);
int cmd_merge(const cli_args *args);
int cmd_studies(const cli_args *args);
int cmd_compare(const cli_args *args);

/* ---- cmd_hubs.c: the sampling policy `render --hubs` shares ---- */
/** Why `metric` (MG_HUB_MCC or MG_HUB_EPC) was cut short by its budget, into buf, or NULL when it
 * was not: "mcc: the clique search stopped after N maximal cliques (--clique-budget) ...". */
const char *cli_hub_truncation(char *buf, size_t size, const mg_hub_report *r, mg_hub_metric metric, size_t budget,
                               size_t reductions);
/** Whether a hub metric runs a search per node (betweenness, harmonic, the consensus ...). */
bool cli_hub_metric_searches(mg_hub_metric metric);
/** On a graph of more than 2e9 node-edge products, sets o->samples to 256 (unless set) and says so
 * on stderr: exact shortest-path metrics would take minutes there. */
void cli_hub_sample_large_graph(const mg_graph *g, mg_hub_options *o);

/* ---- compare_query.c: the comparisons a question about A (and B) finds ---- */
typedef struct {
    mg_id a, b;            /* the nodes asked about; b -1: A against anything */
    const char *aspect;    /* NULL: any; else a node name or words of the aspect */
    const char *context;   /* NULL: any; else words of the evidence's disease, model, organism, cells or system */
    bool subtypes;         /* also A's and B's subtypes (is_a, transitively) */
    /* filled by cli_compare_prepare */
    bool *in_a, *in_b;     /* [node_count]: A (B) and, with subtypes, its subtypes */
    mg_id aspect_node, context_node; /* the node --aspect names (any type), the disease --context names; or -1 */
    char *aspect_key;      /* --aspect normalised */
} cli_compare_query;

typedef struct {
    size_t index;          /* the comparison (mg_graph_comparison) */
    bool inverted;         /* recorded as B against A: shown from A's side, the direction inverted */
    mg_id left, right;     /* as shown: A's side first */
    mg_id left_parent, right_parent; /* the node asked about when `left` (`right`) is its subtype; else -1 */
    mg_compare_direction direction;  /* as shown */
} cli_compare_row;

/** ">", "<" or "≈". */
const char *cli_compare_symbol(mg_compare_direction d);
/** Resolves the query's aspect and context and marks A's and B's nodes. Returns 0 or EXIT_DATA. */
int cli_compare_prepare(const mg_graph *g, cli_compare_query *q);
/** The comparisons the query finds, grouped by aspect (then the other side's id, then file
 * order), into *rows (malloc'd). Returns 0 or EXIT_DATA (out of memory); none found is not an error here. */
int cli_compare_find(const mg_graph *g, const cli_compare_query *q, cli_compare_row **rows, size_t *count);
/** Whether a piece of a comparison's evidence passes the query's --context (always without one). */
bool cli_compare_evidence_ok(const mg_graph *g, const cli_compare_query *q, const mg_evidence *x);
void cli_compare_query_free(cli_compare_query *q);
/** cli_compare_find, and when it finds nothing, the error that names what there is (what A is
 * compared with, the aspects, the contexts; cmd_compare.c). Returns 0 (count > 0) or EXIT_DATA. */
int cli_compare_rows(const mg_graph *g, cli_compare_query *q, cli_compare_row **rows, size_t *count);
/** Looks up A [and B] (the positional arguments) into q->a and q->b; the same node twice is a
 * usage error. Returns 0, EXIT_DATA or EXIT_USAGE (cmd_compare.c). */
int cli_compare_sides(const cli_args *args, const mg_graph *g, cli_compare_query *q, mg_lookup_result *ra,
                      mg_lookup_result *rb);
/** `render --compare A [B]`: the comparison panel into `output` (render_compare.c). */
int cli_render_compare(const cli_args *args, const mg_render_options *o, const char *output);
/** The comparison rows as text (`compare`, `show`): grouped by aspect, each with its direction, a
 * note when inverted or via a subtype, and its evidence (that passes the query) with the studies'
 * citations; `indent` before each line (cmd_compare.c). */
void cli_print_comparisons(FILE *f, const mg_graph *g, const cli_compare_query *q, const cli_compare_row *rows,
                           size_t count, const char *indent);
/** The rows as a JSON array of comparison objects (cmd_compare.c). */
void cli_json_comparisons(json_out *j, const mg_graph *g, const cli_compare_query *q, const cli_compare_row *rows,
                          size_t count);
/** "evidence" member objects as every command writes them (output.c). */
void cli_json_evidence(json_out *j, const mg_evidence *x);

/** "mechgraph: warning: <format> keeps no comparisons: N left out ..." when the graph has some and
 * the format cannot hold them (cmd_export.c; export and merge). */
void cli_warn_lost_comparisons(const mg_graph *g, mg_export_format format);

/* ---- load.c: the graph every command reads ---- */
/** Loads --graph FILE (as --from and --columns say), or the built-in graph; prints every problem.
 * Several --graph are loaded in order and merged (cli_load_merged). Returns 0, EXIT_DATA, or
 * EXIT_USAGE for a bad --from or --columns. */
int cli_load_graph(const cli_args *args, mg_graph **graph);
/** A usage error when "-" (standard input) is among `paths` more than once; else 0. */
int cli_stdin_once(const cli_command *cmd, const char *const *paths, int n);
/** The word that names the built-in graph where a graph file is expected. */
#define CLI_BUILTIN_GRAPH "builtin"
/** Reads --from (or --graph-format) and --columns into `options`. Returns 0 or EXIT_USAGE. */
int cli_load_options(const cli_args *args, mg_load_options *options);
/** Loads one graph file (NULL or "builtin": the built-in graph); prints every problem. */
int cli_load_file(const char *path, const mg_load_options *options, mg_graph **graph);
/** Loads `n` graphs in order and merges them; the report's conflicts and issues are printed as
 * warnings on stderr. Returns 0 or EXIT_DATA. */
int cli_load_merged(const char *const *paths, int n, const mg_load_options *load, mg_graph **graph);
/** Loads `n` graphs and merges them with `options` (NULL: the defaults); prints load and merge
 * failures. The merged graph and its report are the caller's. Returns 0 or EXIT_DATA. */
int cli_load_and_merge(const char *const *paths, int n, const mg_load_options *load, const mg_merge_options *options,
                       mg_graph **out, mg_merge_report **report);
/** "SP1 -> SPHK1: upregulates in 'a.json', inhibits in 'b.json'" */
void cli_print_conflict(FILE *f, const mg_graph *g, const mg_merge_sign_conflict *c);
/**
 * The selection (--context, --organism, --system, --cell, --study, --review, --min-studies,
 * --no-cautioned; docs/selection.md), applied once for every command: cli_load_graph calls it
 * after loading, cmd_merge after merging. Replaces *graph by the part selected and keeps the
 * whole graph until cli_selection_release; says on stderr what was selected. Without a selection
 * option, does nothing. Returns 0, EXIT_USAGE (a bad --min-studies), or EXIT_DATA (a value that
 * matches nothing, listed with the graph's values; or criteria that together leave no edge:
 * then *graph is left as it was, for the caller to free).
 */
int cli_select(const cli_args *args, mg_graph **graph);
/** Frees the whole graph a selection kept (main.c, after the command). */
void cli_selection_release(void);
/** Frees a graph cli_load_graph handed back, unless it is one the host lent (cli_lend_graph). */
void cli_graph_free(mg_graph *graph);
/**
 * Lends this thread's commands a graph already loaded (embed.c): cli_load_graph hands `graph`
 * back instead of loading when no --graph is given, and cli_graph_free leaves it alone. With
 * `whole`, `graph` is the selection of `whole` that the command's selection options make: the
 * selection is not made again, only described. NULL, NULL ends the loan.
 */
void cli_lend_graph(const mg_graph *graph, const mg_graph *whole);
/** Whether `name` names no node of the selected `graph` but one of the whole graph. */
bool cli_selection_lacks(const mg_graph *graph, const char *name);
/** If so, says "'NAME' has no evidence in the selection (--context ...)" and returns true. */
bool cli_selection_explain(const mg_graph *graph, const char *name);

#endif
