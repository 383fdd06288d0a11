/*
 * image_gen.c - the build's tool that turns a mechgraph-1 JSON file into the C source of its
 * image (src/lib/io/image.c): the built-in graph is read here once, by the library's own JSON
 * reader, instead of at every start. A file with any diagnostic, even a warning, is refused, so
 * that the image gives exactly what reading the file gives.
 * usage: mechgraph_image_gen INPUT.json OUTPUT.c PREFIX
 */
#include "io/image.h"
#include "io/io.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    char *data = NULL;
    size_t cap = 0, len = 0;
    if (!f) return NULL;
    for (;;) {
        if (len == cap) {
            char *grown = realloc(data, cap = cap ? 2 * cap : 1 << 20);
            if (!grown) break;
            data = grown;
        }
        size_t got = fread(data + len, 1, cap - len, f);
        len += got;
        if (got == 0) break;
    }
    bool ok = !ferror(f) && len < cap;
    fclose(f);
    if (!ok) {
        free(data);
        return NULL;
    }
    *size = len;
    return data;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: mechgraph_image_gen INPUT.json OUTPUT.c PREFIX\n");
        return 2;
    }
    size_t size = 0;
    char *data = slurp(argv[1], &size);
    if (!data) {
        fprintf(stderr, "mechgraph_image_gen: unable to read '%s'\n", argv[1]);
        return 1;
    }
    mg_diagnostics *diags = NULL;
    mg_graph *g = NULL;
    mg_error_t err = mg_diagnostics_new(&diags);
    if (!err) err = mg__read_json(&g, data, size, argv[1], diags);
    for (size_t i = 0; diags && i < mg_diagnostics_count(diags); i++) {
        const mg_diagnostic *d = mg_diagnostics_get(diags, i);
        fprintf(stderr, "%s:%d:%d: %s\n", d->file ? d->file : argv[1], d->line, d->column, d->message);
    }
    if (!err && mg_diagnostics_count(diags))
        err = mg__fail(MG_EINVAL, "'%s' has diagnostics: its image would not be what reading it gives", argv[1]);
    FILE *out = NULL;
    char *tmp = NULL;
    if (!err) {
        size_t n = strlen(argv[2]) + 5;
        if (!(tmp = malloc(n))) err = mg__fail(MG_ENOMEM, "out of memory");
        else snprintf(tmp, n, "%s.tmp", argv[2]);
    }
    if (!err && !(out = fopen(tmp, "w"))) err = mg__fail(MG_EIO, "unable to write '%s'", tmp);
    const char *base = strrchr(argv[1], '/');
    if (!err) err = mg__image_write_c(out, g, argv[3], base ? base + 1 : argv[1]);
    if (out && fclose(out) && !err) err = mg__fail(MG_EIO, "unable to write '%s'", tmp);
    if (!err && rename(tmp, argv[2])) err = mg__fail(MG_EIO, "unable to write '%s'", argv[2]);
    if (err) {
        fprintf(stderr, "mechgraph_image_gen: %s\n", mg_last_error());
        if (tmp) remove(tmp);
    }
    free(tmp);
    free(data);
    mg_graph_free(g);
    mg_diagnostics_free(diags);
    return err ? 1 : 0;
}
