/*
 * path_query.c - what the path-shaped commands (path, effects) share: their options turned into
 * an mg_path_options, node sets given as "a,b,c" or "@file", PathLinker's node-types file, and
 * paths printed as chains of relation arrows or as JSON.
 */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int cli_parse_count(const cli_command *cmd, const char *option, const char *text, long long min, long long max,
                    long long *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(text, &end, 10);
    if (errno || end == text || *end || v < min || v > max)
        return cli_usage_error(cmd, "--%s expects a whole number from %lld to %lld, got '%s'", option, min, max, text);
    *out = v;
    return 0;
}

int cli_parse_sign(const cli_command *cmd, const char *text, int *sign)
{
    static const char *const plus[] = {"+", "+1", "1", "up", "activation", "activates", "positive"};
    static const char *const minus[] = {"-", "-1", "down", "inhibition", "inhibits", "negative"};
    for (size_t i = 0; i < sizeof plus / sizeof *plus; i++)
        if (strcasecmp(text, plus[i]) == 0) return *sign = 1, 0;
    for (size_t i = 0; i < sizeof minus / sizeof *minus; i++)
        if (strcasecmp(text, minus[i]) == 0) return *sign = -1, 0;
    return cli_usage_error(cmd, "--sign expects + or -, got '%s'", text);
}

static int relation_index(const char *word)
{
    mg_relation r;
    return mg_relation_parse(&r, word) == MG_OK ? (int)r : -1;
}

static const char *relation_name(int i) { return mg_relation_name((mg_relation)i); }

int cli_parse_relations(const cli_command *cmd, const char *const *values, int n, bool rel[MG_RELATION_COUNT])
{
    for (int r = 0; r < MG_RELATION_COUNT; r++) rel[r] = false;
    return cli_parse_list(cmd, "relation", values, n, rel, MG_RELATION_COUNT, relation_index, relation_name);
}

int cli_path_query_parse(const cli_args *args, cli_path_query *q)
{
    const cli_command *cmd = args->command;
    memset(q, 0, sizeof *q);
    q->o = (mg_path_options)MG_PATH_OPTIONS_INIT;
    long long v = 0;
    const char *text;
    int status = 0;
    bool shortest = cli_flag(args, "shortest");
    q->pathlinker = cli_flag(args, "pathlinker");
    if ((text = cli_value(args, "k"))) {
        if ((status = cli_parse_count(cmd, "k", text, 1, 1000000, &v))) return status;
        q->o.mode = MG_PATHS_K;
        q->o.k = (size_t)v;
    } else if (q->pathlinker) {
        q->o.mode = MG_PATHS_K;
        q->o.k = 100; /* PathLinker's default */
    }
    if (shortest && q->o.mode == MG_PATHS_K) return cli_usage_error(cmd, "--shortest and --k exclude each other");
    if (shortest) q->o.mode = MG_PATHS_SHORTEST;
    /* --max-len bounds every search, but only the listing of all paths needs one by default */
    if (q->o.mode != MG_PATHS_ALL) q->o.max_len = 0;
    if ((text = cli_value(args, "max-len"))) {
        if ((status = cli_parse_count(cmd, "max-len", text, 1, 100000, &v))) return status;
        q->o.max_len = (int)v;
    }
    if ((text = cli_value(args, "min-len"))) {
        if ((status = cli_parse_count(cmd, "min-len", text, 1, 100000, &v))) return status;
        q->o.min_len = (int)v;
    }
    if (q->o.max_len && q->o.min_len > q->o.max_len)
        return cli_usage_error(cmd, "--min-len %d is more than --max-len %d", q->o.min_len, q->o.max_len);
    if ((text = cli_value(args, "limit"))) {
        if ((status = cli_parse_count(cmd, "limit", text, 0, LLONG_MAX, &v))) return status;
        q->o.limit = (size_t)v;
    }
    if ((text = cli_value(args, "budget"))) {
        if ((status = cli_parse_count(cmd, "budget", text, 1, LLONG_MAX, &v))) return status;
        q->o.budget = (size_t)v;
    }
    if ((text = cli_value(args, "sign")) && (status = cli_parse_sign(cmd, text, &q->o.sign))) return status;
    q->o.expand_signs = cli_flag(args, "expand-signs");
    q->o.exclude_structural = cli_flag(args, "exclude-structural");
    /* --context and --organism are the selection's (load.c): the graph searched holds only the
     * evidence that passes, so the path options filter nothing more */
    q->o.coherent_only = cli_flag(args, "coherent");
    q->o.subtypes = !cli_flag(args, "no-subtypes");
    q->o.inherited = cli_flag(args, "inherited");
    if (cli_flag(args, "weighted")) q->o.cost = MG_COST_WEIGHT;
    if (q->pathlinker) {
        q->o.cost = MG_COST_PATHLINKER;
        q->o.pathlinker = true;
    }
    const char *const *values;
    int n = cli_values(args, "relation", &values);
    if (n) {
        if ((status = cli_parse_relations(cmd, values, n, q->relations))) return status;
        q->o.relations = q->relations;
    }
    n = cli_values(args, "types", &values);
    if (n) {
        if ((status = cli_parse_types(cmd, values, n, q->types))) return status;
        q->o.types = q->types;
    }
    return 0;
}

