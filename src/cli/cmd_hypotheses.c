/*
 * cmd_hypotheses.c - `mechgraph hypotheses`: ranked, explained candidates for what to test next
 * (docs/hypotheses.md), as text, as one JSON document (--json) or one hypothesis a line
 * (--jsonl); and `--evaluate`, the leave-one-out check of how well they recover known facts.
 */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define SCHEMA "mechgraph-hypotheses-1"

typedef struct {
    mg_hyp_options o;
    bool methods[MG_HYP_METHOD_COUNT];
    bool from_types[MG_NODE_TYPE_COUNT], to_types[MG_NODE_TYPE_COUNT];
    double weights[MG_HYP_METHOD_COUNT];
    mg_id *from, *to;
    size_t repeats;
    unsigned long long seed;
    int by; /* -1: the per-subject leave-one-out; else mg_hyp_holdout_by */
    int cutoff;
} hyp_request;

static int method_index(const char *word)
{
    mg_hyp_method m;
    return mg_hyp_method_parse(&m, word) == MG_OK ? (int)m : -1;
}

static const char *method_name(int i) { return mg_hyp_method_name((mg_hyp_method)i); }

/* "abc=1,link=0.5": weights by method name; methods not named keep their default. */
static int parse_weights(const cli_command *cmd, const char *text, double *w)
{
    /* every item is METHOD=NUMBER: '' (which would change nothing) is refused like 'abc=1,' */
    for (const char *p = text;; p++) {
        size_t len = strcspn(p, ",");
        char item[64];
        if (len == 0) {
            cli_usage_error(cmd, "--weights expects METHOD=NUMBER items, got an empty one in '%s'", text);
            fputs("methods:", cli_err());
            for (int k = 0; k < MG_HYP_METHOD_COUNT; k++) fprintf(cli_err(), " %s", method_name(k));
            fputc('\n', cli_err());
            return EXIT_USAGE;
        }
        if (len >= sizeof item) return cli_usage_error(cmd, "invalid --weights '%s'", text);
        memcpy(item, p, len);
        item[len] = '\0';
        char *eq = strchr(item, '=');
        if (!eq) return cli_usage_error(cmd, "--weights expects METHOD=NUMBER, got '%s'", item);
        *eq = '\0';
        int m = method_index(item);
        if (m < 0) return cli_usage_error(cmd, "unknown method '%s' in --weights", item);
        char *end;
        errno = 0;
        double v = strtod(eq + 1, &end);
        if (errno || end == eq + 1 || *end || !isfinite(v) || v < 0)
            return cli_usage_error(cmd, "--weights expects a number of 0 or more for '%s'", item);
        w[m] = v;
        p += len;
        if (!*p) break;
    }
    return 0;
}

