/* fuzz_tsv.c - a libFuzzer target for the tab-separated reader: edge lists, SIF (Pathway Commons'
 * extended SIF too) and node tables, with or without --columns, read whole and read in chunks.
 *
 * The first byte of the input chooses how the rest is read:
 *   bits 0-1  the format: 0 an edge list (MG_INPUT_TSV), 1 SIF, 2 a node table, 3 CSV (MG_INPUT_CSV)
 *   bit 2     the rest's first line is a --columns value (ROLE=COLUMN,...), not data
 *   bits 3-7  the chunk size, in bytes, for a second reading, line by line as a file is streamed
 *             (mg_graph_load_with): 1 + 3 * (byte >> 3)
 * Both readings must agree (same outcome, nodes, edges and problems), and each must end in a
 * graph or in located problems. */
#include "fuzz.h"

#include "io/io.h"

#include <string.h>

/* Reads `data` as a file is streamed: the reader sees what a buffer of `chunk` more bytes at a
 * time holds, and keeps the incomplete last line for the next round. */
static mg_error_t read_in_chunks(mg_graph **out, const char *data, size_t size, size_t chunk, mg_input_format format,
                                 const char *columns, mg_diagnostics *diags)
{
    *out = NULL;
    mg__tsv *r;
    mg_error_t err = mg__tsv_new(&r, "fuzz", format, columns, diags);
    if (err) return err;
    char *buf = malloc(size + 1);
    if (!buf) {
        mg__tsv_free(r);
        return MG_ENOMEM;
    }
    size_t len = 0, fed = 0;
    for (;;) {
        size_t n = size - fed < chunk ? size - fed : chunk;
        memcpy(buf + len, data + fed, n);
        len += n;
        fed += n;
        bool eof = fed == size;
        size_t used;
        if ((err = mg__tsv_lines(r, buf, len, eof, &used)) || eof) break;
        memmove(buf, buf + used, len - used);
        len -= used;
    }
    free(buf);
    if (err) {
        mg__tsv_free(r);
        return err;
    }
    return mg__tsv_finish(r, out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    static const mg_input_format formats[4] = {MG_INPUT_TSV, MG_INPUT_SIF, MG_INPUT_NODES, MG_INPUT_CSV};
    mg_input_format format = formats[data[0] & 3];
    size_t chunk = 1 + 3 * (size_t)(data[0] >> 3);
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    char *columns = NULL;
    if (data[0] & 4) {
        const char *nl = memchr(text, '\n', len);
        size_t n = nl ? (size_t)(nl - text) : len;
        columns = malloc(n + 1);
        if (!columns) return 0;
        memcpy(columns, text, n);
        columns[n] = '\0';
        text += nl ? n + 1 : n;
        len -= nl ? n + 1 : n;
        /* a bad --columns is a usage error, caught before any file is read (cli_load_options) */
        if (strlen(columns) != n || mg_load_columns_check(columns) != MG_OK) {
            free(columns);
            return 0;
        }
    }
    mg_graph *whole = NULL, *chunked = NULL;
    mg_diagnostics *d1 = NULL, *d2 = NULL;
    if (mg_diagnostics_new(&d1) || mg_diagnostics_new(&d2)) goto done;
    mg_error_t e1 = mg__read_tsv(&whole, text, len, "fuzz", format, columns, d1);
    fuzz_check_load(e1, whole, d1, 0);
    mg_error_t e2 = read_in_chunks(&chunked, text, len, chunk, format, columns, d2);
    fuzz_check_load(e2, chunked, d2, 0);
    FUZZ_ASSERT(e1 == e2);
    FUZZ_ASSERT(mg_diagnostics_count(d1) == mg_diagnostics_count(d2));
    FUZZ_ASSERT(mg_diagnostics_dropped(d1) == mg_diagnostics_dropped(d2));
    for (size_t i = 0; i < mg_diagnostics_count(d1); i++) {
        const mg_diagnostic *a = mg_diagnostics_get(d1, i), *b = mg_diagnostics_get(d2, i);
        FUZZ_ASSERT(a->line == b->line && a->column == b->column && strcmp(a->message, b->message) == 0);
    }
    if (whole) {
        FUZZ_ASSERT(mg_graph_node_count(whole) == mg_graph_node_count(chunked));
        FUZZ_ASSERT(mg_graph_edge_count(whole) == mg_graph_edge_count(chunked));
    }
done:
    mg_graph_free(whole);
    mg_graph_free(chunked);
    mg_diagnostics_free(d1);
    mg_diagnostics_free(d2);
    free(columns);
    return 0;
}