/* Appends the node `name` means, after trimming spaces, tabs and a CR; an empty name is skipped,
 * and so, with `skip_absent`, is a node of the whole graph outside the selection. */
static int add_name(const mg_graph *g, char *name, mg_id **nodes, size_t *count, size_t *cap, bool skip_absent)
{
    while (*name == ' ' || *name == '\t') name++;
    char *end = name + strlen(name);
    while (end > name && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n')) *--end = '\0';
    if (!*name || (skip_absent && cli_selection_lacks(g, name))) return 0;
    mg_id v;
    int status = cli_lookup(g, name, &v);
    if (status) return status;
    if (cli_reserve_nodes(nodes, cap, *count + 1)) return EXIT_DATA;
    (*nodes)[(*count)++] = v;
    return 0;
}

/* The longest line of an @FILE list or a node-types file: a name (MG_NAME_MAX) with room for a
 * comment after it. Reading stops at the first longer line, so /dev/zero or a binary file ends
 * in an error after LIST_LINE_MAX bytes instead of one unbounded line (2.1 GB for @/dev/zero). */
#define LIST_LINE_MAX 65536

/* Reads one line into buf (LIST_LINE_MAX + 1 bytes), without its LF. Returns 1, 0 at the end of
 * the file, or -1 after reporting a line too long or holding a NUL byte (`lineno` locates it). */
static int list_line(FILE *f, const char *path, int lineno, char *buf)
{
    size_t len = 0;
    int c;
    while ((c = getc(f)) != EOF && c != '\n') {
        if (c == 0) {
            cli_error("%s:%d:%zu: NUL byte in a list of names: it is not a text file", path, lineno, len + 1);
            return -1;
        }
        if (len == LIST_LINE_MAX) {
            cli_error("%s:%d: a line longer than %d bytes in a list of names (one name a line)", path, lineno, LIST_LINE_MAX);
            return -1;
        }
        buf[len++] = (char)c;
    }
    buf[len] = '\0';
    return c == EOF && len == 0 ? 0 : 1;
}

/* Appends the nodes of one name list: "a,b,c", or "@file" with one name per line ('#' starts a
 * comment). A name that is exactly a node's id is taken whole, even if it contains a comma. */
static int add_names(const mg_graph *g, const char *arg, mg_id **nodes, size_t *count, size_t *cap, bool skip_absent)
{
    int status = 0;
    if (arg[0] == '@') {
        FILE *f = fopen(arg + 1, "rb");
        if (!f) {
            cli_error("unable to open '%s': %s", arg + 1, strerror(errno));
            return EXIT_DATA;
        }
        size_t before = *count;
        char *line = malloc(LIST_LINE_MAX + 1);
        int got = 0, lineno = 0;
        if (!line) {
            cli_error("out of memory");
            status = EXIT_DATA;
        }
        while (!status && (got = list_line(f, arg + 1, ++lineno, line)) > 0) {
            line[strcspn(line, "#")] = '\0';
            status = add_name(g, line, nodes, count, cap, skip_absent);
        }
        if (!status && got < 0) status = EXIT_DATA;
        if (!status && ferror(f)) {
            cli_error("unable to read '%s'", arg + 1);
            status = EXIT_DATA;
        }
        if (!status && *count == before && !skip_absent) {
            cli_error("'%s' names no node", arg + 1);
            status = EXIT_DATA;
        }
        free(line);
        fclose(f);
        return status;
    }
    /* '' or ',' names nothing: an empty list is a slip (a shell variable unset), not "no node" */
    if (!arg[strspn(arg, ", \t")]) return cli_usage_error(NULL, "empty node list '%s'", arg);
    mg_id whole = mg_graph_find_id(g, arg);
    if (whole >= 0) {
        if (cli_reserve_nodes(nodes, cap, *count + 1)) return EXIT_DATA;
        (*nodes)[(*count)++] = whole;
        return 0;
    }
    char *text = strdup(arg);
    if (!text) {
        cli_error("out of memory");
        return EXIT_DATA;
    }
    for (char *p = text, *next; p && !status; p = next) {
        next = strchr(p, ',');
        if (next) *next++ = '\0';
        status = add_name(g, p, nodes, count, cap, skip_absent);
    }
    free(text);
    return status;
}

int cli_reserve_nodes(mg_id **nodes, size_t *cap, size_t need)
{
    if (need <= *cap) return 0;
    size_t c = *cap ? *cap * 2 : 8;
    while (c < need) c *= 2;
    mg_id *p = realloc(*nodes, c * sizeof *p);
    if (!p) {
        cli_error("out of memory");
        return 1;
    }
    *nodes = p;
    *cap = c;
    return 0;
}

static int node_set(const mg_graph *g, const char *const *args, int n, mg_id **nodes, size_t *count, bool skip_absent)
{
    size_t cap = 0;
    *nodes = NULL;
    *count = 0;
    for (int i = 0; i < n; i++) {
        int status = add_names(g, args[i], nodes, count, &cap, skip_absent);
        if (status) {
            free(*nodes);
            *nodes = NULL;
            return status;
        }
    }
    return 0;
}

int cli_node_set(const mg_graph *g, const char *const *args, int n, mg_id **nodes, size_t *count)
{
    return node_set(g, args, n, nodes, count, false);
}

int cli_node_set_outside(const mg_graph *g, const char *const *args, int n, mg_id **nodes, size_t *count)
{
    return node_set(g, args, n, nodes, count, true);
}

/* PathLinker's node-types file: "node<TAB>type" lines, type source/receptor or target/tf. */
static int read_node_types(const mg_graph *g, const char *path, cli_path_query *q)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        cli_error("unable to open '%s': %s", path, strerror(errno));
        return EXIT_DATA;
    }
    char *line = malloc(LIST_LINE_MAX + 1);
    int lineno = 0, status = line ? 0 : EXIT_DATA, got = 0;
    size_t cap_from = 0, cap_to = 0;
    if (!line) cli_error("out of memory");
    /* a line longer than the buffer was split in two before, the second half read as a line */
    while (!status && (got = list_line(f, path, ++lineno, line)) > 0) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0') continue;
        char *tab = strchr(line, '\t');
        if (!tab) {
            cli_error("%s:%d:%zu: expected 'node<TAB>source' or 'node<TAB>target'", path, lineno, strlen(line) + 1);
            status = EXIT_DATA;
            break;
        }
        *tab = '\0';
        const char *type = tab + 1;
        bool source = strcmp(type, "source") == 0 || strcmp(type, "receptor") == 0;
        bool target = strcmp(type, "target") == 0 || strcmp(type, "tf") == 0;
        if (!source && !target) continue; /* other rows (a "-" placeholder, other kinds) name neither */
        mg_id v = mg_graph_find_id(g, line);
        if (v < 0) continue; /* PathLinker ignores nodes the network lacks, and so do we */
        if (source) {
            if (cli_reserve_nodes(&q->from, &cap_from, q->from_count + 1)) status = EXIT_DATA;
            else q->from[q->from_count++] = v;
        } else {
            if (cli_reserve_nodes(&q->to, &cap_to, q->to_count + 1)) status = EXIT_DATA;
            else q->to[q->to_count++] = v;
        }
    }
    if (!status && got < 0) status = EXIT_DATA;
    if (!status && ferror(f)) {
        cli_error("unable to read '%s'", path);
        status = EXIT_DATA;
    }
    free(line);
    fclose(f);
    if (!status && (!q->from_count || !q->to_count)) {
        cli_error("'%s' names no %s in the network", path, q->from_count ? "target" : "source");
        status = EXIT_DATA;
    }
    return status;
}