static int parse_request(const cli_args *args, hyp_request *r)
{
    const cli_command *cmd = args->command;
    memset(r, 0, sizeof *r);
    r->o = (mg_hyp_options)MG_HYP_OPTIONS_INIT;
    r->repeats = 100;
    r->seed = 1;
    memcpy(r->weights, mg_hyp_default_weights(), sizeof r->weights);
    const char *const *values;
    int n, status;
    long long v;
    const char *text;
    if ((n = cli_values(args, "method", &values))) {
        if ((status = cli_parse_list(cmd, "method", values, n, r->methods, MG_HYP_METHOD_COUNT, method_index, method_name)))
            return status;
        r->o.methods = r->methods;
    }
    if ((n = cli_values(args, "subject-type", &values))) {
        if ((status = cli_parse_types(cmd, values, n, r->from_types))) return status;
        r->o.from_types = r->from_types;
    }
    if ((n = cli_values(args, "object-type", &values))) {
        if ((status = cli_parse_types(cmd, values, n, r->to_types))) return status;
        r->o.to_types = r->to_types;
    }
    if (cli_flag(args, "subject") && r->o.from_types)
        return cli_usage_error(cmd, "--subject and --subject-type exclude each other");
    if (cli_flag(args, "object") && r->o.to_types) return cli_usage_error(cmd, "--object and --object-type exclude each other");
    if (cli_flag(args, "json") && cli_flag(args, "jsonl")) return cli_usage_error(cmd, "--json and --jsonl exclude each other");
    if ((text = cli_value(args, "top"))) {
        if ((status = cli_parse_count(cmd, "top", text, 0, LLONG_MAX, &v))) return status;
        r->o.top = (size_t)v;
        if (v == 0) r->o.per_method = 0; /* all means all: no method's list is cut either */
    }
    if ((text = cli_value(args, "per-method"))) {
        if ((status = cli_parse_count(cmd, "per-method", text, 0, LLONG_MAX, &v))) return status;
        r->o.per_method = (size_t)v;
    }
    if ((text = cli_value(args, "budget"))) {
        if ((status = cli_parse_count(cmd, "budget", text, 1, LLONG_MAX, &v))) return status;
        r->o.budget = (size_t)v;
    }
    if ((text = cli_value(args, "repeats"))) {
        if ((status = cli_parse_count(cmd, "repeats", text, 1, 1000000, &v))) return status;
        r->repeats = (size_t)v;
    }
    if ((text = cli_value(args, "seed"))) {
        if ((status = cli_parse_count(cmd, "seed", text, 0, LLONG_MAX, &v))) return status;
        r->seed = (unsigned long long)v;
    }
    if ((text = cli_value(args, "weights"))) { /* else each ranking's own defaults */
        if ((status = parse_weights(cmd, text, r->weights))) return status;
        r->o.weights = r->weights;
    }
    if (cli_flag(args, "grid") && !cli_flag(args, "evaluate")) return cli_usage_error(cmd, "--grid goes with --evaluate");
    r->by = -1;
    if ((text = cli_value(args, "by"))) {
        static const char *const modes[] = {"edge", "study", "year"};
        for (int i = 0; i < 3; i++)
            if (strcasecmp(text, modes[i]) == 0) r->by = i;
        if (r->by < 0) return cli_usage_error(cmd, "--by expects edge, study or year, got '%s'", text);
        if (!cli_flag(args, "evaluate")) return cli_usage_error(cmd, "--by goes with --evaluate");
        if (cli_flag(args, "grid")) return cli_usage_error(cmd, "--grid goes with the leave-one-out (no --by)");
    }
    if ((text = cli_value(args, "cutoff"))) {
        if (r->by != MG_HYP_BY_YEAR) return cli_usage_error(cmd, "--cutoff goes with --by year");
        if ((status = cli_parse_count(cmd, "cutoff", text, 1900, 2099, &v))) return status;
        r->cutoff = (int)v;
    } else if (r->by == MG_HYP_BY_YEAR) {
        return cli_usage_error(cmd, "--by year needs --cutoff YEAR");
    }
    return 0;
}

static int resolve_nodes(const cli_args *args, const mg_graph *g, hyp_request *r)
{
    const char *const *values;
    int n, status;
    size_t count;
    if ((n = cli_values(args, "subject", &values))) {
        if ((status = cli_node_set(g, values, n, &r->from, &count))) return status;
        r->o.from = r->from;
        r->o.from_count = count;
    }
    if ((n = cli_values(args, "object", &values))) {
        if ((status = cli_node_set(g, values, n, &r->to, &count))) return status;
        r->o.to = r->to;
        r->o.to_count = count;
    }
    return 0;
}

/* ---- text ---- */

/* "A -delivers-> B <-associated_with-- C": each hop's relations, backwards when an association
 * was walked against its direction. */
static void print_chain(FILE *f, const mg_graph *g, const mg_path *p)
{
    fputs(mg_graph_node(g, p->nodes[0])->label, f);
    for (size_t h = 0; h < p->length; h++) {
        bool backwards = false, first = true;
        bool seen[MG_RELATION_COUNT] = {false};
        fputs(" ", f);
        for (size_t i = p->hop_start[h]; i < p->hop_start[h + 1]; i++)
            backwards |= mg_graph_edge(g, p->edges[i])->source != p->nodes[h];
        fputs(backwards ? "<-" : "-", f);
        int signs = 0;
        for (size_t i = p->hop_start[h]; i < p->hop_start[h + 1]; i++) {
            mg_relation rel = mg_graph_edge(g, p->edges[i])->relation;
            if (seen[rel]) continue;
            seen[rel] = true;
            fprintf(f, "%s%s", first ? "" : "/", mg_relation_name(rel));
            first = false;
            mg_sign s = mg_relation_sign(rel);
            signs |= s == MG_SIGN_POSITIVE ? 1 : s == MG_SIGN_NEGATIVE ? 2 : 0;
        }
        fputs(backwards ? "-" : signs == 3 ? "-?" : signs == 2 ? "-|" : signs == 1 ? "->" : "--", f);
        fprintf(f, " %s", mg_graph_node(g, p->nodes[h + 1])->label);
    }
}

