/*
 * neighbours.c - how a C program uses libmechgraph: load a graph (the built-in one, or a file),
 * find a node by any of its names, and print its neighbours with the sign of each edge.
 *
 *   cc neighbours.c $(pkg-config --cflags --libs mechgraph) -o neighbours
 *   ./neighbours SK1                 # the built-in iMSC/iMSC-EV graph
 *   ./neighbours TGF-beta1 my.json   # a graph file
 */
#include <mechgraph.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: neighbours NODE [GRAPH]\n");
        return 2;
    }
    mg_graph *graph = NULL;
    mg_diagnostics *diags = NULL;
    mg_lookup_result found = MG_LOOKUP_RESULT_INIT;
    int status = 1;

    if (mg_diagnostics_new(&diags) != MG_OK) goto done;
    mg_error_t err = argc == 3 ? mg_graph_load(&graph, argv[2], MG_INPUT_AUTO, diags) : mg_graph_load_default(&graph, diags);
    if (err != MG_OK) {
        /* every problem of the file, each located, then the summary */
        char line[1024];
        for (size_t i = 0; i < mg_diagnostics_count(diags); i++) {
            mg_diagnostic_format(mg_diagnostics_get(diags, i), line, sizeof line);
            fprintf(stderr, "%s\n", line);
        }
        fprintf(stderr, "neighbours: %s\n", mg_last_error());
        goto done;
    }

    err = mg_graph_lookup(graph, argv[1], &found);
    if (err != MG_OK) {
        fprintf(stderr, "neighbours: %s\n", mg_last_error());
        for (size_t i = 0; i < found.candidate_count; i++)
            fprintf(stderr, "  candidate: %s\n", mg_graph_node(graph, found.candidates[i])->id);
        goto done;
    }

    const mg_node *node = mg_graph_node(graph, found.node);
    printf("%s (%s, %s)\n", node->id, node->label, mg_node_type_name(node->type));
    for (int out = 0; out <= 1; out++) {
        size_t count;
        const mg_id *edges = mg_graph_incident(graph, found.node, out, &count);
        for (size_t i = 0; i < count; i++) {
            const mg_edge *e = mg_graph_edge(graph, edges[i]);
            const mg_node *other = mg_graph_node(graph, out ? e->target : e->source);
            mg_sign sign = mg_relation_sign(e->relation);
            printf("  %s %s %s (%s, %zu stud%s)\n", out ? "->" : "<-", other->id, mg_relation_name(e->relation),
                   sign == MG_SIGN_POSITIVE ? "+" : sign == MG_SIGN_NEGATIVE ? "-" : "unsigned", e->evidence_count,
                   e->evidence_count == 1 ? "y" : "ies");
        }
    }
    status = 0;
done:
    mg_lookup_result_clear(&found);
    mg_graph_free(graph);
    mg_diagnostics_free(diags);
    return status;
}
