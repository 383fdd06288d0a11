/*
 * comparisons.c - the graph's comparisons (docs/format.md, "Comparisons"): head-to-head findings
 * kept beside the edges, never walked as edges. Readers append them; commands read them here.
 */
#include "core/core.h"

#include <string.h>

static const char *const direction_names[] = {"less", "similar", "greater"}; /* by direction + 1 */

mg_error_t mg__graph_add_comparison(mg_graph *g, mg_comparison **cmp)
{
    mg_error_t err = mg__reserve((void **)&g->cmps, &g->cmp_capacity, g->cmp_count + 1, sizeof *g->cmps);
    if (err) return err;
    *cmp = &g->cmps[g->cmp_count++];
    memset(*cmp, 0, sizeof **cmp);
    (*cmp)->aspect = -1;
    return MG_OK;
}

size_t mg_graph_comparison_count(const mg_graph *graph) { return graph->cmp_count; }

const mg_comparison *mg_graph_comparison(const mg_graph *graph, size_t i)
{
    return i < graph->cmp_count ? &graph->cmps[i] : NULL;
}

const char *mg_comparison_aspect(const mg_graph *graph, const mg_comparison *c)
{
    const mg_node *n = mg_graph_node(graph, c->aspect);
    return n ? n->label : c->aspect_text ? c->aspect_text : "";
}

const char *mg_compare_direction_name(mg_compare_direction direction)
{
    int i = (int)direction + 1;
    return i >= 0 && i < 3 ? direction_names[i] : NULL;
}

mg_error_t mg_compare_direction_parse(mg_compare_direction *out, const char *name)
{
    int i = name ? mg__word_index(direction_names, 3, name, false) : -1;
    if (i < 0)
        return mg__fail(MG_EINVAL, "unknown direction '%s' (expected greater, less or similar)", name ? name : "");
    *out = (mg_compare_direction)(i - 1);
    return MG_OK;
}