/* "Yuan 2017" from a citation, as the library writes it in statements: first word, year. */
static void print_studies(FILE *f, const mg_graph *g, const mg_path *p)
{
    const mg_reference *seen[32];
    size_t n = 0, more = 0;
    for (size_t i = 0; i < p->hop_start[p->length]; i++) {
        const mg_edge *e = mg_graph_edge(g, p->edges[i]);
        for (size_t k = 0; k < e->evidence_count; k++) {
            const mg_reference *r = e->evidence[k].ref;
            bool dup = false;
            for (size_t j = 0; j < n && !dup; j++) dup = seen[j] == r;
            if (dup) continue;
            if (n < 32) seen[n++] = r;
            else more++;
        }
    }
    if (!n) {
        fputs("no cited evidence", f);
        return;
    }
    for (size_t i = 0; i < n; i++) fprintf(f, "%s%s%s%s", i ? ", " : "", seen[i]->id, seen[i]->doi ? " doi:" : "", seen[i]->doi ? seen[i]->doi : "");
    if (more) fprintf(f, " and %zu more", more);
}

static void print_methods(FILE *f, const mg_hypothesis *h)
{
    fputs(mg_hyp_method_name(h->method), f);
    bool first = true;
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) {
        if (m == (int)h->method || !(h->methods & (1u << m))) continue;
        fprintf(f, "%s%s", first ? " (also " : ", ", mg_hyp_method_name((mg_hyp_method)m));
        first = false;
    }
    if (!first) fputc(')', f);
}

static void print_text(const mg_graph *g, const mg_hypothesis_set *set)
{
    size_t n = mg_hypothesis_set_count(set);
    fprintf(cli_out(), "%zu hypothes%s (of %zu candidates)\n", n, n == 1 ? "is" : "es", mg_hypothesis_set_total(set));
    for (size_t i = 0; i < n; i++) {
        const mg_hypothesis *h = mg_hypothesis_set_get(set, i);
        fprintf(cli_out(), "\n%zu. score %.3g  ", i + 1, h->score);
        print_methods(cli_out(), h);
        fprintf(cli_out(), "\n   %s\n", h->statement);
        const mg_node *s = mg_graph_node(g, h->subject), *o = mg_graph_node(g, h->object);
        fprintf(cli_out(), "   predicts: %s", s->id);
        cli_print_arrow(cli_out(), h->predicted_relation);
        fprintf(cli_out(), "%s%s\n", o->id, h->novel ? " (no edge yet)" : "");
        size_t shown = h->support_count < 3 ? h->support_count : 3;
        for (size_t k = 0; k < shown; k++) {
            fprintf(cli_out(), "   %s ", k == 0 ? "support:" : "        ");
            print_chain(cli_out(), g, &h->support[k]);
            fprintf(cli_out(), "\n             ");
            print_studies(cli_out(), g, &h->support[k]);
            fprintf(cli_out(), "\n");
            mg_path_context *c = NULL;
            if (!mg_path_context_compute(&c, g, &h->support[k], NULL))
                cli_print_context(cli_out(), g, &h->support[k], c, "             ", "             ");
            mg_path_context_free(c);
        }
        if (h->support_count > shown) fprintf(cli_out(), "             and %zu more paths (--json lists them)\n", h->support_count - shown);
        for (size_t k = 0; k < h->caveat_count; k++) fprintf(cli_out(), "   %s %s\n", k == 0 ? "caveats:" : "        ", h->caveats[k]);
    }
}

/* ---- JSON ---- */

static void json_node(json_out *j, const char *key, const mg_node *n)
{
    json_key(j, key);
    json_begin_object(j);
    cli_json_node_summary(j, n);
    json_end_object(j);
}

