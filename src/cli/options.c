/*
 * options.c - the option parser: options anywhere on the line, "--name value", "--name=value",
 * "-x value", "--" to end options; --help written from the same tables that parse.
 */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

const cli_option cli_global_options[] = {
    {"graph", 'g', "FILE", "read the graph from FILE (- for standard input; formats in 'mechgraph --help') instead of "
                           "the built-in one; repeat to merge"},
    {"from", 0, "FORMAT", "read --graph as json, graphml, cyjs, tsv, sif, csv, indra, sbml or nodes whatever its name says"},
    {"graph-format", 0, "FORMAT", "the same as --from FORMAT (for hypotheses, whose old --from names nodes until 0.2)"},
    {"columns", 0, "SPEC", "the columns of a tab-separated --graph, as ROLE=COLUMN,... (a header name or a number; "
                           "roles source, target, relation, sign, weight, metaedge, or id, label, type)"},
    {"json", 0, NULL, "print machine-readable JSON on stdout"},
    {"timeout", 0, "SECONDS", "stop after SECONDS of wall time (e.g. 30 or 0.5; 0: none), leaving existing output "
                              "files as they were; exit status 124, as timeout(1), to tell it from bad data (1)"},
    {"threads", 0, "N", "threads for the parallel parts (reading tab-separated files, centralities; default: MECHGRAPH_THREADS, "
                        "else the cores); "
                        "results are the same for any N"},
    {"help", 'h', NULL, "show this help"},
    {0},
};

static int count_options(const cli_option *o)
{
    int n = 0;
    while (o && o[n].name) n++;
    return n;
}

/* The index of option `name` in the command's table then the global table, or -1. */
static int find_option(const cli_command *cmd, const char *name, size_t len, char short_name)
{
    int n = count_options(cmd->options);
    for (int i = 0; i < n + count_options(cli_global_options); i++) {
        const cli_option *o = i < n ? &cmd->options[i] : &cli_global_options[i - n];
        if (short_name ? o->short_name == short_name : strlen(o->name) == len && strncmp(o->name, name, len) == 0)
            return i;
    }
    return -1;
}

static const cli_option *option_at(const cli_command *cmd, int i)
{
    int n = count_options(cmd->options);
    return i < n ? &cmd->options[i] : &cli_global_options[i - n];
}

/* Whether the command's own table has an option of this name. */
static bool defines(const cli_command *cmd, const char *name)
{
    for (int i = 0; i < count_options(cmd->options); i++)
        if (strcmp(cmd->options[i].name, name) == 0) return true;
    return false;
}

const char *cli_global_value(const cli_args *args, const char *name)
{
    return defines(args->command, name) ? NULL : cli_value(args, name);
}

void cli_print_help(FILE *f, const cli_command *cmd)
{
    fprintf(f, "usage: mechgraph %s [options]\n\n%s\n", cmd->usage, cmd->summary);
    if (cmd->help && *cmd->help) fprintf(f, "\n%s\n", cmd->help);
    fprintf(f, "\noptions:\n");
    int n = count_options(cmd->options), total = n + count_options(cli_global_options);
    for (int i = 0; i < total; i++) {
        const cli_option *o = option_at(cmd, i);
        /* a global the command's own option, or an old name of one, shadows */
        if (i >= n && (defines(cmd, o->name) || cli_find_alias(cmd, o->name, strlen(o->name)))) continue;
        char left[64];
        if (o->short_name)
            snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name, o->arg ? " " : "", o->arg ? o->arg : "");
        else
            snprintf(left, sizeof left, "    --%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
        fprintf(f, "  %-24s %s\n", left, o->help);
    }
    for (const cli_alias *a = cli_aliases; a->command; a++)
        if (strcmp(a->command, cmd->name) == 0) {
            char left[64], help[96];
            snprintf(left, sizeof left, "    --%s", a->old_name);
            snprintf(help, sizeof help, "the old name of --%s (a warning; goes after %s)", a->new_name, a->until);
            fprintf(f, "  %-24s %s\n", left, help);
        }
    if (cmd->examples) {
        fprintf(f, "\nexamples:\n");
        for (const char *p = cmd->examples; *p;) {
            size_t len = strcspn(p, "\n");
            fprintf(f, "  %.*s\n", (int)len, p);
            p += len + (p[len] == '\n');
        }
    }
}

int cli_check_arity(const cli_command *cmd, const cli_args *args)
{
    if (args->positional_count < cmd->min_positional)
        return cli_usage_error(cmd, "%s needs %d argument%s", cmd->name, cmd->min_positional, cmd->min_positional == 1 ? "" : "s");
    if (cmd->max_positional >= 0 && args->positional_count > cmd->max_positional)
        return cli_usage_error(cmd, "unexpected argument '%s'", args->positional[cmd->max_positional]);
    return 0;
}

