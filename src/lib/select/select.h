/*
 * select.h - what the selection files share (select/): the evidence filter a query applies (a
 * disease context, an organism). select/ uses core/ only; paths/, render/ and export use it.
 */
#ifndef MG_SELECT_H
#define MG_SELECT_H

#include "core/core.h"

/* The context and organism filters, as normalised names. */
typedef struct {
    char **context_keys; /* names the evidence's disease may have; NULL: any */
    size_t context_key_count;
    char *organism_key; /* NULL: any */
} mg_evidence_filter;

/** A filter for a context (a disease, by the evidence's wording or any name of a disease node)
 * and an organism; either may be NULL (no filter). */
mg_error_t mg__evidence_filter_init(mg_evidence_filter *f, const mg_graph *g, const char *context, const char *organism);
bool mg__evidence_filter_ok(const mg_evidence_filter *f, const mg_evidence *x);
void mg__evidence_filter_destroy(mg_evidence_filter *f);

#endif