static void json_hypothesis(json_out *j, const mg_graph *g, const mg_hypothesis *h, size_t rank, bool schema)
{
    json_begin_object(j);
    if (schema) json_kv_string(j, "schema", SCHEMA);
    json_kv_int(j, "rank", (long long)rank);
    json_kv_string(j, "id", h->id);
    json_kv_string(j, "method", mg_hyp_method_name(h->method));
    json_key(j, "methods");
    json_begin_array(j);
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++)
        if (h->methods & (1u << m)) json_string(j, mg_hyp_method_name((mg_hyp_method)m));
    json_end_array(j);
    json_node(j, "subject", mg_graph_node(g, h->subject));
    json_node(j, "object", mg_graph_node(g, h->object));
    json_kv_string(j, "predicted_relation", mg_relation_name(h->predicted_relation));
    json_kv_int(j, "predicted_sign", h->predicted_sign);
    json_key(j, "score");
    json_double(j, h->score);
    json_key(j, "components");
    json_begin_object(j);
    for (size_t k = 0; k < h->component_count; k++) {
        json_key(j, h->components[k].name);
        json_double(j, h->components[k].value);
    }
    json_end_object(j);
    json_kv_string(j, "statement", h->statement);
    json_key(j, "support");
    json_begin_array(j);
    for (size_t k = 0; k < h->support_count; k++) {
        const mg_path *p = &h->support[k];
        json_begin_object(j);
        json_key(j, "nodes");
        json_begin_array(j);
        for (size_t i = 0; i <= p->length; i++) json_string(j, mg_graph_node(g, p->nodes[i])->id);
        json_end_array(j);
        json_kv_int(j, "sign", p->sign);
        mg_path_context *c = NULL;
        if (!mg_path_context_compute(&c, g, p, NULL)) cli_json_context(j, g, p, c);
        else json_kv_int(j, "studies", (long long)p->studies);
        mg_path_context_free(c);
        json_key(j, "edges");
        json_begin_array(j);
        for (size_t i = 0; i < p->hop_start[p->length]; i++) cli_json_edge(j, g, mg_graph_edge(g, p->edges[i]));
        json_end_array(j);
        json_end_object(j);
    }
    json_end_array(j);
    json_key(j, "novel");
    json_bool(j, h->novel);
    json_key(j, "caveats");
    json_begin_array(j);
    for (size_t k = 0; k < h->caveat_count; k++) json_string(j, h->caveats[k]);
    json_end_array(j);
    json_end_object(j);
}

static void json_calibration(json_out *j, const mg_hyp_calibration *c, const char *fitted_on)
{
    json_key(j, "calibration");
    json_begin_object(j);
    json_kv_string(j, "fitted_on", fitted_on);
    json_kv_int(j, "folds", (long long)c->folds);
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) {
        if (m == MG_HYP_CONTRADICTIONS || m == MG_HYP_COMPARISONS) continue; /* not calibrated */
        json_key(j, mg_hyp_method_name((mg_hyp_method)m));
        json_begin_object(j);
        const char *keys[] = {"intercept", "score", "degree"};
        const double vals[] = {c->intercept[m], c->score_coef[m], c->degree_coef[m]};
        for (int k = 0; k < 3; k++) {
            json_key(j, keys[k]);
            json_double(j, vals[k]);
        }
        json_kv_int(j, "positives", (long long)c->positives[m]);
        json_kv_int(j, "negatives", (long long)c->negatives[m]);
        json_end_object(j);
    }
    json_end_object(j);
}

static void print_calibration(const mg_hyp_calibration *c)
{
    fprintf(cli_out(), "calibration: leave one study out, %zu folds (studies with an edge of their own)\n", c->folds);
    fprintf(cli_out(), "p = 1 / (1 + exp(-(intercept + score * ln(score / best) + degree * ln(deg s * deg o))))\n\n");
    cli_table t;
    cli_table_init(&t, 6);
    const char *head[] = {"method", "intercept", "score", "degree", "positives", "negatives"};
    for (int i = 0; i < 6; i++) cli_table_add(&t, head[i]);
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) {
        if (m == MG_HYP_CONTRADICTIONS || m == MG_HYP_COMPARISONS) continue; /* not calibrated */
        cli_table_add(&t, mg_hyp_method_name((mg_hyp_method)m));
        cli_table_addf(&t, "%.6f", c->intercept[m]);
        cli_table_addf(&t, "%.6f", c->score_coef[m]);
        cli_table_addf(&t, "%.6f", c->degree_coef[m]);
        cli_table_addf(&t, "%zu", c->positives[m]);
        cli_table_addf(&t, "%zu", c->negatives[m]);
    }
    cli_table_print(&t, cli_out(), "");
    cli_table_free(&t);
}

