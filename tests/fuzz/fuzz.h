/* fuzz.h - what the fuzz targets share: libFuzzer's entry point, and the check that a reader's
 * outcome is one it may have (a graph, or problems that say where). A broken promise aborts,
 * which libFuzzer and the replay driver (replay.c) report as a crash. */
#ifndef MG_FUZZ_H
#define MG_FUZZ_H

#include "mechgraph.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Aborts, saying which promise was broken; libFuzzer keeps the input as a crash. */
#define FUZZ_ASSERT(cond)                                                                  \
    do {                                                                                   \
        if (!(cond)) {                                                                     \
            fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                                       \
        }                                                                                  \
    } while (0)

/* A load ends in a graph (MG_OK) or in problems that each have a line or a JSON path; bad gzip
 * data (`gzip`) is a problem of the whole file, found before any reader runs. Every problem is
 * formatted, as the CLI prints it, and a graph's statistics are computed. */
static inline void fuzz_check_load(mg_error_t err, mg_graph *g, const mg_diagnostics *d, int gzip)
{
    FUZZ_ASSERT(err == MG_OK || err == MG_EINVAL || err == MG_ENOMEM);
    FUZZ_ASSERT((err == MG_OK) == (g != NULL));
    if (err == MG_EINVAL) FUZZ_ASSERT(mg_diagnostics_count(d) > 0 || mg_diagnostics_dropped(d) > 0);
    for (size_t i = 0; i < mg_diagnostics_count(d); i++) {
        const mg_diagnostic *p = mg_diagnostics_get(d, i);
        FUZZ_ASSERT(p->message && *p->message);
        if (!gzip) FUZZ_ASSERT(p->line > 0 || p->path);
        char line[256];
        FUZZ_ASSERT(mg_diagnostic_format(p, line, sizeof line) >= 0);
    }
    if (g) {
        mg_graph_stats stats;
        FUZZ_ASSERT(mg_graph_get_stats(g, &stats) == MG_OK);
        FUZZ_ASSERT(stats.nodes == mg_graph_node_count(g) && stats.edges == mg_graph_edge_count(g));
        for (mg_id e = 0; e < stats.edges; e++) {
            const mg_edge *x = mg_graph_edge(g, e);
            FUZZ_ASSERT(x->source >= 0 && x->source < stats.nodes && x->target >= 0 && x->target < stats.nodes);
        }
    }
}

#endif
