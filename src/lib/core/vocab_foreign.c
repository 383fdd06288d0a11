/*
 * vocab_foreign.c - other resources' words for relations and node types, mapped onto mechgraph's
 * vocabularies: Pathway Commons' SIF interaction types, SIGNOR's effects, Hetionet's metaedges and node kinds,
 * BioPAX participant types. A word is mapped only to what it says: an unsigned word
 * ("controls-state-change-of", "interacts") becomes an unsigned relation, never a guessed sign.
 * The tables are documented in docs/format.md.
 */
#include "core/core.h"

#include <string.h>
#include <strings.h>

/* Pathway Commons SIF (https://www.pathwaycommons.org/pc2/formats#sif_relations). The "-by"
 * types name the controlled participant first, so their edges are turned around. */
static const struct {
    const char *word;
    mg_relation rel;
    bool reversed;
} pc_types[] = {
    {"controls-state-change-of", MG_REL_REGULATES, false},
    {"controls-transport-of", MG_REL_REGULATES, false},
    {"controls-phosphorylation-of", MG_REL_REGULATES, false},
    {"controls-expression-of", MG_REL_REGULATES, false},
    {"controls-production-of", MG_REL_REGULATES, false},
    {"controls-transport-of-chemical", MG_REL_REGULATES, false},
    {"consumption-controlled-by", MG_REL_REGULATES, true},
    {"chemical-affects", MG_REL_REGULATES, false},
    {"catalysis-precedes", MG_REL_ASSOCIATED_WITH, false},
    {"in-complex-with", MG_REL_ASSOCIATED_WITH, false},
    {"interacts-with", MG_REL_ASSOCIATED_WITH, false},
    {"neighbor-of", MG_REL_ASSOCIATED_WITH, false},
    {"reacts-with", MG_REL_ASSOCIATED_WITH, false},
    {"used-to-produce", MG_REL_ASSOCIATED_WITH, false},
};

bool mg__relation_from_pathway_commons(mg_relation *out, bool *reversed, const char *word)
{
    for (size_t i = 0; i < sizeof pc_types / sizeof *pc_types; i++) {
        if (strcasecmp(pc_types[i].word, word) == 0) {
            *out = pc_types[i].rel;
            *reversed = pc_types[i].reversed;
            return true;
        }
    }
    return false;
}

/* SIGNOR's EFFECT column (the all-data TSV, https://signor.uniroma2.it/downloads.php): an effect
 * on activity is activation or inhibition, one on quantity (expression, stability) up- or
 * downregulation; "unknown" keeps no sign and "form complex" is an association. */
static const struct {
    const char *word;
    mg_relation rel;
} signor_effects[] = {
    {"up-regulates", MG_REL_UPREGULATES},
    {"up-regulates activity", MG_REL_ACTIVATES},
    {"up-regulates quantity", MG_REL_UPREGULATES},
    {"up-regulates quantity by expression", MG_REL_UPREGULATES},
    {"up-regulates quantity by stabilization", MG_REL_UPREGULATES},
    {"down-regulates", MG_REL_DOWNREGULATES},
    {"down-regulates activity", MG_REL_INHIBITS},
    {"down-regulates quantity", MG_REL_DOWNREGULATES},
    {"down-regulates quantity by destabilization", MG_REL_DOWNREGULATES},
    {"down-regulates quantity by repression", MG_REL_DOWNREGULATES},
    {"unknown", MG_REL_REGULATES},
    {"form complex", MG_REL_ASSOCIATED_WITH},
};

bool mg__relation_from_signor(mg_relation *out, const char *effect)
{
    for (size_t i = 0; i < sizeof signor_effects / sizeof *signor_effects; i++) {
        if (strcasecmp(signor_effects[i].word, effect) == 0) {
            *out = signor_effects[i].rel;
            return true;
        }
    }
    return false;
}

/* Hetionet v1.0's 24 metaedges by abbreviation (metaedges.tsv). Up- and downregulation of a
 * gene's expression keep their sign; "treats" and "palliates" are a drug lessening a disease
 * (alleviates); participation in a process, pathway, function or component is membership. */
static const struct {
    const char *abbreviation;
    mg_relation rel;
} metaedges[] = {
    {"AdG", MG_REL_DOWNREGULATES}, {"AeG", MG_REL_ASSOCIATED_WITH}, {"AuG", MG_REL_UPREGULATES},
    {"CbG", MG_REL_ASSOCIATED_WITH}, {"CcSE", MG_REL_PROMOTES},      {"CdG", MG_REL_DOWNREGULATES},
    {"CpD", MG_REL_ALLEVIATES},      {"CrC", MG_REL_ASSOCIATED_WITH}, {"CtD", MG_REL_ALLEVIATES},
    {"CuG", MG_REL_UPREGULATES},     {"DaG", MG_REL_ASSOCIATED_WITH}, {"DdG", MG_REL_DOWNREGULATES},
    {"DlA", MG_REL_ASSOCIATED_WITH}, {"DpS", MG_REL_ASSOCIATED_WITH}, {"DrD", MG_REL_ASSOCIATED_WITH},
    {"DuG", MG_REL_UPREGULATES},     {"GcG", MG_REL_ASSOCIATED_WITH}, {"GiG", MG_REL_ASSOCIATED_WITH},
    {"GpBP", MG_REL_PART_OF},        {"GpCC", MG_REL_PART_OF},        {"GpMF", MG_REL_PART_OF},
    {"GpPW", MG_REL_PART_OF},        {"Gr>G", MG_REL_REGULATES},      {"PCiC", MG_REL_ASSOCIATED_WITH},
};

bool mg__relation_from_metaedge(mg_relation *out, const char *abbreviation)
{
    for (size_t i = 0; i < sizeof metaedges / sizeof *metaedges; i++) {
        if (strcmp(metaedges[i].abbreviation, abbreviation) == 0) {
            *out = metaedges[i].rel;
            return true;
        }
    }
    return false;
}

/* Node kinds: Hetionet's metanodes and BioPAX's participant types. Kinds with no mechgraph type
 * (Side Effect, Symptom, Cellular Component, Molecular Function, Pharmacologic Class) stay
 * entities; the reader keeps the kind in the node's note. */
static const struct {
    const char *kind;
    mg_node_type type;
} kinds[] = {
    {"Gene", MG_NODE_GENE},         {"Compound", MG_NODE_CHEMICAL}, {"Disease", MG_NODE_DISEASE},
    {"Anatomy", MG_NODE_ANATOMY},   {"Biological Process", MG_NODE_PROCESS}, {"Pathway", MG_NODE_PATHWAY},
    {"protein", MG_NODE_GENE},      {"ProteinReference", MG_NODE_GENE}, {"SmallMoleculeReference", MG_NODE_CHEMICAL},
    {"SmallMolecule", MG_NODE_CHEMICAL}, {"Complex", MG_NODE_COMPLEX}, {"RnaReference", MG_NODE_RNA},
    {"DnaReference", MG_NODE_GENE}, {"miRNA", MG_NODE_MIRNA},
};

bool mg__node_type_from_kind(mg_node_type *out, const char *kind)
{
    if (mg_node_type_parse(out, kind) == MG_OK) return true;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        if (strcasecmp(kinds[i].kind, kind) == 0) {
            *out = kinds[i].type;
            return true;
        }
    }
    return false;
}
