/*
 * select.c - selections of nodes and edges for pictures and exports: the mechanisms studied in a
 * disease, and one study's mechanism.
 */
#include "select/select.h"

#include <string.h>
#include <strings.h>

static void mark(bool *nodes, bool *edges, size_t *count, const mg_edge *e, mg_id id)
{
    if (!edges[id]) (*count)++;
    edges[id] = true;
    nodes[e->source] = nodes[e->target] = true;
}

mg_error_t mg_select_context(bool *nodes, bool *edges, size_t *count, const mg_graph *graph, const char *disease)
{
    mg_init();
    mg_evidence_filter f;
    mg_error_t err = mg__evidence_filter_init(&f, graph, disease, NULL);
    if (err) return err;
    *count = 0;
    for (mg_id i = 0; i < mg_graph_edge_count(graph); i++) {
        const mg_edge *e = mg_graph_edge(graph, i);
        for (size_t k = 0; k < e->evidence_count; k++) {
            if (mg__evidence_filter_ok(&f, &e->evidence[k])) {
                mark(nodes, edges, count, e, i);
                break;
            }
        }
    }
    mg__evidence_filter_destroy(&f);
    return MG_OK;
}

mg_error_t mg_select_study(bool *nodes, bool *edges, size_t *count, const mg_graph *graph, const char *study)
{
    mg_init();
    *count = 0;
    /* a DOI is compared without case (DOIs are case-insensitive) and without a resolver prefix */
    const char *doi = study;
    if (strncasecmp(doi, "https://doi.org/", 16) == 0) doi += 16;
    else if (strncasecmp(doi, "doi:", 4) == 0) doi += 4;
    for (mg_id i = 0; i < mg_graph_edge_count(graph); i++) {
        const mg_edge *e = mg_graph_edge(graph, i);
        for (size_t k = 0; k < e->evidence_count; k++) {
            const mg_reference *r = e->evidence[k].ref;
            if (strcmp(r->id, study) == 0 || (r->doi && strcasecmp(r->doi, doi) == 0)) {
                mark(nodes, edges, count, e, i);
                break;
            }
        }
    }
    return MG_OK;
}
