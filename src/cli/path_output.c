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
    fputs(cli_node_name(g, p->nodes[0]), f);
    for (size_t h = 0; h < p->length; h++) {
        print_hop_arrow(f, g, p, h);
        fputs(cli_node_name(g, p->nodes[h + 1]), f);
    }
}

static bool evidence_shown(const mg_path_set *set, const mg_evidence *x)
{
    return !set || mg_path_set_evidence_ok(set, x);
}

/* The path's context: its own record, or one computed for it (hypotheses' support paths). The
 * second is the caller's to free, through *owned. */
static const mg_path_context *context_of(const mg_graph *g, const mg_path_set *set, const mg_path *p,
                                         mg_path_context **owned)
{
    *owned = NULL;
    if (p->context) return p->context;
    return mg_path_context_compute(owned, g, p, set) ? NULL : *owned;
}

static void print_list(FILE *f, const char *const *items, size_t n, const char *sep)
{
    for (size_t i = 0; i < n; i++) fprintf(f, "%s%s", i ? sep : "", items[i]);
}

/* A hop that fits the path's disease only because its evidence names none may come from another
 * cell type (iMSCs inhibit ERK1/2 in NK cells; ERK1/2 drives proliferation in skin cells): the
 * cells its evidence names are said, so that a reader can judge the join. */
static void print_unnamed_cells(FILE *f, const mg_graph *g, const mg_path *p, size_t hop, const char *indent)
{
    const char *cells[8];
    size_t n = 0;
    for (size_t k = p->hop_start[hop]; k < p->hop_start[hop + 1]; k++) {
        const mg_edge *e = mg_graph_edge(g, p->edges[k]);
        for (size_t x = 0; x < e->evidence_count && n < 8; x++) {
            const char *cell = e->evidence[x].cell;
            bool seen = !cell;
            for (size_t j = 0; j < n && !seen; j++) seen = strcmp(cells[j], cell) == 0;
            if (!seen) cells[n++] = cell;
        }
    }
    if (!n) return;
    fprintf(f, "%s? hop %zu names no disease (studied in ", indent, hop + 1);
    print_list(f, cells, n, "; ");
    fputs("): its join to the other hops is an assumption\n", f);
}

void cli_print_context(FILE *f, const mg_graph *g, const mg_path *p, const mg_path_context *c, const char *lead,
                       const char *indent)
{
    if (!c) return;
    /* a path without any evidence (an edge list) has no context to speak of: only its count */
    bool silent = c->coherent && !c->context_count && !c->studies;
    if (!silent) fputs(lead, f);
    if (silent) fputs(*lead == ' ' ? "" : "no evidence", f);
    else if (c->coherent && c->context_count) fputs("coherent in ", f), print_list(f, c->contexts, c->context_count, ", ");
    else if (c->coherent) fputs("coherent (no disease named)", f);
    else fputs("mixed contexts", f);
    if (c->coherent && c->context_count && c->unnamed_hop_count) {
        fputs(" (hop", f);
        for (size_t i = 0; i < c->unnamed_hop_count; i++) fprintf(f, "%s%zu", i ? ", " : " ", c->unnamed_hops[i] + 1);
        fputs(c->unnamed_hop_count == 1 ? " names no disease)" : " name no disease)", f);
    }
    if (c->coherent) {
        fprintf(f, " · %zu stud%s", c->studies, c->studies == 1 ? "y" : "ies");
    } else {
        fputs(" · ", f);
        for (size_t i = 0; i < c->segment_count; i++) fprintf(f, "%s%zu", i ? " + " : "", c->segments[i].studies);
        fputs(" studies", f);
    }
    if (c->organism_count || c->system_count) {
        fputs(" (", f);
        print_list(f, c->organisms, c->organism_count, ", ");
        if (c->organism_count && c->system_count) fputs("; ", f);
        print_list(f, c->systems, c->system_count, ", ");
        fputs(c->support_agrees ? ")" : "; the support differs)", f);
    }
    if (p->via_subtype) fprintf(f, " · via subtype %s", cli_node_name(g, p->nodes[0]));
    fputc('\n', f);
    for (size_t i = 0; i < c->bridge_count; i++)
        fprintf(f, "%s\u21AF context changes at hop %zu: %s \u2192 %s\n", indent, c->bridges[i].hop + 1,
                c->bridges[i].from, c->bridges[i].to);
    if (c->coherent && c->context_count)
        for (size_t i = 0; i < c->unnamed_hop_count; i++) print_unnamed_cells(f, g, p, c->unnamed_hops[i], indent);
    for (size_t i = 0; i < c->caution_count; i++)
        fprintf(f, "%s\u26A0 %s: %s\n", indent, c->cautions[i].caution->code, c->cautions[i].caution->text);
}

