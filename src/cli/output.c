/*
 * output.c - what every command prints the same way: error messages, diagnostics, node lookup
 * with candidates, edge arrows, text tables and JSON records (loading the graph is load.c's).
 */
#include "cli.h"

#include <ctype.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* NULL: the process's stdout and stderr; each thread its own, so that hosts capture in parallel */
static _Thread_local FILE *out_stream, *err_stream;

FILE *cli_out(void) { return out_stream ? out_stream : stdout; }
FILE *cli_err(void) { return err_stream ? err_stream : stderr; }

void cli_streams_set(FILE *out, FILE *err)
{
    out_stream = out;
    err_stream = err;
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("mechgraph: ", cli_err());
    vfprintf(cli_err(), fmt, ap);
    fputc('\n', cli_err());
    va_end(ap);
}

void cli_truncated(const char *reason) { fprintf(cli_err(), "mechgraph: truncated: %s\n", reason); }

void cli_print_diagnostics(const mg_diagnostics *diags)
{
    char buf[2048];
    for (size_t i = 0; i < mg_diagnostics_count(diags); i++) {
        mg_diagnostic_format(mg_diagnostics_get(diags, i), buf, sizeof buf);
        fprintf(cli_err(), "%s\n", buf);
    }
    if (mg_diagnostics_dropped(diags))
        fprintf(cli_err(), "(%zu more problems not shown)\n", mg_diagnostics_dropped(diags));
}

void cli_print_warnings(const mg_diagnostics *diags, size_t shown)
{
    char buf[2048];
    size_t n = mg_diagnostics_count(diags), total = n + mg_diagnostics_dropped(diags);
    for (size_t i = 0; i < n && i < shown; i++) {
        mg_diagnostic_format(mg_diagnostics_get(diags, i), buf, sizeof buf);
        fprintf(cli_err(), "mechgraph: warning: %s\n", buf);
    }
    if (total > shown) fprintf(cli_err(), "mechgraph: warning: %zu more warnings ('mechgraph validate' lists them)\n", total - shown);
}

static void print_candidates(const mg_graph *g, const mg_lookup_result *r)
{
    for (size_t i = 0; i < r->candidate_count; i++) {
        const mg_node *n = mg_graph_node(g, r->candidates[i]);
        if (strcmp(n->label, n->id) != 0) fprintf(cli_err(), "  %s (%s, %s)\n", n->id, n->label, mg_node_type_name(n->type));
        else fprintf(cli_err(), "  %s (%s)\n", n->id, mg_node_type_name(n->type));
    }
}

const char *cli_node_name(const mg_graph *g, mg_id v)
{
    /* a few buffers in turn: one printf may name a source and a target; per thread, for mg_cli_run */
    static _Thread_local char ring[4][2 * MG_NAME_MAX + 8];
    static _Thread_local int next;
    const mg_node *n = mg_graph_node(g, v);
    char a[4 * MG_NAME_MAX + 1], b[4 * MG_NAME_MAX + 1];
    size_t la = mg_name_normalize(n->label, a, sizeof a), lb = mg_name_normalize(n->id, b, sizeof b);
    /* a label that only writes the id another way (Sirt6, Sjögren's syndrome) needs no id beside it */
    if (la < sizeof a && lb < sizeof b && strcmp(a, b) == 0) return n->label;
    char *out = ring[next];
    next = (next + 1) % 4;
    snprintf(out, sizeof ring[0], "%s (%s)", n->label, n->id);
    return out;
}

void cli_print_resolved(FILE *f, const mg_graph *graph, const char *name, const mg_lookup_result *r)
{
    /* the exact name and the normalised key need no word; a rule that rewrote the name says how */
    if (r->node < 0 || r->rule <= MG_LOOKUP_NORMALIZED) return;
    const mg_node *n = mg_graph_node(graph, r->node);
    fprintf(f, "mechgraph: '%s' \u2192 %s", name, n->id);
    if (r->matched && strcmp(r->matched, n->id) != 0) fprintf(f, " ('%s')", r->matched);
    fprintf(f, " (%s: %s)\n", mg_lookup_rule_name(r->rule), r->how ? r->how : "");
}

int cli_lookup_result(const mg_graph *graph, const char *name, mg_lookup_result *r)
{
    mg_error_t err = mg_graph_lookup(graph, name, r);
    if (err == MG_OK) {
        cli_print_resolved(cli_err(), graph, name, r);
    } else if (err == MG_EAMBIGUOUS) {
        cli_error("'%s' is ambiguous; it names %zu nodes:", name, r->candidate_count);
        print_candidates(graph, r);
    } else if (err == MG_ENOTFOUND && cli_selection_explain(graph, name)) {
        /* the whole graph has it: say it is outside the selection, not unknown */
    } else if (err == MG_ENOTFOUND) {
        cli_error("no node named '%s'%s", name, r->candidate_count ? "; did you mean:" : "");
        print_candidates(graph, r);
    } else {
        cli_error("%s", mg_last_error());
    }
    return err ? EXIT_DATA : 0;
}

