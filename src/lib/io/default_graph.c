/*
 * default_graph.c - the curated graph (graphs/imsc_ev.json) compiled into the library, so that
 * every command works from any directory without --graph: as its image (image.c), made at build
 * time by the JSON reader (src/tools/image_gen.c), so that no start parses 325 KB of JSON.
 */
#include "io/image.h"

extern const uint32_t mg__default_image_words[];
extern const size_t mg__default_image_word_count;
extern const char mg__default_image_strings[];
extern const size_t mg__default_image_strings_size;

mg_error_t mg_graph_load_default(mg_graph **out, mg_diagnostics *diags)
{
    mg_init();
    /* reading the file gave no diagnostic at build time (the tool refuses one): none to add */
    (void)diags;
    const mg_image image = {mg__default_image_words, mg__default_image_word_count, mg__default_image_strings,
                            mg__default_image_strings_size};
    return mg__image_read(out, &image, "imsc_ev.json (built-in)");
}
