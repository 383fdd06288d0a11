/* fuzz_roundtrip.c - a libFuzzer target for every export-then-read pair: the first byte picks the
 * reader the rest is read with (mechgraph-1 JSON, TSV, SIF, GraphML, Cytoscape.js JSON, INDRA,
 * SBML-qual), the second the format it is exported to (each format mechgraph reads back: JSON,
 * GraphML, Cytoscape.js, SIF, TSV, SBML-qual). A graph that loads must export, and what it
 * exports must load again (issue 24: a '#' id made a TSV row a comment, a TSV weight was too
 * large for JSON), with as many edges (but for SBML-qual, which keeps one transition per signed
 * pair, and SIF, which has no parallel edges of one relation), and, for the formats that carry
 * every node, as many nodes (an empty export, a graph without nodes as SIF, is not read back:
 * readers refuse an empty file). Files go to a temporary folder. */
#define _GNU_SOURCE /* mkdtemp */
#include "fuzz.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const mg_input_format readers[] = {MG_INPUT_JSON, MG_INPUT_TSV,  MG_INPUT_SIF, MG_INPUT_GRAPHML,
                                          MG_INPUT_CYJS, MG_INPUT_INDRA, MG_INPUT_SBML};
static const struct {
    mg_export_format format;
    const char *file; /* the name tells the reader */
    bool every_node, every_edge;
} writers[] = {{MG_EXPORT_JSON, "rt.json", true, true},  {MG_EXPORT_GRAPHML, "rt.graphml", true, true},
               {MG_EXPORT_CYJS, "rt.cyjs", true, true},  {MG_EXPORT_TSV, "rt.tsv", false, true},
               {MG_EXPORT_SIF, "rt.sif", true, false},   {MG_EXPORT_SBML_QUAL, "rt.sbml", true, false}};

#define COUNT(a) (sizeof a / sizeof *a)

static char folder[] = "/tmp/mg-fuzz-rt-XXXXXX";

static void remove_folder(void)
{
    for (size_t i = 0; i < COUNT(writers); i++) {
        char path[sizeof folder + 16];
        snprintf(path, sizeof path, "%s/%s", folder, writers[i].file);
        unlink(path);
    }
    rmdir(folder);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;
    if (!ready) {
        ready = mkdtemp(folder) && chdir(folder) == 0 ? 1 : -1;
        if (ready > 0) atexit(remove_folder);
    }
    if (ready < 0 || size < 2) return 0;
    mg_input_format in = readers[data[0] % COUNT(readers)];
    size_t w = data[1] % COUNT(writers);
    mg_graph *g = NULL, *back = NULL;
    mg_diagnostics *d = NULL;
    if (mg_diagnostics_new(&d)) return 0;
    mg_error_t err = mg_graph_load_buffer(&g, (const char *)data + 2, size - 2, "fuzz", in, d);
    if (!err) {
        err = mg_export(g, writers[w].format, writers[w].file);
        if (err) fprintf(stderr, "export to %s: %s\n", writers[w].file, mg_last_error());
        FUZZ_ASSERT(err == MG_OK);
        mg_diagnostics_free(d);
        d = NULL;
        FUZZ_ASSERT(mg_diagnostics_new(&d) == MG_OK);
        /* a graph without nodes exports to an empty SIF, which readers refuse as a likely
         * mistake ("empty file"): the one export that is not read back, by design */
        struct stat st;
        if (stat(writers[w].file, &st) == 0 && st.st_size == 0) {
            unlink(writers[w].file);
            goto done;
        }
        err = mg_graph_load(&back, writers[w].file, MG_INPUT_AUTO, d);
        /* known and open: mechgraph-1 JSON wants ids distinct after normalisation ('a' and 'A'
         * are one name there), the other formats only distinct (docs/reliability.md) */
        if (err == MG_EINVAL && writers[w].format == MG_EXPORT_JSON && mg_diagnostics_count(d) &&
            strstr(mg_diagnostics_get(d, 0)->message, "is the same name as")) {
            unlink(writers[w].file);
            goto done;
        }
        if (err) {
            char line[512];
            for (size_t i = 0; i < mg_diagnostics_count(d); i++) {
                mg_diagnostic_format(mg_diagnostics_get(d, i), line, sizeof line);
                fprintf(stderr, "%s\n", line);
            }
        }
        FUZZ_ASSERT(err == MG_OK);
        if (writers[w].every_edge) FUZZ_ASSERT(mg_graph_edge_count(back) == mg_graph_edge_count(g));
        if (writers[w].every_node) FUZZ_ASSERT(mg_graph_node_count(back) == mg_graph_node_count(g));
        unlink(writers[w].file);
    }
done:
    mg_graph_free(g);
    mg_graph_free(back);
    mg_diagnostics_free(d);
    return 0;
}