int cli_lookup(const mg_graph *graph, const char *name, mg_id *node)
{
    mg_lookup_result r = MG_LOOKUP_RESULT_INIT;
    int status = cli_lookup_result(graph, name, &r);
    if (!status) *node = r.node;
    mg_lookup_result_clear(&r);
    return status;
}

void cli_json_resolved(json_out *j, const mg_graph *g, const char *name, const mg_lookup_result *r)
{
    if (r->node < 0 || strcmp(name, mg_graph_node(g, r->node)->id) == 0) return;
    json_key(j, "resolved");
    json_begin_object(j);
    json_kv_string(j, "from", name);
    json_kv_string(j, "rule", mg_lookup_rule_name(r->rule));
    json_kv_string(j, "name", r->matched);
    json_kv_string(j, "how", r->how);
    json_end_object(j);
}

const char *cli_sign_symbol(mg_sign sign)
{
    switch (sign) {
    case MG_SIGN_POSITIVE: return "+";
    case MG_SIGN_NEGATIVE: return "-";
    case MG_SIGN_STRUCTURAL: return "s";
    default: return "0";
    }
}

void cli_print_evidence(FILE *f, const mg_evidence *x, const char *indent)
{
    fprintf(f, "%s      [%s]", indent, x->ref->id);
    const char *parts[] = {x->review ? x->review->id : NULL, x->where, x->organism, x->system, x->disease, x->cell, x->model};
    bool first = true;
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        if (!parts[i]) continue;
        /* review and where read as one phrase: "zhou2024 Table 2 row 15" */
        fprintf(f, "%s%s", first ? " " : (i == 1 && parts[0] ? " " : "; "), parts[i]);
        first = false;
    }
    if (x->ref->doi) fprintf(f, "%sdoi:%s", first ? " " : "; ", x->ref->doi);
    fputc('\n', f);
    if (x->note) fprintf(f, "%s        note: %s\n", indent, x->note);
    for (size_t i = 0; i < x->caution_count; i++)
        fprintf(f, "%s        \u26A0 caution (%s): %s\n", indent, x->cautions[i].code, x->cautions[i].text);
    for (size_t i = 0; i < x->ref->caution_count; i++)
        fprintf(f, "%s        \u26A0 citation (%s): %s\n", indent, x->ref->cautions[i].code, x->ref->cautions[i].text);
}

void cli_print_arrow(FILE *f, mg_relation rel)
{
    /* the biologist's notation: -> raises, -| lowers, -- unsigned; structural links as -> */
    mg_sign s = mg_relation_sign(rel);
    fprintf(f, " -%s%s ", mg_relation_name(rel), s == MG_SIGN_NEGATIVE ? "-|" : s == MG_SIGN_NONE ? "--" : "->");
}

int cli_parse_list(const cli_command *cmd, const char *what, const char *const *values, int n, bool *set, int count,
                   int (*index_of)(const char *word), const char *(*name_of)(int index))
{
    for (int i = 0; i < n; i++) {
        /* every item is a word: '' (which would choose nothing), 'a,', ',a' and 'a,,b' are refused */
        for (const char *p = values[i];; p++) {
            size_t len = strcspn(p, ",");
            char word[64];
            if (len >= sizeof word) return cli_usage_error(cmd, "invalid %s list '%s'", what, values[i]);
            memcpy(word, p, len);
            word[len] = '\0';
            /* every vocabulary is in lower case: NEATO, MCC and Gene name theirs as well */
            for (char *c = word; *c; c++) *c = (char)tolower((unsigned char)*c);
            int k = len ? index_of(word) : -1;
            if (k < 0) {
                if (len) cli_usage_error(cmd, "unknown %s '%s'", what, word);
                else cli_usage_error(cmd, "empty %s in the list '%s'", what, values[i]);
                fprintf(cli_err(), "%ss:", what);
                for (int j = 0; j < count; j++) fprintf(cli_err(), " %s", name_of(j));
                fputc('\n', cli_err());
                return EXIT_USAGE;
            }
            set[k] = true;
            p += len;
            if (!*p) break;
        }
    }
    return 0;
}

static int type_index(const char *word)
{
    mg_node_type t;
    return mg_node_type_parse(&t, word) == MG_OK ? (int)t : -1;
}

static const char *type_name(int i) { return mg_node_type_name((mg_node_type)i); }

int cli_parse_types(const cli_command *cmd, const char *const *values, int n, bool types[MG_NODE_TYPE_COUNT])
{
    for (int t = 0; t < MG_NODE_TYPE_COUNT; t++) types[t] = n == 0; /* none given: every type */
    return cli_parse_list(cmd, "node type", values, n, types, MG_NODE_TYPE_COUNT, type_index, type_name);
}

/* ---- text tables ---- */

