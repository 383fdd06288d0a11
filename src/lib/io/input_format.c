/*
 * input_format.c - the names of the input formats, as a --from option takes them. One table,
 * indexed by mg_input_format: a new format appends its name here and its reader in io_file.c.
 */
#include "io/io.h"

#include <string.h>

static const char *const input_names[] = {
    [MG_INPUT_AUTO] = "auto",       [MG_INPUT_JSON] = "json", [MG_INPUT_TSV] = "tsv", [MG_INPUT_SIF] = "sif",
    [MG_INPUT_GRAPHML] = "graphml", [MG_INPUT_CYJS] = "cyjs",  [MG_INPUT_NODES] = "nodes",
    [MG_INPUT_CSV] = "csv",         [MG_INPUT_INDRA] = "indra", [MG_INPUT_SBML] = "sbml",
};

#define INPUT_COUNT (sizeof input_names / sizeof *input_names)

const char *mg_input_format_name(mg_input_format format)
{
    return (unsigned)format < INPUT_COUNT ? input_names[format] : NULL;
}

mg_error_t mg_input_format_parse(mg_input_format *out, const char *name)
{
    int i = mg__word_index(input_names, INPUT_COUNT, name, true);
    if (i >= 0) return *out = (mg_input_format)i, MG_OK;
    char list[256] = "";
    for (size_t k = 1; k < INPUT_COUNT; k++) { /* "auto" is the default, not a format to offer */
        if (k > 1) strncat(list, k + 1 == INPUT_COUNT ? " or " : ", ", sizeof list - strlen(list) - 1);
        strncat(list, input_names[k], sizeof list - strlen(list) - 1);
    }
    const char *near = mg__closest_word(name, input_names, INPUT_COUNT);
    if (near) return mg__fail(MG_EINVAL, "unknown input format '%s' (did you mean '%s'?)", name, near);
    return mg__fail(MG_EINVAL, "unknown input format '%s' (expected %s)", name, list);
}