int cli_path_query_resolve(const cli_args *args, const mg_graph *g, cli_path_query *q, int endpoints)
{
    const char *const *values;
    int n, status;
    const char *types_file = cli_value(args, "node-types");
    if (endpoints == 2 && types_file) {
        if (args->positional_count) return cli_usage_error(args->command, "--node-types replaces FROM and TO");
        if ((status = read_node_types(g, types_file, q))) return status;
    } else if (endpoints == 2) {
        if (args->positional_count != 2) return cli_usage_error(args->command, "expected FROM and TO");
        if ((status = cli_node_set(g, &args->positional[0], 1, &q->from, &q->from_count))) return status;
        if ((status = cli_node_set(g, &args->positional[1], 1, &q->to, &q->to_count))) return status;
        if (!q->from_count || !q->to_count) return cli_usage_error(args->command, "FROM and TO must name nodes");
    }
    n = cli_values(args, "via", &values);
    if (n && (status = cli_node_set(g, values, n, &q->via, &q->o.via_count))) return status;
    q->o.via = q->via;
    n = cli_values(args, "avoid", &values);
    if (n && (status = cli_node_set_outside(g, values, n, &q->avoid, &q->o.avoid_count))) return status;
    q->o.avoid = q->avoid;
    return 0;
}

void cli_path_query_free(cli_path_query *q)
{
    free(q->from);
    free(q->to);
    free(q->via);
    free(q->avoid);
}