void cli_print_path(FILE *f, const mg_graph *g, const mg_path_set *set, const mg_path *p, bool evidence,
                    const char *indent)
{
    fprintf(f, "%s=> %s", indent, mg_path_effect(p));
    if (p->conflicting && p->sign) fputs(" (parallel edges disagree; this reading of them)", f);
    else if (p->conflicting) fputs(" (parallel edges disagree in sign)", f);
    fprintf(f, " · %zu edge%s", p->length, p->length == 1 ? "" : "s");
    mg_path_context *owned;
    const mg_path_context *c = context_of(g, set, p, &owned);
    if (c) cli_print_context(f, g, p, c, " · ", indent);
    else fprintf(f, " · %zu stud%s\n", p->studies, p->studies == 1 ? "y" : "ies");
    mg_path_context_free(owned);
    if (!evidence) return;
    for (size_t h = 0; h < p->length; h++) {
        for (size_t i = p->hop_start[h]; i < p->hop_start[h + 1]; i++) {
            const mg_edge *e = mg_graph_edge(g, p->edges[i]);
            fprintf(f, "%s  %s", indent, cli_node_name(g, e->source));
            cli_print_arrow(f, e->relation);
            fprintf(f, "%s\n", cli_node_name(g, e->target));
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
    mg_path_context *owned;
    const mg_path_context *c = context_of(g, set, p, &owned);
    if (c) cli_json_context(j, g, p, c);
    else json_kv_int(j, "studies", (long long)p->studies);
    mg_path_context_free(owned);
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

static void json_strings(json_out *j, const char *key, const char *const *items, size_t n)
{
    json_key(j, key);
    json_begin_array(j);
    for (size_t i = 0; i < n; i++) json_string(j, items[i]);
    json_end_array(j);
}

void cli_json_context(json_out *j, const mg_graph *g, const mg_path *p, const mg_path_context *c)
{
    json_key(j, "coherent");
    json_bool(j, c->coherent);
    json_strings(j, "contexts", c->contexts, c->context_count);
    json_key(j, "bridges");
    json_begin_array(j);
    for (size_t i = 0; i < c->bridge_count; i++) {
        json_begin_object(j);
        json_kv_int(j, "hop", (long long)c->bridges[i].hop + 1);
        json_kv_string(j, "from", c->bridges[i].from);
        json_kv_string(j, "to", c->bridges[i].to);
        json_end_object(j);
    }
    json_end_array(j);
    json_key(j, "unnamed_hops");
    json_begin_array(j);
    for (size_t i = 0; i < c->unnamed_hop_count; i++) json_int(j, (long long)c->unnamed_hops[i] + 1);
    json_end_array(j);
    json_kv_int(j, "studies", (long long)c->studies);
    if (p->edges) json_kv_int(j, "studies_any_context", (long long)p->studies); /* a real path, not a chain */
    json_key(j, "segments");
    json_begin_array(j);
    for (size_t i = 0; i < c->segment_count; i++) {
        const mg_path_segment *s = &c->segments[i];
        json_begin_object(j);
        json_kv_int(j, "first_hop", (long long)s->first_hop + 1);
        json_kv_int(j, "last_hop", (long long)(s->first_hop + s->hop_count));
        json_strings(j, "contexts", s->contexts, s->context_count);
        json_kv_int(j, "studies", (long long)s->studies);
        json_end_object(j);
    }
    json_end_array(j);
    json_strings(j, "organisms", c->organisms, c->organism_count);
    json_strings(j, "systems", c->systems, c->system_count);
    json_key(j, "support_agrees");
    json_bool(j, c->support_agrees);
    json_key(j, "cautions");
    json_begin_array(j);
    for (size_t i = 0; i < c->caution_count; i++) {
        json_begin_object(j);
        json_kv_string(j, "code", c->cautions[i].caution->code);
        json_kv_string(j, "text", c->cautions[i].caution->text);
        json_kv_string(j, "scope", c->cautions[i].citation ? "citation" : "evidence");
        json_end_object(j);
    }
    json_end_array(j);
    if (p->via_subtype) json_kv_string(j, "via_subtype", mg_graph_node(g, p->nodes[0])->id);
}

void cli_print_context_brief(FILE *f, const mg_path_context *c)
{
    if (!c) return;
    if (!c->coherent) fputs("mixed", f);
    else if (c->context_count <= 2) print_list(f, c->contexts, c->context_count, ", ");
    else print_list(f, c->contexts, 2, ", "), fprintf(f, " +%zu more", c->context_count - 2);
    if (c->coherent && !c->context_count && c->studies) fputs("any", f);
    if (c->caution_count) fputs(" \u26A0", f);
}
