/*
 * default_graph.c - the curated graph (graphs/imsc_ev.json) compiled into the library, so that
 * every command works from any directory without --graph.
 */
#include "io/io.h"

extern const unsigned char mg_default_graph_json[];
extern const size_t mg_default_graph_json_size;

mg_error_t mg_graph_load_default(mg_graph **out, mg_diagnostics *diags)
{
    mg_init();
    return mg__read_json(out, (const char *)mg_default_graph_json, mg_default_graph_json_size,
                         "imsc_ev.json (built-in)", diags);
}
