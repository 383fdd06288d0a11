/*
 * select.c - marks on node and edge arrays for pictures: the mechanisms studied in a disease, and
 * one study's mechanism, through the same evidence filter as every selection.
 */
#include "select/select.h"

#include <string.h>

/* Marks every edge with a piece of evidence the filter keeps, and its ends. */
static void mark_passing(bool *nodes, bool *edges, size_t *count, const mg_graph *graph, const mg_evidence_filter *f)
{
    *count = 0;
    for (mg_id i = 0; i < mg_graph_edge_count(graph); i++) {
        const mg_edge *e = mg_graph_edge(graph, i);
        for (size_t k = 0; k < e->evidence_count; k++) {
            if (!mg__evidence_filter_ok(f, &e->evidence[k])) continue;
            if (!edges[i]) (*count)++;
            edges[i] = true;
            nodes[e->source] = nodes[e->target] = true;
            break;
        }
    }
}

static mg_error_t select_marks(bool *nodes, bool *edges, size_t *count, const mg_graph *graph,
                               const mg_select_options *o)
{
    mg_init();
    mg_evidence_filter f;
    mg_error_t err = mg__evidence_filter_init_with(&f, graph, o);
    if (err) return err;
    mark_passing(nodes, edges, count, graph, &f);
    mg__evidence_filter_destroy(&f);
    return MG_OK;
}

mg_error_t mg_select_context(bool *nodes, bool *edges, size_t *count, const mg_graph *graph, const char *disease)
{
    mg_select_options o = MG_SELECT_OPTIONS_INIT;
    o.context = disease;
    return select_marks(nodes, edges, count, graph, &o);
}

mg_error_t mg_select_study(bool *nodes, bool *edges, size_t *count, const mg_graph *graph, const char *study)
{
    mg_select_options o = MG_SELECT_OPTIONS_INIT;
    o.study = study;
    return select_marks(nodes, edges, count, graph, &o);
}
