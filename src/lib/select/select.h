/*
 * select.h - what the selection files share (select/): the one evidence filter every query and
 * selection applies (a disease context, an organism, a system, cells, a study, a review, no
 * cautioned evidence), the organism names, and the checks that a value matches something.
 * select/ uses core/ only; paths/, render/ and export use it.
 */
#ifndef MG_SELECT_H
#define MG_SELECT_H

#include "core/core.h"

/* System bits: what a system word says the evidence was studied in. */
#define MG__SYSTEM_IN_VIVO 1u
#define MG__SYSTEM_IN_VITRO 2u

/* The evidence criteria of a selection, as normalised names (mg_name_normalize). */
typedef struct {
    char **context_keys; /* names the evidence's disease may have; NULL: any */
    size_t context_key_count;
    char *organism_key;  /* NULL: any */
    int organism_class;  /* the organism's row in the table of organisms.c, or -1 (compared as a name) */
    char *system_key;    /* NULL: any */
    unsigned system_bits; /* MG__SYSTEM_* the system asks for; 0: compared as a name */
    char **cell_words;   /* the words the evidence's cells must contain, in order; NULL: any */
    size_t cell_word_count;
    char *study;         /* a reference id, or a DOI without resolver (compared without case); NULL: any */
    char *review;        /* the same for the review */
    bool no_cautioned;   /* leave out evidence with a caution of its own */
} mg_evidence_filter;

/** A filter for a context (a disease, by the evidence's wording or any name of a disease node)
 * and an organism; either may be NULL (no filter). Values are not checked. */
mg_error_t mg__evidence_filter_init(mg_evidence_filter *f, const mg_graph *g, const char *context, const char *organism);
/** A filter for every evidence criterion of `o` (min_studies is the selection's, not the
 * filter's). Values are not checked: mg__select_check does. */
mg_error_t mg__evidence_filter_init_with(mg_evidence_filter *f, const mg_graph *g, const mg_select_options *o);
/** Whether the filter has any criterion. */
bool mg__evidence_filter_active(const mg_evidence_filter *f);
bool mg__evidence_filter_ok(const mg_evidence_filter *f, const mg_evidence *x);
void mg__evidence_filter_destroy(mg_evidence_filter *f);

/* The parts of the filter, each alone: what mg__select_check tests every value with. */
bool mg__filter_context_ok(const mg_evidence_filter *f, const mg_evidence *x);
bool mg__filter_organism_ok(const mg_evidence_filter *f, const mg_evidence *x);
bool mg__filter_system_ok(const mg_evidence_filter *f, const mg_evidence *x);
bool mg__filter_cell_ok(const mg_evidence_filter *f, const mg_evidence *x);
bool mg__filter_study_ok(const mg_evidence_filter *f, const mg_evidence *x);
bool mg__filter_review_ok(const mg_evidence_filter *f, const mg_evidence *x);

/* ---- organisms.c: common and Latin names ---- */

/** The row of the organism table `name` names (normalised key), or -1. O(table). */
int mg__organism_class(const char *key);
/** The common name of row `cls` ("human"). */
const char *mg__organism_common_name(int cls);
/** The smallest edit distance between `key` and any name of row `cls` (normalised), capped. */
size_t mg__organism_distance(int cls, const char *key, size_t cap);

/* ---- select_check.c ---- */

/**
 * MG_ENOTFOUND, with a message listing the graph's values closest first, for the first value of
 * `o` that no evidence of the graph (or, min_studies, no edge) matches; MG_OK when each matches
 * something. Time: O(criteria x evidence x K), K the context's names.
 */
mg_error_t mg__select_check(const mg_graph *g, const mg_select_options *o, const mg_evidence_filter *f);

#endif
