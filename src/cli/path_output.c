/*
 * path_output.c - a path as a biologist reads it: a chain of relation arrows with the net
 * effect, each hop's citations on request; and the same path as a JSON record.
 */
#include "cli.h"

#include <string.h>

/* The hop's arrow: its relations joined by '/', the head by what they agree on. */
static void print_hop_arrow(FILE *f, const mg_graph *g, const mg_path *p, size_t hop)
{
    bool pos = false, neg = false, unsig = false;
    fputs(" -", f);
    for (size_t i = p->hop_start[hop]; i < p->hop_start[hop + 1]; i++) {
        mg_relation rel = mg_graph_edge(g, p->edges[i])->relation;
        bool repeated = false;
        for (size_t k = p->hop_start[hop]; k < i; k++) repeated |= mg_graph_edge(g, p->edges[k])->relation == rel;
        if (repeated) continue;
        fprintf(f, "%s%s", i > p->hop_start[hop] ? "/" : "", mg_relation_name(rel));
        mg_sign s = mg_relation_sign(rel);
        pos |= s == MG_SIGN_POSITIVE;
        neg |= s == MG_SIGN_NEGATIVE;
        unsig |= s == MG_SIGN_NONE;
    }
    /* -> raises, -| lowers, -? the edges disagree, -- unsigned; structural links as -> */
    fputs(pos && neg ? "-?" : neg ? "-|" : pos ? "->" : unsig ? "--" : "->", f);
    fputc(' ', f);
}

void cli_print_chain(FILE *f, const mg_graph *g, const mg_path *p)
{
    fputs(mg_graph_node(g, p->nodes[0])->id, f);
    for (size_t h = 0; h < p->length; h++) {
        print_hop_arrow(f, g, p, h);
        fputs(mg_graph_node(g, p->nodes[h + 1])->id, f);
    }
}

static bool evidence_shown(const mg_path_set *set, const mg_evidence *x)
{
    return !set || mg_path_set_evidence_ok(set, x);
}

void cli_print_path(FILE *f, const mg_graph *g, const mg_path_set *set, const mg_path *p, bool evidence,
                    const char *indent)
{
    fprintf(f, "%s=> %s", indent, mg_path_effect(p));
    if (p->conflicting && p->sign) fputs(" (parallel edges disagree; this reading of them)", f);
    else if (p->conflicting) fputs(" (parallel edges disagree in sign)", f);
    fprintf(f, " · %zu edge%s · %zu stud%s", p->length, p->length == 1 ? "" : "s", p->studies,
            p->studies == 1 ? "y" : "ies");
    fputc('\n', f);
    if (!evidence) return;
    for (size_t h = 0; h < p->length; h++) {
        for (size_t i = p->hop_start[h]; i < p->hop_start[h + 1]; i++) {
            const mg_edge *e = mg_graph_edge(g, p->edges[i]);
            fprintf(f, "%s  %s", indent, mg_graph_node(g, e->source)->id);
            cli_print_arrow(f, e->relation);
            fprintf(f, "%s\n", mg_graph_node(g, e->target)->id);
            if (e->note) fprintf(f, "%s      note: %s\n", indent, e->note);
            size_t shown = 0;
            for (size_t k = 0; k < e->evidence_count; k++) {
                if (!evidence_shown(set, &e->evidence[k])) continue;
                cli_print_evidence(f, &e->evidence[k], indent);
                shown++;
            }
            if (!shown) fprintf(f, "%s      (no evidence recorded)\n", indent);
        }
    }
}

void cli_json_path(json_out *j, const mg_graph *g, const mg_path_set *set, const mg_path *p, bool with_cost)
{
    json_begin_object(j);
    json_key(j, "nodes");
    json_begin_array(j);
    for (size_t i = 0; i <= p->length; i++) json_string(j, mg_graph_node(g, p->nodes[i])->id);
    json_end_array(j);
    json_kv_int(j, "length", (long long)p->length);
    json_kv_int(j, "sign", p->sign);
    json_kv_string(j, "effect", mg_path_effect(p));
    json_key(j, "conflicting");
    json_bool(j, p->conflicting);
    json_kv_int(j, "studies", (long long)p->studies);
    if (with_cost) {
        json_key(j, "cost");
        json_double(j, p->cost);
    }
    json_key(j, "edges");
    json_begin_array(j);
    for (size_t i = 0; i < p->hop_start[p->length]; i++)
        cli_json_edge_filtered(j, g, mg_graph_edge(g, p->edges[i]), set);
    json_end_array(j);
    json_end_object(j);
}
