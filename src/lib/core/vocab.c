/*
 * vocab.c - the closed vocabularies of node types and relations, their signs and descriptions,
 * and the "did you mean" helper used for every unknown word a user or a file gives.
 */
#include "core/core.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const struct {
    const char *name;
    const char *description;
} node_types[MG_NODE_TYPE_COUNT] = {
    [MG_NODE_CELL] = {"cell", "a cell type or state, including therapeutic cells and their variants (iMSC, Th17)"},
    [MG_NODE_VESICLE] = {"vesicle", "an extracellular vesicle population (iMSC-EV, iMSC-exosome)"},
    [MG_NODE_MIRNA] = {"mirna", "a microRNA, by its miRBase name (miR-105-5p)"},
    [MG_NODE_RNA] = {"rna", "another RNA: lncRNA, siRNA, mRNA (siShn3)"},
    [MG_NODE_GENE] = {"gene", "a gene or its protein, HGNC symbol as id (SIRT6, PTGS2)"},
    [MG_NODE_COMPLEX] = {"complex", "a protein complex or family acting as one (ERK1/2, 26S proteasome), or a combination whose parts the source reports acting only together"},
    [MG_NODE_CHEMICAL] = {"chemical", "a small molecule or metabolite (S1P, GSH)"},
    [MG_NODE_PATHWAY] = {"pathway", "a signalling pathway (PI3K/AKT pathway, NF-kappaB)"},
    [MG_NODE_PROCESS] = {"process", "a biological process or cellular phenotype (angiogenesis, senescence)"},
    [MG_NODE_DISEASE] = {"disease", "a disease, injury or disease model (IVDD, renal I/R injury)"},
    [MG_NODE_INTERVENTION] = {"intervention", "a treatment or condition applied by the experimenter (hypoxia)"},
    [MG_NODE_ANATOMY] = {"anatomy", "a tissue or organ whose state is reported (periodontal tissue)"},
    [MG_NODE_ENTITY] = {"entity", "a node whose type its source does not state (edge lists)"},
};

static const struct {
    const char *name;
    mg_sign sign;
    const char *description;
} relations[MG_RELATION_COUNT] = {
    [MG_REL_DELIVERS] = {"delivers", MG_SIGN_POSITIVE, "a vesicle carries cargo into target cells"},
    [MG_REL_SECRETES] = {"secretes", MG_SIGN_POSITIVE, "a cell releases a vesicle or soluble factor"},
    [MG_REL_PRODUCES] = {"produces", MG_SIGN_POSITIVE, "an enzyme or cell makes a molecule"},
    [MG_REL_ACTIVATES] = {"activates", MG_SIGN_POSITIVE, "raises activity"},
    [MG_REL_UPREGULATES] = {"upregulates", MG_SIGN_POSITIVE, "raises expression or abundance"},
    [MG_REL_INCREASES] = {"increases", MG_SIGN_POSITIVE, "raises a quantity, cell population or process"},
    [MG_REL_PROMOTES] = {"promotes", MG_SIGN_POSITIVE, "favours a process or phenotype"},
    [MG_REL_DRIVES] = {"drives", MG_SIGN_POSITIVE, "a process or factor causes or worsens a disease"},
    [MG_REL_INHIBITS] = {"inhibits", MG_SIGN_NEGATIVE, "lowers activity"},
    [MG_REL_DOWNREGULATES] = {"downregulates", MG_SIGN_NEGATIVE, "lowers expression or abundance"},
    [MG_REL_DECREASES] = {"decreases", MG_SIGN_NEGATIVE, "lowers a quantity, cell population or process"},
    [MG_REL_ALLEVIATES] = {"alleviates", MG_SIGN_NEGATIVE, "a treatment lessens a disease (study outcome)"},
    [MG_REL_REGULATES] = {"regulates", MG_SIGN_NONE, "modulates, direction of effect not stated"},
    [MG_REL_ASSOCIATED_WITH] = {"associated_with", MG_SIGN_NONE, "linked, no causal direction stated"},
    [MG_REL_IS_A] = {"is_a", MG_SIGN_STRUCTURAL, "a variant or subtype of its parent"},
    [MG_REL_PART_OF] = {"part_of", MG_SIGN_STRUCTURAL, "a member of a pathway or complex"},
    [MG_REL_DERIVED_FROM] = {"derived_from", MG_SIGN_STRUCTURAL, "made from the target"},
};

const char *mg_node_type_name(mg_node_type type)
{
    return (unsigned)type < MG_NODE_TYPE_COUNT ? node_types[type].name : NULL;
}

const char *mg_node_type_description(mg_node_type type)
{
    return (unsigned)type < MG_NODE_TYPE_COUNT ? node_types[type].description : NULL;
}

mg_error_t mg_node_type_parse(mg_node_type *out, const char *name)
{
    for (int i = 0; i < MG_NODE_TYPE_COUNT; i++) {
        if (strcmp(node_types[i].name, name) == 0) {
            *out = (mg_node_type)i;
            return MG_OK;
        }
    }
    return mg__fail(MG_EINVAL, "unknown node type '%s'", name);
}

