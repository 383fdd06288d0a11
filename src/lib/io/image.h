/*
 * image.h - a graph as an image (image.c reads it, image_write.c writes it as C source): the
 * built-in graph, compiled into the library, is rebuilt at start without parsing JSON. The format
 * is described in image.c; reader and writer are built from the same library, so it has one
 * version at a time (the magic word changes with it).
 */
#ifndef MG_IO_IMAGE_H
#define MG_IO_IMAGE_H

#include "core/core.h"

#include <stdio.h>

#define MG_IMAGE_MAGIC 0x3169676dU /* "mgi1" */

typedef struct {
    const uint32_t *words;
    size_t word_count;
    const char *strings; /* NUL-terminated strings one after the other */
    size_t strings_size;
} mg_image;

/** Builds the graph in *out (the caller's: mg_graph_free) from `image`, whose strings it points
 * to: the image must outlive the graph (the built-in one is static). `source` is the graph's
 * source. O(image + V log V + E) with the name index; MG_ENOMEM, or MG_EINTERNAL for an image
 * that does not hold together. */
mg_error_t mg__image_read(mg_graph **out, const mg_image *image, const char *source);

/** Writes g as C source defining the image (image_write.c): `const uint32_t PREFIX_words[]`,
 * `const size_t PREFIX_word_count`, `const char PREFIX_strings[]`, `const size_t
 * PREFIX_strings_size`, its strings each once. `origin` goes into the comment at the top.
 * MG_EIO when writing fails; MG_EINVAL for a graph too large for 32-bit words. */
mg_error_t mg__image_write_c(FILE *out, const mg_graph *g, const char *prefix, const char *origin);

#endif
