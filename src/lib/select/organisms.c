/*
 * organisms.c - the organisms a selection knows by more than one name: common name, Latin name,
 * abbreviated Latin name and plural, so that `--organism "Homo sapiens"` finds the evidence the
 * curated graph writes `human`. An organism the table lacks is compared by its name as written.
 */
#include "select/select.h"

#include <string.h>

/* The common name first (the one the curated graph writes and errors show), then the others.
 * The curated graph has mouse, rat and human; the rest are the model organisms other graphs
 * (Hetionet, Pathway Commons, an import) are likely to write. Keys are compared normalised, so
 * "H. sapiens", "h sapiens" and "Homo-sapiens" are one name. */
static const char *const organisms[][6] = {
    {"human", "humans", "Homo sapiens", "H. sapiens", NULL, NULL},
    {"mouse", "mice", "Mus musculus", "M. musculus", "murine", NULL},
    {"rat", "rats", "Rattus norvegicus", "R. norvegicus", NULL, NULL},
    {"pig", "pigs", "Sus scrofa", "S. scrofa", "porcine", "swine"},
    {"rabbit", "rabbits", "Oryctolagus cuniculus", "O. cuniculus", NULL, NULL},
    {"dog", "dogs", "Canis familiaris", "Canis lupus familiaris", "canine", NULL},
    {"sheep", "Ovis aries", "O. aries", "ovine", NULL, NULL},
    {"monkey", "monkeys", "Macaca mulatta", "rhesus macaque", "macaque", "non-human primate"},
    {"zebrafish", "Danio rerio", "D. rerio", NULL, NULL, NULL},
    {"chicken", "Gallus gallus", "G. gallus", NULL, NULL, NULL},
    {"fruit fly", "Drosophila melanogaster", "D. melanogaster", "Drosophila", NULL, NULL},
    {"nematode", "Caenorhabditis elegans", "C. elegans", NULL, NULL, NULL},
    {"yeast", "Saccharomyces cerevisiae", "S. cerevisiae", NULL, NULL, NULL},
};

#define ROWS (sizeof organisms / sizeof *organisms)
#define NAMES (sizeof *organisms / sizeof **organisms)

static bool same_key(const char *key, const char *name, char *buf, size_t size)
{
    size_t n = mg_name_normalize(name, buf, size);
    return n < size && strcmp(key, buf) == 0;
}

int mg__organism_class(const char *key)
{
    char buf[64];
    for (size_t r = 0; r < ROWS; r++)
        for (size_t k = 0; k < NAMES && organisms[r][k]; k++)
            if (same_key(key, organisms[r][k], buf, sizeof buf)) return (int)r;
    return -1;
}

const char *mg__organism_common_name(int cls)
{
    return cls >= 0 && (size_t)cls < ROWS ? organisms[cls][0] : NULL;
}

size_t mg__organism_distance(int cls, const char *key, size_t cap)
{
    size_t best = cap + 1;
    char buf[64];
    for (size_t k = 0; cls >= 0 && (size_t)cls < ROWS && k < NAMES && organisms[cls][k]; k++) {
        size_t n = mg_name_normalize(organisms[cls][k], buf, sizeof buf);
        size_t d = mg__edit_distance(key, strlen(key), buf, n < sizeof buf ? n : sizeof buf - 1, cap);
        if (d < best) best = d;
    }
    return best;
}
