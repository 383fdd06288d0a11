/* fuzz_cli.c - a libFuzzer target for the command line: the input, split on NUL bytes, is the
 * words after `mechgraph`. It goes the way main() sends a line (src/cli/main.c): the command is
 * found, its options parsed (cli_parse) and the positional count checked; then the values are
 * read by the parsers the commands use before they read a graph: numbers, node types, relations,
 * metrics, formats, layouts, methods, --from and --columns, the path options. A command is NEVER
 * run (it could write files): this target links the command table, not main(). */
#include "fuzz.h"

#include "cli/cli.h"

#include <limits.h>
#include <string.h>

#define MAX_WORDS 256

/* Where --help goes: nowhere (NULL when /dev/null cannot be opened: no help then). */
static FILE *sink;

static int method_index(const char *word)
{
    mg_hyp_method m;
    return mg_hyp_method_parse(&m, word) == MG_OK ? (int)m : -1;
}

static const char *method_name(int i) { return mg_hyp_method_name((mg_hyp_method)i); }

/* Each metric of a comma-separated list, as `hubs --metrics` reads it. */
static void parse_metrics(const char *list)
{
    for (const char *p = list; *p;) {
        size_t len = strcspn(p, ",");
        char word[64];
        if (len == 0 || len >= sizeof word) return;
        memcpy(word, p, len);
        word[len] = '\0';
        mg_hub_metric m;
        if (mg_hub_metric_parse(&m, word) == MG_OK) FUZZ_ASSERT(m >= 0 && m < MG_HUB_METRIC_COUNT);
        p += len + (p[len] == ',');
    }
}

/* Every value of option `o` (of the command's table or the globals) through its parser. */
static void parse_values(const cli_args *args, const cli_option *o)
{
    const cli_command *cmd = args->command;
    const char *const *values;
    int n = cli_values(args, o->name, &values);
    if (!n || !o->arg) return;
    const char *arg = o->arg, *name = o->name;
    bool set[MG_NODE_TYPE_COUNT + MG_HYP_METHOD_COUNT];
    for (int i = 0; i < n; i++) {
        long long v;
        if (strcmp(arg, "N") == 0 || strcmp(arg, "D") == 0) {
            if (cli_parse_count(cmd, name, values[i], 0, LLONG_MAX, &v) == 0) FUZZ_ASSERT(v >= 0);
        } else if (strcmp(arg, "METRIC") == 0 || strcmp(arg, "M1,M2,...") == 0) {
            parse_metrics(values[i]);
        } else if (strcmp(name, "format") == 0) {
            mg_render_format f;
            if (mg_render_format_parse(&f, values[i]) == MG_OK) FUZZ_ASSERT(mg_render_format_name(f));
        } else if (strcmp(name, "layout") == 0) {
            mg_layout l;
            if (mg_layout_parse(&l, values[i]) == MG_OK) FUZZ_ASSERT(mg_layout_name(l));
        } else if (strcmp(name, "to") == 0 && strcmp(arg, "FORMAT") == 0) {
            mg_export_format f;
            if (mg_export_format_parse(&f, values[i]) == MG_OK) FUZZ_ASSERT(mg_export_format_name(f));
        } else if (strcmp(name, "output") == 0) {
            mg_export_format f;
            (void)mg_export_format_from_path(&f, values[i]);
        }
    }
    if (strcmp(arg, "TYPES") == 0) {
        cli_parse_types(cmd, values, n, set);
    } else if (strcmp(arg, "METHODS") == 0) {
        for (int k = 0; k < MG_HYP_METHOD_COUNT; k++) set[k] = false;
        cli_parse_list(cmd, "method", values, n, set, MG_HYP_METHOD_COUNT, method_index, method_name);
    }
}

/* What the commands read from their options before they read a graph. */
static void parse_options(const cli_args *args)
{
    const cli_command *cmd = args->command;
    mg_load_options load;
    if (cli_load_options(args, &load) == 0) FUZZ_ASSERT(load.format >= MG_INPUT_AUTO && load.format <= MG_INPUT_SBML); /* the last of the enum */
    cli_path_query q;
    if (cli_path_query_parse(args, &q) == 0 && q.o.max_len && q.o.min_len) FUZZ_ASSERT(q.o.min_len <= q.o.max_len);
    cli_path_query_free(&q);
    for (const cli_option *o = cmd->options; o && o->name; o++) parse_values(args, o);
    for (const cli_option *o = cli_global_options; o->name; o++) parse_values(args, o);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!sink) sink = fopen("/dev/null", "w");
    static char program[] = "mechgraph";
    char *text = malloc(size + 1);
    char **rest = NULL;
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    /* words end at a NUL; a final NUL ends the last word and starts none */
    char *argv[MAX_WORDS + 1];
    int argc = 0;
    argv[argc++] = program;
    for (char *p = text; p < text + size && argc < MAX_WORDS; p += strlen(p) + 1) argv[argc++] = p;
    argv[argc] = NULL;
    int pos = cli_command_position(argc, argv);
    if (pos < 0) goto done; /* main() prints the help */
    FUZZ_ASSERT(pos > 0 && pos < argc);
    if (strcmp(argv[pos], "help") == 0) {
        const cli_command *cmd = pos + 1 < argc ? cli_find_command(argv[pos + 1]) : NULL;
        if (cmd && sink) cli_print_help(sink, cmd);
        goto done;
    }
    const cli_command *cmd = cli_find_command(argv[pos]);
    if (!cmd) goto done;
    /* the command sees every word but its own name, as in main() */
    rest = malloc((size_t)argc * sizeof *rest);
    if (!rest) goto done;
    int n = 0;
    for (int i = 1; i < argc; i++)
        if (i != pos) rest[n++] = argv[i];
    cli_args args;
    if (cli_parse(cmd, n, rest, &args) == 0) {
        FUZZ_ASSERT(args.command == cmd && args.positional_count <= n);
        for (int i = 0; i < args.positional_count; i++) FUZZ_ASSERT(args.positional[i]);
        if (cli_flag(&args, "help")) {
            if (sink) cli_print_help(sink, cmd);
        } else if (args.positional_count >= cmd->min_positional &&
                   (cmd->max_positional < 0 || args.positional_count <= cmd->max_positional)) {
            parse_options(&args); /* where main() would run the command */
        }
    }
    cli_args_free(&args);
done:
    free(rest);
    free(text);
    return 0;
}
