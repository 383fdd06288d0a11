/*
 * xref_prefix.c - one table of cross-reference prefixes: other resources' spellings of a database
 * (Pathway Commons' "ncbi gene", "uniprot knowledgebase"; INDRA's "HGNC", "UP", "EGID"; OmniPath's
 * and Hetionet's) mapped onto identifiers.org's prefixes, which the curated graph uses, so that
 * merging aligns nodes by xref whatever format they came from. Every reader passes its keys here.
 */
#include "core/core.h"

#include <string.h>
#include <strings.h>

static const struct {
    const char *spelling;
    const char *prefix;
} prefixes[] = {
    {"ncbigene", "ncbigene"},         {"ncbi gene", "ncbigene"},     {"entrez gene", "ncbigene"},
    {"entrez", "ncbigene"},           {"entrezgene", "ncbigene"},    {"egid", "ncbigene"},
    {"geneid", "ncbigene"},           {"hgnc", "hgnc"},              {"hgnc.symbol", "hgnc.symbol"},
    {"hgnc symbol", "hgnc.symbol"},   {"uniprot", "uniprot"},        {"uniprot knowledgebase", "uniprot"},
    {"uniprotkb", "uniprot"},         {"up", "uniprot"},             {"uniprot_id", "uniprot"},
    {"chebi", "chebi"},               {"doid", "doid"},              {"disease ontology", "doid"},
    {"mesh", "mesh"},                 {"ensembl", "ensembl"},        {"mirbase", "mirbase"},
    {"mirbase.mature", "mirbase.mature"}, {"mirbasem", "mirbase.mature"}, {"pubchem.compound", "pubchem.compound"},
    {"pubchem", "pubchem.compound"},  {"pubchem-compound", "pubchem.compound"}, {"go", "go"},
    {"gene ontology", "go"},          {"reactome", "reactome"},      {"drugbank", "drugbank"},
};

const char *mg__xref_prefix(const char *key, size_t len)
{
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
        if (strlen(prefixes[i].spelling) == len && strncasecmp(prefixes[i].spelling, key, len) == 0) return prefixes[i].prefix;
    return NULL;
}