void cli_table_init(cli_table *t, int columns)
{
    memset(t, 0, sizeof *t);
    t->columns = columns;
}

void cli_table_add(cli_table *t, const char *cell)
{
    if (t->count == t->capacity) {
        size_t cap = t->capacity ? t->capacity * 2 : 64;
        char **cells = realloc(t->cells, cap * sizeof *cells);
        if (!cells) return;
        t->cells = cells;
        t->capacity = cap;
    }
    t->cells[t->count++] = strdup(cell ? cell : "");
}

void cli_table_addf(cli_table *t, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    cli_table_add(t, buf);
}

static size_t display_width(const char *s)
{
    size_t w = 0;
    for (; s && *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) w++;
    return w;
}

void cli_table_print(const cli_table *t, FILE *f, const char *indent)
{
    size_t width[16] = {0};
    size_t cols = (size_t)(t->columns < 16 ? t->columns : 16);
    for (size_t i = 0; i < t->count; i++) {
        size_t w = display_width(t->cells[i]);
        if (w > width[i % cols]) width[i % cols] = w;
    }
    for (size_t row = 0; row * cols < t->count; row++) {
        /* pad every cell but the last non-empty one, so no line ends in spaces */
        size_t last = row * cols;
        for (size_t i = row * cols; i < t->count && i < (row + 1) * cols; i++)
            if (t->cells[i] && *t->cells[i]) last = i;
        fputs(indent, f);
        for (size_t i = row * cols; i <= last; i++) {
            fputs(t->cells[i] ? t->cells[i] : "", f);
            if (i < last)
                for (size_t k = display_width(t->cells[i]); k < width[i % cols] + 2; k++) fputc(' ', f);
        }
        fputc('\n', f);
    }
}

void cli_table_free(cli_table *t)
{
    for (size_t i = 0; i < t->count; i++) free(t->cells[i]);
    free(t->cells);
    memset(t, 0, sizeof *t);
}

/* ---- JSON records ---- */

void cli_json_edge(json_out *j, const mg_graph *g, const mg_edge *e) { cli_json_edge_filtered(j, g, e, NULL); }

void cli_json_edge_filtered(json_out *j, const mg_graph *g, const mg_edge *e, const mg_path_set *set)
{
    json_begin_object(j);
    json_kv_string(j, "source", mg_graph_node(g, e->source)->id);
    json_kv_string(j, "target", mg_graph_node(g, e->target)->id);
    json_kv_string(j, "relation", mg_relation_name(e->relation));
    mg_sign s = mg_relation_sign(e->relation);
    json_key(j, "sign");
    if (s == MG_SIGN_STRUCTURAL) json_string(j, "structural");
    else json_int(j, s);
    if (e->weight != 1.0) {
        json_key(j, "weight");
        json_double(j, e->weight);
    }
    json_kv_string(j, "note", e->note);
    json_kv_string(j, "origin", e->origin);
    json_key(j, "evidence");
    json_begin_array(j);
    for (size_t i = 0; i < e->evidence_count; i++) {
        const mg_evidence *x = &e->evidence[i];
        if (set && !mg_path_set_evidence_ok(set, x)) continue;
        cli_json_evidence(j, x);
    }
    json_end_array(j);
    json_end_object(j);
}

void cli_json_evidence(json_out *j, const mg_evidence *x)
{
    json_begin_object(j);
    json_kv_string(j, "ref", x->ref->id);
    json_kv_string(j, "citation", x->ref->citation);
    json_kv_string(j, "doi", x->ref->doi);
    json_kv_string(j, "review", x->review ? x->review->id : NULL);
    json_kv_string(j, "where", x->where);
    json_kv_string(j, "organism", x->organism);
    json_kv_string(j, "system", x->system);
    json_kv_string(j, "disease", x->disease);
    json_kv_string(j, "cell", x->cell);
    json_kv_string(j, "model", x->model);
    json_kv_string(j, "note", x->note);
    if (x->caution_count || x->ref->caution_count) cli_json_cautions(j, x);
    json_end_object(j);
}

static void json_cautions_of(json_out *j, const mg_caution *c, size_t n, const char *scope)
{
    for (size_t i = 0; i < n; i++) {
        json_begin_object(j);
        json_kv_string(j, "code", c[i].code);
        json_kv_string(j, "text", c[i].text);
        json_kv_string(j, "scope", scope);
        json_end_object(j);
    }
}

void cli_json_cautions(json_out *j, const mg_evidence *x)
{
    json_key(j, "cautions");
    json_begin_array(j);
    json_cautions_of(j, x->cautions, x->caution_count, "evidence");
    json_cautions_of(j, x->ref->cautions, x->ref->caution_count, "citation");
    json_end_array(j);
}

void cli_json_node_summary(json_out *j, const mg_node *n)
{
    json_kv_string(j, "id", n->id);
    json_kv_string(j, "label", n->label);
    json_kv_string(j, "type", mg_node_type_name(n->type));
}