static void print_json(const mg_graph *g, const mg_hypothesis_set *set, const hyp_request *r)
{
    json_out j;
    cli_json_begin(&j, SCHEMA);
    json_kv_string(&j, "graph", mg_graph_name(g));
    cli_json_selection(&j);
    json_key(&j, "methods");
    json_begin_array(&j);
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++)
        if (!r->o.methods || r->o.methods[m]) json_string(&j, mg_hyp_method_name((mg_hyp_method)m));
    json_end_array(&j);
    json_key(&j, "weights");
    json_begin_object(&j);
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) {
        json_key(&j, mg_hyp_method_name((mg_hyp_method)m));
        json_double(&j, r->weights[m]);
    }
    json_end_object(&j);
    json_calibration(&j, r->o.calibration ? r->o.calibration : mg_hyp_default_calibration(),
                     r->o.calibration ? "this graph" : "the built-in graph");
    json_kv_int(&j, "candidates", (long long)mg_hypothesis_set_total(set));
    json_key(&j, "truncated");
    json_begin_object(&j);
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++)
        json_kv_string(&j, mg_hyp_method_name((mg_hyp_method)m), mg_hypothesis_set_truncated(set, (mg_hyp_method)m));
    json_end_object(&j);
    json_key(&j, "hypotheses");
    json_begin_array(&j);
    for (size_t i = 0; i < mg_hypothesis_set_count(set); i++) json_hypothesis(&j, g, mg_hypothesis_set_get(set, i), i + 1, false);
    json_end_array(&j);
    json_end_object(&j);
    json_finish(&j);
}

static void print_jsonl(const mg_graph *g, const mg_hypothesis_set *set)
{
    for (size_t i = 0; i < mg_hypothesis_set_count(set); i++) {
        json_out j;
        json_init_compact(&j, cli_out());
        json_hypothesis(&j, g, mg_hypothesis_set_get(set, i), i + 1, true);
        json_finish(&j);
    }
}

/* ---- evaluation ---- */

static const char *row_name(int r)
{
    if (r < MG_HYP_METHOD_COUNT) return mg_hyp_method_name((mg_hyp_method)r);
    return r == MG_HYP_EVAL_COMBINED  ? "combined"
           : r == MG_HYP_EVAL_LISTING ? "listing"
           : r == MG_HYP_EVAL_RANDOM  ? "random"
                                      : "degree";
}

/* The rows in print order: the listing beside the combination it reorders, baselines last. */
static int row_at(int i)
{
    if (i <= MG_HYP_EVAL_COMBINED) return i;
    if (i == MG_HYP_EVAL_COMBINED + 1) return MG_HYP_EVAL_LISTING;
    return i - 1;
}

static void print_weights(FILE *f, const double *w)
{
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) fprintf(f, "%s%s=%g", m ? "," : "", mg_hyp_method_name((mg_hyp_method)m), w[m]);
}

static void print_evaluation(const mg_hyp_evaluation *e, const hyp_request *r, bool grid)
{
    fprintf(cli_out(), "leave-one-out over %zu facts (subject -> object pairs with evidence; %zu outside the default roles skipped)\n",
           e->facts, e->skipped);
    fprintf(cli_out(), "each hidden object ranked among %.1f objects on average (the subject's unlinked nodes)\n", e->candidates);
    fprintf(cli_out(), "random baseline: %zu random orders from seed %llu; degree baseline: preferential attachment\n\n",
           r->repeats, r->seed);
    cli_table t;
    cli_table_init(&t, 5);
    cli_table_add(&t, "ranking");
    cli_table_add(&t, "hits@10");
    cli_table_add(&t, "hits@20");
    cli_table_add(&t, "MRR");
    cli_table_add(&t, "proposed");
    for (int i = 0; i < MG_HYP_EVAL_ROWS; i++) {
        const mg_hyp_eval_row *row = &e->rows[row_at(i)];
        cli_table_add(&t, row_name(row_at(i)));
        cli_table_addf(&t, "%.3f", row->hits10);
        cli_table_addf(&t, "%.3f", row->hits20);
        cli_table_addf(&t, "%.3f", row->mrr);
        cli_table_addf(&t, "%zu", row->proposed);
    }
    cli_table_print(&t, cli_out(), "");
    cli_table_free(&t);
    fprintf(cli_out(), "\ncombined weights: ");
    print_weights(cli_out(), e->weights);
    fprintf(cli_out(), "\n");
    if (grid) {
        fprintf(cli_out(), "grid {0, 0.5, 1, 2} best by MRR: ");
        print_weights(cli_out(), e->best_weights);
        fprintf(cli_out(), "\n  hits@10 %.3f  hits@20 %.3f  MRR %.3f\n", e->best.hits10, e->best.hits20, e->best.mrr);
        for (int p = 0; p < 2; p++)
            fprintf(cli_out(), "chosen on the %s facts, scored on the %s: hits@10 %.3f  hits@20 %.3f  MRR %.3f\n", p ? "odd" : "even",
                   p ? "even" : "odd", e->best_half[p].hits10, e->best_half[p].hits20, e->best_half[p].mrr);
    }
}

