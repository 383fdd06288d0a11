/*
 * mechgraph_cli.h - the public header of libmechgraph-cli: the command line run inside another
 * program (the Python package, python/mechgraph), on graphs loaded once, with what a command would
 * print handed back as text. The answers are the CLI's by construction: the same code writes them.
 *
 * Threads: each thread captures its own output and has its own selection state, so commands may
 * run in several threads at once as far as this layer goes; igraph (IGRAPH_THREAD_SAFE 0 in
 * Debian's build) and Graphviz keep process-wide state, so a host serialises its calls (the Python
 * package holds one lock around every call into the library).
 */
#ifndef MECHGRAPH_CLI_H
#define MECHGRAPH_CLI_H

#include "mechgraph.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Runs one command, as `mechgraph ARGV...` would (argv[0] is the command's name, or options then
 * the name), in this process and thread, and hands back what it printed.
 * \param out    receives its standard output, NUL-terminated (mg_cli_text_free); never NULL on return
 * \param err    receives its standard error, the same way
 * \param graph  the graph the command reads when argv gives no --graph, lent for the call (never
 *               changed or freed); NULL: the built-in graph, as the command line
 * \param whole  NULL, or the graph `graph` was selected from by the selection options in argv
 *               (--context ...; as mg_cli_load made it): the selection is described, not redone
 * \param argc, argv  the words after the program's name; --timeout is refused (it would end the
 *               host process), and so are --man and __complete
 * \return the command line's exit status: 0, 1 (bad input or data: the message in *err), 2 (misuse
 *         of the command line); -1 when out of memory before the command ran (nothing in *out).
 * Time: the command's.
 */
MG_API int mg_cli_run(char **out, char **err, const mg_graph *graph, const mg_graph *whole, int argc,
                      const char *const *argv);

/**
 * Loads a graph as every command does before it runs: --graph FILE (several are merged), --from,
 * --columns, then the selection options (--context, --organism ... docs/selection.md), with every
 * problem written to *err as the command line writes it.
 * \param result  receives the graph (mg_graph_free); NULL on failure, and NULL when argv names
 *                neither a file nor a selection and `base` is given: `base` itself is the answer
 * \param err     receives the messages (mg_cli_text_free), also on success (warnings)
 * \param base    the graph a selection applies to when argv has no --graph (lent); NULL: the
 *                built-in graph
 * \return 0, 1 or 2 as mg_cli_run; -1 when out of memory.
 */
MG_API int mg_cli_load(mg_graph **result, char **err, const mg_graph *base, int argc, const char *const *argv);

/** Frees text mg_cli_run or mg_cli_load handed back. NULL is allowed and does nothing. */
MG_API void mg_cli_text_free(char *text);

#ifdef __cplusplus
}
#endif

#endif