const char *mg_relation_name(mg_relation rel)
{
    return (unsigned)rel < MG_RELATION_COUNT ? relations[rel].name : NULL;
}

const char *mg_relation_description(mg_relation rel)
{
    return (unsigned)rel < MG_RELATION_COUNT ? relations[rel].description : NULL;
}

mg_sign mg_relation_sign(mg_relation rel)
{
    return (unsigned)rel < MG_RELATION_COUNT ? relations[rel].sign : MG_SIGN_NONE;
}

mg_error_t mg_relation_parse(mg_relation *out, const char *name)
{
    for (int i = 0; i < MG_RELATION_COUNT; i++) {
        if (strcmp(relations[i].name, name) == 0) {
            *out = (mg_relation)i;
            return MG_OK;
        }
    }
    return mg__fail(MG_EINVAL, "unknown relation '%s'", name);
}

size_t mg__edit_distance(const char *a, size_t alen, const char *b, size_t blen, size_t cap)
{
    if ((alen > blen ? alen - blen : blen - alen) > cap) return cap + 1;
    size_t *row = malloc((blen + 1) * sizeof *row);
    if (!row) return cap + 1;
    for (size_t j = 0; j <= blen; j++) row[j] = j;
    for (size_t i = 1; i <= alen; i++) {
        size_t diag = row[0], best = i;
        row[0] = i;
        for (size_t j = 1; j <= blen; j++) {
            size_t up = row[j];
            size_t cost = diag + (a[i - 1] != b[j - 1]);
            size_t v = up + 1 < row[j - 1] + 1 ? up + 1 : row[j - 1] + 1;
            row[j] = v < cost ? v : cost;
            if (row[j] < best) best = row[j];
            diag = up;
        }
        if (best > cap) {
            free(row);
            return cap + 1;
        }
    }
    size_t d = row[blen];
    free(row);
    return d;
}

const char *mg__closest_word(const char *word, const char *const *words, size_t n)
{
    size_t len = strlen(word);
    size_t cap = len < 6 ? 2 : len / 3; /* short words: a typo or two; longer ones: a third */
    const char *best = NULL;
    size_t best_d = cap + 1;
    for (size_t i = 0; i < n; i++) {
        size_t d = mg__edit_distance(word, len, words[i], strlen(words[i]), cap);
        if (d < best_d) {
            best_d = d;
            best = words[i];
        }
    }
    return best;
}

const char *mg__closest_relation(const char *word)
{
    const char *names[MG_RELATION_COUNT];
    for (int i = 0; i < MG_RELATION_COUNT; i++) names[i] = relations[i].name;
    return mg__closest_word(word, names, MG_RELATION_COUNT);
}

const char *mg__closest_node_type(const char *word)
{
    const char *names[MG_NODE_TYPE_COUNT];
    for (int i = 0; i < MG_NODE_TYPE_COUNT; i++) names[i] = node_types[i].name;
    return mg__closest_word(word, names, MG_NODE_TYPE_COUNT);
}

/* Words that signalling tables use for a sign, mapped to our relations. Case is ignored. */
static const struct {
    const char *word;
    mg_relation rel;
} sign_words[] = {
    {"+", MG_REL_ACTIVATES},           {"+1", MG_REL_ACTIVATES},         {"->", MG_REL_ACTIVATES},
    {"activation", MG_REL_ACTIVATES},  {"activate", MG_REL_ACTIVATES},   {"stimulation", MG_REL_ACTIVATES},
    {"stimulates", MG_REL_ACTIVATES},  {"positive", MG_REL_ACTIVATES},   {"up", MG_REL_UPREGULATES},
    {"upregulation", MG_REL_UPREGULATES}, {"induction", MG_REL_UPREGULATES},
    {"-", MG_REL_INHIBITS},            {"-1", MG_REL_INHIBITS},          {"-|", MG_REL_INHIBITS},
    {"inhibition", MG_REL_INHIBITS},   {"inhibit", MG_REL_INHIBITS},     {"repression", MG_REL_INHIBITS},
    {"represses", MG_REL_INHIBITS},    {"negative", MG_REL_INHIBITS},    {"down", MG_REL_DOWNREGULATES},
    {"downregulation", MG_REL_DOWNREGULATES},
    {"unknown", MG_REL_REGULATES},     {"regulation", MG_REL_REGULATES},
};

bool mg__relation_from_word(mg_relation *out, const char *word, bool numbers_are_signs)
{
    if (mg_relation_parse(out, word) == MG_OK) return true;
    for (size_t i = 0; i < sizeof sign_words / sizeof *sign_words; i++) {
        if (strcasecmp(sign_words[i].word, word) == 0) {
            *out = sign_words[i].rel;
            return true;
        }
    }
    if (numbers_are_signs) {
        if (strcmp(word, "1") == 0) *out = MG_REL_ACTIVATES;
        else if (strcmp(word, "0") == 0) *out = MG_REL_REGULATES;
        else return false;
        return true;
    }
    return false;
}

int mg__word_index(const char *const *words, size_t n, const char *word, bool fold)
{
    for (size_t i = 0; i < n; i++)
        if ((fold ? strcasecmp(words[i], word) : strcmp(words[i], word)) == 0) return (int)i;
    return -1;
}