static void json_row(json_out *j, const char *key, const mg_hyp_eval_row *row)
{
    json_key(j, key);
    json_begin_object(j);
    json_key(j, "hits@10");
    json_double(j, row->hits10);
    json_key(j, "hits@20");
    json_double(j, row->hits20);
    json_key(j, "mrr");
    json_double(j, row->mrr);
    json_kv_int(j, "proposed", (long long)row->proposed);
    json_end_object(j);
}

static void json_weights(json_out *j, const char *key, const double *w)
{
    json_key(j, key);
    json_begin_object(j);
    for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) {
        json_key(j, mg_hyp_method_name((mg_hyp_method)m));
        json_double(j, w[m]);
    }
    json_end_object(j);
}

static void print_evaluation_json(const mg_hyp_evaluation *e, const hyp_request *r, bool grid)
{
    json_out j;
    cli_json_begin(&j, "mechgraph-hypotheses-evaluation-1");
    cli_json_selection(&j);
    json_kv_int(&j, "facts", (long long)e->facts);
    json_kv_int(&j, "skipped", (long long)e->skipped);
    json_kv_int(&j, "truncated_facts", (long long)e->truncated);
    json_key(&j, "candidates");
    json_double(&j, e->candidates);
    json_kv_int(&j, "repeats", (long long)r->repeats);
    json_kv_int(&j, "seed", (long long)r->seed);
    json_key(&j, "rows");
    json_begin_object(&j);
    for (int i = 0; i < MG_HYP_EVAL_ROWS; i++) json_row(&j, row_name(row_at(i)), &e->rows[row_at(i)]);
    json_end_object(&j);
    json_weights(&j, "weights", e->weights);
    if (grid) {
        json_weights(&j, "grid_best_weights", e->best_weights);
        json_row(&j, "grid_best", &e->best);
        json_row(&j, "chosen_on_even_scored_on_odd", &e->best_half[0]);
        json_row(&j, "chosen_on_odd_scored_on_even", &e->best_half[1]);
    }
    json_end_object(&j);
    json_finish(&j);
}

static const char *const hold_names[MG_HYP_HOLD_ROWS] = {
    "abc", "transfer", "link", "dwpc", "contradictions", "gaps", "comparisons", "combined", "listing",
    "random", "degree product", "Adamic-Adar", "Jaccard"};
static const char *const hold_keys[MG_HYP_HOLD_ROWS] = {
    "abc", "transfer", "link", "dwpc", "contradictions", "gaps", "comparisons", "combined", "listing",
    "random", "degree_product", "adamic_adar", "jaccard"};

static const char *const steps_names[MG_HYP_STEPS_BINS] = {"2 steps", "3 steps", "4 or more", "unconnected"};
static const char *const steps_keys[MG_HYP_STEPS_BINS] = {"2", "3", "4+", "unconnected"};

/* Where the held-out pairs lay in what was visible, beside the candidates there: the most any
 * ranking of the visible graph can know (a pair in a bin is found only by telling it from the
 * bin's other candidates). */
static void print_holdout_steps(const mg_hyp_holdout *e)
{
    if (!e->pairs) return;
    fprintf(cli_out(), "where they lay in what was visible (undirected steps through mechanism hops):");
    for (int b = 0; b < MG_HYP_STEPS_BINS; b++)
        fprintf(cli_out(), "%s %s %zu of %.0f", b ? ";" : "", steps_names[b], e->held_by_steps[b], e->universe_by_steps[b]);
    fputc('\n', cli_out());
}

