/* fuzz_readers.c - a libFuzzer target for the readers of other tools' formats: the input is
 * read as GraphML or as Cytoscape.js JSON (MG_FUZZ_FORMAT, set when compiling), and whatever
 * it holds, loading must end in a graph or in located problems, never in a crash, a leak or
 * undefined behaviour. Built and run by scripts/fuzz.sh. */
#include "mechgraph.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mg_graph *g = NULL;
    mg_diagnostics *d = NULL;
    if (mg_diagnostics_new(&d)) return 0;
    mg_error_t err = mg_graph_load_buffer(&g, (const char *)data, size, "fuzz", MG_FUZZ_FORMAT, d);
    /* a failure says where: every problem has a line or a path (but bad gzip data, a problem of
     * the whole file, found before any reader runs) */
    if (err == MG_EINVAL && mg_diagnostics_count(d) == 0 && mg_diagnostics_dropped(d) == 0) abort();
    bool gzip = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
    for (size_t i = 0; i < mg_diagnostics_count(d) && !gzip; i++) {
        const mg_diagnostic *p = mg_diagnostics_get(d, i);
        if (p->line <= 0 && !p->path) abort();
    }
    if (err == MG_OK && !g) abort();
    mg_graph_free(g);
    mg_diagnostics_free(d);
    return 0;
}
