/*
 * render_compare.c - `mechgraph render --compare A [B] -o FILE`: the comparisons `compare A [B]`
 * finds (A's and B's subtypes too), drawn as a panel by the library (mg_render_compare_file).
 */
#include "cli.h"

#include <stdlib.h>

int cli_render_compare(const cli_args *args, const mg_render_options *o, const char *output)
{
    if (!args->positional_count) return cli_usage_error(args->command, "--compare needs A (and optionally B)");
    if (cli_flag(args, "path") || cli_value(args, "focus") || cli_value(args, "hubs"))
        return cli_usage_error(args->command, "--compare draws a panel of its own: not with --path, --focus or --hubs");
    mg_graph *g = NULL;
    int status = cli_load_graph(args, &g);
    if (status) return status;
    cli_compare_query q = {.b = -1, .subtypes = true};
    mg_lookup_result ra = MG_LOOKUP_RESULT_INIT, rb = MG_LOOKUP_RESULT_INIT;
    cli_compare_row *rows = NULL;
    size_t count = 0, *index = NULL;
    bool *inverted = NULL;
    if ((status = cli_compare_sides(args, g, &q, &ra, &rb)) || (status = cli_compare_prepare(g, &q)) ||
        (status = cli_compare_rows(g, &q, &rows, &count)))
        goto done;
    index = malloc(count * sizeof *index);
    inverted = malloc(count * sizeof *inverted);
    if (!index || !inverted) {
        cli_error("out of memory");
        status = EXIT_DATA;
        goto done;
    }
    for (size_t i = 0; i < count; i++) index[i] = rows[i].index, inverted[i] = rows[i].inverted;
    mg_compare_panel panel = {q.a, q.b, index, inverted, count};
    if (mg_render_compare_file(g, &panel, o, output)) {
        cli_error("unable to render '%s': %s", output, mg_last_error());
        status = EXIT_DATA;
    }
done:
    free(index);
    free(inverted);
    free(rows);
    cli_compare_query_free(&q);
    mg_lookup_result_clear(&ra);
    mg_lookup_result_clear(&rb);
    cli_graph_free(g);
    return status;
}