static void print_holdout(const mg_hyp_holdout *e, const hyp_request *r)
{
    if (e->by == MG_HYP_BY_EDGE) fprintf(cli_out(), "leave one edge out: %zu folds, one subject -> object pair each\n", e->folds);
    else if (e->by == MG_HYP_BY_STUDY)
        fprintf(cli_out(), "leave one study out: %zu folds (studies with an edge of their own), each hiding the edges only it supports\n",
               e->folds);
    else
        fprintf(cli_out(), "time slice: evidence of studies published up to %d kept (%zu references undated, kept)\n", e->cutoff,
               e->undated);
    fprintf(cli_out(), "%zu held-out pairs ranked in the global listing among %.0f candidate pairs on average; %zu skipped "
           "(an end absent, still linked, or outside the default roles)\n",
           e->pairs, e->universe, e->skipped);
    print_holdout_steps(e);
    fprintf(cli_out(), "random baseline: %zu random positions from seed %llu\n\n", r->repeats, r->seed);
    cli_table t;
    cli_table_init(&t, 7);
    const char *head[] = {"ranking", "hits@10", "hits@20", "hits@50", "MRR", "AUC", "proposed"};
    for (int i = 0; i < 7; i++) cli_table_add(&t, head[i]);
    for (int i = 0; i < MG_HYP_HOLD_ROWS; i++) {
        const mg_hyp_hold_row *row = &e->rows[i];
        cli_table_add(&t, hold_names[i]);
        cli_table_addf(&t, "%.3f", row->hits10);
        cli_table_addf(&t, "%.3f", row->hits20);
        cli_table_addf(&t, "%.3f", row->hits50);
        cli_table_addf(&t, "%.3f", row->mrr);
        cli_table_addf(&t, "%.3f", row->auc);
        cli_table_addf(&t, "%zu", row->proposed);
    }
    cli_table_print(&t, cli_out(), "");
    cli_table_free(&t);
}

static void print_holdout_json(const mg_graph *g, const mg_hyp_holdout *e, const hyp_request *r)
{
    static const char *const by[] = {"edge", "study", "year"};
    json_out j;
    cli_json_begin(&j, "mechgraph-hypotheses-holdout-1");
    cli_json_selection(&j);
    json_kv_string(&j, "by", by[e->by]);
    if (e->by == MG_HYP_BY_YEAR) {
        json_kv_int(&j, "cutoff", e->cutoff);
        json_kv_int(&j, "undated_references", (long long)e->undated);
    }
    json_kv_int(&j, "folds", (long long)e->folds);
    json_kv_int(&j, "pairs", (long long)e->pairs);
    json_calibration(&j, &e->calibration,
                     e->by == MG_HYP_BY_YEAR ? "the studies up to the cut-off"
                     : e->by == MG_HYP_BY_STUDY ? "every other study (the last fold's shown)"
                                                : "every study");
    json_kv_int(&j, "skipped", (long long)e->skipped);
    json_key(&j, "universe");
    json_double(&j, e->universe);
    json_key(&j, "by_steps");
    json_begin_object(&j);
    for (int b = 0; b < MG_HYP_STEPS_BINS; b++) {
        json_key(&j, steps_keys[b]);
        json_begin_object(&j);
        json_kv_int(&j, "held_out", (long long)e->held_by_steps[b]);
        json_key(&j, "candidates");
        json_double(&j, e->universe_by_steps[b]);
        json_end_object(&j);
    }
    json_end_object(&j);
    json_kv_int(&j, "repeats", (long long)r->repeats);
    json_kv_int(&j, "seed", (long long)r->seed);
    json_key(&j, "rows");
    json_begin_object(&j);
    for (int i = 0; i < MG_HYP_HOLD_ROWS; i++) {
        const mg_hyp_hold_row *row = &e->rows[i];
        json_key(&j, hold_keys[i]);
        json_begin_object(&j);
        const char *keys[] = {"hits@10", "hits@20", "hits@50", "mrr", "auc"};
        const double vals[] = {row->hits10, row->hits20, row->hits50, row->mrr, row->auc};
        for (int k = 0; k < 5; k++) {
            json_key(&j, keys[k]);
            json_double(&j, vals[k]);
        }
        json_kv_int(&j, "proposed", (long long)row->proposed);
        json_end_object(&j);
    }
    json_end_object(&j);
    json_weights(&j, "weights", r->weights);
    json_key(&j, "held_out");
    json_begin_array(&j);
    for (size_t i = 0; i < e->pairs; i++) {
        const mg_hyp_hold_pair *p = &e->held[i];
        json_begin_object(&j);
        json_kv_string(&j, "subject", mg_graph_node(g, p->subject)->id);
        json_kv_string(&j, "object", mg_graph_node(g, p->object)->id);
        if (p->study) json_kv_string(&j, "study", p->study->id);
        json_key(&j, "steps"); /* null: unconnected in what was visible */
        if (p->steps) json_int(&j, p->steps);
        else json_string(&j, NULL);
        json_key(&j, "rank");
        json_begin_object(&j);
        for (int k = 0; k < MG_HYP_HOLD_ROWS; k++) {
            json_key(&j, hold_keys[k]);
            json_double(&j, p->rank[k]);
        }
        json_end_object(&j);
        json_end_object(&j);
    }
    json_end_array(&j);
    json_end_object(&j);
    json_finish(&j);
}

