/* fuzz_readers.c - a libFuzzer target for the readers of whole documents: the input is read as
 * mechgraph-1 JSON, GraphML, Cytoscape.js JSON, INDRA statements JSON or SBML-qual (MG_FUZZ_FORMAT,
 * set when compiling: the targets json, graphml, cyjs, indra and sbml), and whatever it holds, loading must end in a graph or in
 * located problems, never in a crash, a leak or undefined behaviour. gzip data is read through
 * zlib first, as from a file. */
#include "fuzz.h"

#ifndef MG_FUZZ_FORMAT
#error "MG_FUZZ_FORMAT must name the reader: MG_INPUT_JSON, MG_INPUT_GRAPHML, MG_INPUT_CYJS, MG_INPUT_INDRA or MG_INPUT_SBML"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mg_graph *g = NULL;
    mg_diagnostics *d = NULL;
    if (mg_diagnostics_new(&d)) return 0;
    mg_error_t err = mg_graph_load_buffer(&g, (const char *)data, size, "fuzz", MG_FUZZ_FORMAT, d);
    fuzz_check_load(err, g, d, size >= 2 && data[0] == 0x1f && data[1] == 0x8b);
    mg_graph_free(g);
    mg_diagnostics_free(d);
    return 0;
}