int cli_apply_threads(const cli_command *cmd, const cli_args *args)
{
    const char *text = cli_global_value(args, "threads");
    const char *env = getenv("MECHGRAPH_THREADS");
    if (text && !mg_threads_from_text(text))
        return cli_usage_error(cmd, "--threads takes a whole number from 1 to %d, not '%s'", MG_THREADS_MAX, text);
    /* a wrong variable is said, not silently replaced by the cores */
    if (!text && env && !mg_threads_from_text(env))
        return cli_usage_error(cmd, "MECHGRAPH_THREADS takes a whole number from 1 to %d, not '%s'", MG_THREADS_MAX, env);
    if (text) mg_set_threads(mg_threads_from_text(text));
    return 0;
}

int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("mechgraph: ", cli_err());
    vfprintf(cli_err(), fmt, ap);
    fputc('\n', cli_err());
    va_end(ap);
    if (cmd) fprintf(cli_err(), "usage: mechgraph %s [options]\n(see 'mechgraph %s --help')\n", cmd->usage, cmd->name);
    return EXIT_USAGE;
}

static int add_value(cli_args *args, int i, const char *value)
{
    const char **v = realloc(args->values[i], (size_t)(args->value_count[i] + 1) * sizeof *v);
    if (!v) return -1;
    v[args->value_count[i]++] = value;
    args->values[i] = v;
    return 0;
}

int cli_parse(const cli_command *cmd, int argc, char **argv, cli_args *args)
{
    memset(args, 0, sizeof *args);
    args->command = cmd;
    args->positional = calloc((size_t)argc + 1, sizeof *args->positional);
    if (!args->positional) return cli_usage_error(NULL, "out of memory");
    bool options_done = false;
    for (int k = 0; k < argc; k++) {
        const char *a = argv[k];
        if (options_done || a[0] != '-' || a[1] == '\0') { /* "-" alone is a value (stdin/stdout) */
            args->positional[args->positional_count++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            options_done = true;
            continue;
        }
        int i;
        const char *value = NULL;
        if (a[1] == '-') {
            const char *name = a + 2, *eq = strchr(name, '=');
            size_t len = eq ? (size_t)(eq - name) : strlen(name);
            const cli_alias *alias = cli_find_alias(cmd, name, len);
            if (alias) {
                fprintf(cli_err(), "mechgraph: warning: '%s --%s' is now '--%s' (the old name goes after %s)\n", cmd->name,
                        alias->old_name, alias->new_name, alias->until);
                name = alias->new_name;
                len = strlen(name);
            }
            i = find_option(cmd, name, len, 0);
            if (i < 0) return cli_usage_error(cmd, "unknown option '--%.*s'", (int)len, name);
            if (eq) value = eq + 1;
        } else {
            if (a[2] != '\0') return cli_usage_error(cmd, "unknown option '%s' (short options take one letter)", a);
            i = find_option(cmd, NULL, 0, a[1]);
            if (i < 0) return cli_usage_error(cmd, "unknown option '%s'", a);
        }
        const cli_option *o = option_at(cmd, i);
        if (i >= CLI_MAX_VALUES) return cli_usage_error(cmd, "too many options");
        if (o->arg && !value) {
            if (k + 1 >= argc) return cli_usage_error(cmd, "option '--%s' needs a value (%s)", o->name, o->arg);
            value = argv[++k];
        } else if (!o->arg && value) {
            return cli_usage_error(cmd, "option '--%s' takes no value", o->name);
        }
        if (add_value(args, i, value ? value : "") != 0) return cli_usage_error(NULL, "out of memory");
    }
    return 0;
}

void cli_args_free(cli_args *args)
{
    free(args->positional);
    for (int i = 0; i < CLI_MAX_VALUES; i++) free(args->values[i]);
    memset(args, 0, sizeof *args);
}

static int index_of(const cli_args *args, const char *name)
{
    return find_option(args->command, name, strlen(name), 0);
}

int cli_values(const cli_args *args, const char *name, const char *const **values)
{
    int i = index_of(args, name);
    if (i < 0) {
        *values = NULL;
        return 0;
    }
    *values = args->values[i];
    return args->value_count[i];
}

const char *cli_value(const cli_args *args, const char *name)
{
    const char *const *v;
    int n = cli_values(args, name, &v);
    return n ? v[n - 1] : NULL;
}

bool cli_flag(const cli_args *args, const char *name) { return cli_value(args, name) != NULL; }
