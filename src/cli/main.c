/*
 * main.c - dispatch and exit status: `mechgraph <command> [options]` (the command table is in
 * commands.c).
 * Data goes to stdout, messages to stderr as "mechgraph: <message>"; exit 0 on success, 1 for
 * bad input or data, 2 for misuse of the command line, 124 when --timeout stopped it (interrupt.c).
 * A failed write to stdout (a full disk) is an error; a closed pipe on stdout is a quiet stop with
 * status 0 (interrupt.c).
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void print_main_help(FILE *f)
{
    fprintf(f, "usage: mechgraph <command> [options]\n\n"
               "mechgraph answers questions on a signed, directed, evidence-annotated graph of the\n"
               "mechanisms of iPSC-derived MSCs (iMSCs) and their extracellular vesicles (iMSC-EVs).\n\n"
               "commands:\n");
    for (size_t i = 0; i < cli_command_count; i++) fprintf(f, "  %-10s %s\n", cli_commands[i].name, cli_commands[i].summary);
    fprintf(f, "\noptions for every command:\n");
    for (const cli_option *o = cli_global_options; o->name; o++) {
        char left[64];
        snprintf(left, sizeof left, "--%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
        fprintf(f, "  %-14s %s\n", left, o->help);
    }
    fprintf(f, "\ninput formats (--graph FILE, - for standard input; by the extension, then by the content, or\n"
               "as --from says; each optionally gzip-compressed; docs/format.md):\n"
               "  json       mechgraph-1 JSON (.json)\n"
               "  graphml    GraphML from networkx, Gephi, yEd, igraph, Cytoscape (.graphml, .xml)\n"
               "  cyjs       Cytoscape.js JSON from Cytoscape or networkx (.cyjs, or .json with \"elements\")\n"
               "  tsv        tab-separated edge lists (.tsv, .txt, .tab): signs, weights, evidence columns;\n"
               "             SIGNOR all-data, OmniPath interactions, Hetionet edges, PathLinker networks,\n"
               "             any other with --columns\n"
               "  sif        SIF, signed SIF, Pathway Commons extended SIF (.sif)\n"
               "  csv        comma-separated tables (.csv): pandas, R write.csv, miRTarBase\n"
               "  nodes      a node table (id, label, type) to merge with edges\n");
    fprintf(f, "\nexit status: 0 success, 1 bad input or data, 2 misuse of the command line, 124 stopped by --timeout\n"
               "(a signal: 128 + its number); docs/reliability.md.\n");
    fprintf(f, "\n'mechgraph <command> --help' describes a command. 'mechgraph --version' prints the version.\n");
}

static struct timespec started;

/* MECHGRAPH_PROFILE (set, not "0"): where the time went, on stderr (scripts/bench-load.sh) */
static void print_profile(void)
{
    const char *on = getenv("MECHGRAPH_PROFILE");
    if (!on || !*on || strcmp(on, "0") == 0) return;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double total = (double)(now.tv_sec - started.tv_sec) + (double)(now.tv_nsec - started.tv_nsec) / 1e9;
    mg_load_profile p;
    mg_load_profile_get(&p);
    fprintf(stderr,
            "mechgraph: profile: read %.3f s, parse %.3f s, wait %.3f s, index %.3f s, load %.3f s, rest %.3f s, total %.3f s "
            "(%d thread%s)\n",
            p.read, p.parse, p.wait, p.index, p.load, total - p.load, total, mg_threads(), mg_threads() == 1 ? "" : "s");
}

static int finish(int status)
{
    print_profile();
    if (cli_terminal_end() != 0 && !status) status = EXIT_DATA;
    /* a full disk must not pass for success (a closed pipe on stdout has ended the process) */
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_error("unable to write output: %s", strerror(errno));
        return status ? status : EXIT_DATA;
    }
    return status;
}

int main(int argc, char **argv)
{
    clock_gettime(CLOCK_MONOTONIC, &started);
    cli_signals_install();
    cli_terminal_begin();
    /* hidden: the manual page the build writes, and the shell completions' helper */
    if (argc == 2 && strcmp(argv[1], "--man") == 0) {
        cli_print_man(stdout);
        return finish(0);
    }
    if (argc >= 2 && strcmp(argv[1], "__complete") == 0) return finish(cli_complete(argc - 2, argv + 2));
    int pos = cli_command_position(argc, argv);
    if (pos < 0) {
        for (int i = 1; i < argc; i++) {
            if (strcmp(argv[i], "--version") == 0) {
                printf("mechgraph %s\n", MG_VERSION);
                return finish(0);
            }
            if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
                print_main_help(stdout);
                return finish(0);
            }
        }
        print_main_help(stderr);
        return finish(EXIT_USAGE);
    }
    const char *name = argv[pos];
    if (strcmp(name, "help") == 0) {
        const cli_command *cmd = pos + 1 < argc ? cli_find_command(argv[pos + 1]) : NULL;
        if (pos + 1 < argc && !cmd) return finish(cli_usage_error(NULL, "'%s' is not a mechgraph command", argv[pos + 1]));
        if (cmd) cli_print_help(stdout, cmd);
        else print_main_help(stdout);
        return finish(0);
    }
    const cli_command *cmd = cli_find_command(name);
    if (!cmd) {
        cli_error("'%s' is not a mechgraph command; see 'mechgraph --help'", name);
        size_t len = strlen(name);
        for (size_t i = 0; i < cli_command_count; i++)
            if (len >= 2 && strncmp(cli_commands[i].name, name, len) == 0)
                fprintf(stderr, "did you mean '%s'?\n", cli_commands[i].name);
        return finish(EXIT_USAGE);
    }
    /* the command sees every word but its own name: options may come before it */
    char **rest = malloc((size_t)argc * sizeof *rest);
    if (!rest) return finish(cli_usage_error(NULL, "out of memory"));
    int n = 0;
    for (int i = 1; i < argc; i++)
        if (i != pos) rest[n++] = argv[i];
    cli_args args;
    int status = cli_parse(cmd, n, rest, &args);
    if (status == 0) {
        if (cli_flag(&args, "help")) {
            cli_print_help(stdout, cmd);
        } else if (!(status = cli_check_arity(cmd, &args)) && !(status = cli_apply_threads(cmd, &args))) {
            const char *timeout = cli_global_value(&args, "timeout");
            if (!timeout || !(status = cli_timeout_arm(cmd, timeout))) status = cmd->run(&args);
            cli_selection_release();
        }
    }
    cli_args_free(&args);
    free(rest);
    return finish(status);
}
