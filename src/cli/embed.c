/*
 * embed.c - the command line inside another program (libmechgraph-cli, mechgraph_cli.h): one
 * command run on a graph the host lent, its stdout and stderr captured in memory streams for this
 * thread (cli_streams_set), its status returned. main.c's dispatch, without the process-wide
 * parts: no signal handlers, no --timeout (its timer ends the process), nothing written to the
 * host's stdout or stderr.
 */
#include "cli.h"
#include "mechgraph_cli.h"

#include <stdlib.h>
#include <string.h>

/* The two memory streams a call writes to, and their text once closed. */
typedef struct {
    FILE *out, *err;
    char *out_text, *err_text;
    size_t out_size, err_size;
} capture;

static int capture_open(capture *c)
{
    memset(c, 0, sizeof *c);
    c->out = open_memstream(&c->out_text, &c->out_size);
    c->err = open_memstream(&c->err_text, &c->err_size);
    if (!c->out || !c->err) {
        if (c->out) fclose(c->out);
        if (c->err) fclose(c->err);
        free(c->out_text);
        free(c->err_text);
        return -1;
    }
    cli_streams_set(c->out, c->err);
    return 0;
}

/* Ends the capture; a stream that failed (out of memory) turns a success into EXIT_DATA. */
static int capture_close(capture *c, int status, char **out, char **err)
{
    cli_streams_set(NULL, NULL);
    bool failed = fflush(c->out) != 0 || ferror(c->out);
    if (failed) fputs("mechgraph: unable to write output: out of memory\n", c->err);
    fclose(c->out);
    fclose(c->err);
    if (out) *out = c->out_text;
    else free(c->out_text);
    *err = c->err_text;
    return failed && !status ? EXIT_DATA : status;
}

/* argv with the program's name first, as cli_command_position and cli_parse read it. */
static char **words_of(int argc, const char *const *argv)
{
    char **words = malloc(((size_t)argc + 2) * sizeof *words);
    if (!words) return NULL;
    words[0] = (char *)"mechgraph";
    for (int i = 0; i < argc; i++) words[i + 1] = (char *)argv[i]; /* cli_parse only reads them */
    words[argc + 1] = NULL;
    return words;
}

/* Parses and runs `cmd` on words[1..argc] but the one at `pos`, as main.c does. */
static int run_command(const cli_command *cmd, int argc, char **words, int pos)
{
    char **rest = malloc(((size_t)argc + 1) * sizeof *rest);
    if (!rest) return cli_usage_error(NULL, "out of memory");
    int n = 0;
    for (int i = 1; i <= argc; i++)
        if (i != pos) rest[n++] = words[i];
    cli_args args;
    int status = cli_parse(cmd, n, rest, &args);
    if (status == 0) {
        if (cli_flag(&args, "help")) {
            cli_print_help(cli_out(), cmd);
        } else if (cli_global_value(&args, "timeout")) {
            status = cli_usage_error(cmd, "--timeout ends the process: a host limits a call in its own way");
        } else if (!(status = cli_check_arity(cmd, &args)) && !(status = cli_apply_threads(cmd, &args))) {
            status = cmd->run(&args);
            /* --threads is for this call: the next one starts from the default again */
            if (cli_global_value(&args, "threads")) mg_set_threads(0);
            cli_selection_release();
        }
    }
    cli_args_free(&args);
    free(rest);
    return status;
}

int mg_cli_run(char **out, char **err, const mg_graph *graph, const mg_graph *whole, int argc,
               const char *const *argv)
{
    *out = NULL;
    *err = NULL;
    capture c;
    if (argc < 0 || capture_open(&c)) return -1;
    int status;
    char **words = words_of(argc, argv);
    int pos = words ? cli_command_position(argc + 1, words) : -1;
    const cli_command *cmd = pos > 0 ? cli_find_command(words[pos]) : NULL;
    if (!words) status = cli_usage_error(NULL, "out of memory");
    else if (pos < 0) status = cli_usage_error(NULL, "no command given");
    else if (!cmd) status = cli_usage_error(NULL, "'%s' is not a mechgraph command", words[pos]);
    else {
        cli_lend_graph(graph, graph ? whole : NULL);
        status = run_command(cmd, argc, words, pos);
        cli_lend_graph(NULL, NULL);
    }
    free(words);
    return capture_close(&c, status, out, err);
}

int mg_cli_load(mg_graph **result, char **err, const mg_graph *base, int argc, const char *const *argv)
{
    *result = NULL;
    *err = NULL;
    capture c;
    if (argc < 0 || capture_open(&c)) return -1;
    /* info's table holds exactly the options of loading: --graph, --from, --columns, the selection */
    const cli_command *cmd = cli_find_command("info");
    char **words = words_of(argc, argv);
    int status;
    if (!words) {
        status = cli_usage_error(NULL, "out of memory");
    } else {
        cli_args args;
        status = cli_parse(cmd, argc, words + 1, &args);
        if (!status && args.positional_count)
            status = cli_usage_error(NULL, "unexpected argument '%s'", args.positional[0]);
        mg_graph *g = NULL;
        cli_lend_graph(base, NULL);
        if (!status && !(status = cli_load_graph(&args, &g)) && g != base) {
            *result = g;
            /* the graph the selection was made from, unless lent: the selection is the caller's now */
        }
        cli_selection_release();
        cli_lend_graph(NULL, NULL);
        cli_args_free(&args);
    }
    free(words);
    return capture_close(&c, status, NULL, err);
}

void mg_cli_text_free(char *text) { free(text); }