int cmd_hypotheses(const cli_args *args)
{
    hyp_request r;
    int status = parse_request(args, &r);
    if (status) return status;
    mg_graph *g = NULL;
    mg_hypothesis_set *set = NULL;
    if ((status = cli_load_graph(args, &g))) return status;
    if ((status = resolve_nodes(args, g, &r))) goto done;
    bool grid = cli_flag(args, "grid");
    if (r.by >= 0) {
        mg_hyp_holdout e;
        if (mg_hypotheses_holdout(&e, g, &r.o, (mg_hyp_holdout_by)r.by, r.cutoff, r.repeats, r.seed)) {
            cli_error("%s", mg_last_error());
            status = EXIT_DATA;
        } else if (cli_flag(args, "json")) {
            print_holdout_json(g, &e, &r);
        } else {
            print_holdout(&e, &r);
        }
        mg_hyp_holdout_free(&e);
        goto done;
    }
    mg_hyp_calibration fitted;
    if (cli_flag(args, "calibrate") || cli_flag(args, "fit")) {
        if (mg_hypotheses_calibrate(&fitted, g, &r.o)) {
            cli_error("%s", mg_last_error());
            status = EXIT_DATA;
            goto done;
        }
        if (cli_flag(args, "calibrate")) {
            if (cli_flag(args, "json")) {
                json_out j;
                cli_json_begin(&j, "mechgraph-calibration-1");
                json_kv_string(&j, "graph", mg_graph_name(g));
                cli_json_selection(&j);
                json_calibration(&j, &fitted, "this graph");
                json_end_object(&j);
                json_finish(&j);
            } else {
                print_calibration(&fitted);
            }
            goto done;
        }
        r.o.calibration = &fitted;
    }
    if (cli_flag(args, "evaluate")) {
        mg_hyp_evaluation e;
        if (mg_hypotheses_evaluate(&e, g, &r.o, r.repeats, r.seed, grid)) {
            cli_error("%s", mg_last_error());
            status = EXIT_DATA;
        } else if (cli_flag(args, "json")) {
            print_evaluation_json(&e, &r, grid);
        } else {
            print_evaluation(&e, &r, grid);
            if (e.truncated) {
                char why[160];
                snprintf(why, sizeof why, "a method's budget (--budget) cut the candidates of %zu of the %zu facts short",
                         e.truncated, e.facts);
                cli_truncated(why);
            }
        }
        goto done;
    }
    if (mg_hypotheses_generate(&set, g, &r.o)) {
        cli_error("%s", mg_last_error());
        status = EXIT_DATA;
    } else if (cli_flag(args, "json")) {
        print_json(g, set, &r);
    } else {
        /* JSON Lines have no envelope for it: like text, the truncation goes to stderr */
        if (cli_flag(args, "jsonl")) print_jsonl(g, set);
        else print_text(g, set);
        for (int m = 0; m < MG_HYP_METHOD_COUNT; m++)
            if (mg_hypothesis_set_truncated(set, (mg_hyp_method)m))
                cli_truncated(mg_hypothesis_set_truncated(set, (mg_hyp_method)m));
    }
done:
    mg_hypothesis_set_free(set);
    free(r.from);
    free(r.to);
    cli_graph_free(g);
    return status;
}
