/*
 * cmd_studies.c - `mechgraph studies [REF]`: every study the graph cites, with the reviews that
 * read it, the edges it supports, its diseases and organisms and its cautions; or one study with
 * all its edges and their evidence. The gathering is the library's (mg_studies_new).
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* "a, b, c" into the table, or "" */
static void add_list(cli_table *t, const char *const *items, size_t n)
{
    char buf[1024];
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n && used < sizeof buf; i++)
        used += (size_t)snprintf(buf + used, sizeof buf - used, "%s%s", i ? ", " : "", items[i]);
    cli_table_add(t, buf);
}

static void print_list(const char *what, const char *const *items, size_t n)
{
    if (!n) return;
    fprintf(cli_out(), "  %-10s", what);
    for (size_t i = 0; i < n; i++) fprintf(cli_out(), "%s%s", i ? ", " : "", items[i]);
    fprintf(cli_out(), "\n");
}

/* The reviews' ids, for add_list and print_list. */
static const char **review_ids(const mg_study *s)
{
    const char **ids = malloc((s->review_count ? s->review_count : 1) * sizeof *ids);
    for (size_t i = 0; ids && i < s->review_count; i++) ids[i] = s->reviews[i]->id;
    return ids;
}

static void json_list(json_out *j, const char *key, const char *const *items, size_t n)
{
    json_key(j, key);
    json_begin_array(j);
    for (size_t i = 0; i < n; i++) json_string(j, items[i]);
    json_end_array(j);
}

/* The study's own fields, inside its JSON object. */
static void json_study(json_out *j, const mg_study *s)
{
    const mg_reference *r = s->ref;
    json_kv_string(j, "id", r->id);
    json_kv_string(j, "label", s->label);
    json_kv_string(j, "citation", r->citation);
    json_kv_string(j, "doi", r->doi);
    json_kv_string(j, "pmid", r->pmid);
    json_kv_string(j, "note", r->note);
    json_kv_int(j, "edge_count", (long long)s->edge_count);
    json_kv_int(j, "evidence_count", (long long)s->evidence_count);
    if (s->read_from_count) json_kv_int(j, "read_from_count", (long long)s->read_from_count);
    json_key(j, "reviews");
    json_begin_array(j);
    for (size_t i = 0; i < s->review_count; i++) json_string(j, s->reviews[i]->id);
    json_end_array(j);
    json_list(j, "contexts", s->contexts, s->context_count);
    json_list(j, "organisms", s->organisms, s->organism_count);
    json_key(j, "cautions");
    json_begin_array(j);
    for (size_t i = 0; i < r->caution_count; i++) {
        json_begin_object(j);
        json_kv_string(j, "code", r->cautions[i].code);
        json_kv_string(j, "text", r->cautions[i].text);
        json_kv_string(j, "scope", "citation");
        json_end_object(j);
    }
    json_end_array(j);
    json_key(j, "evidence_cautions");
    json_begin_object(j);
    json_kv_int(j, "count", (long long)s->cautioned_count);
    json_list(j, "codes", s->caution_codes, s->caution_code_count);
    json_end_object(j);
}

/* The ⚠ lines of a study in the list: its citation's cautions, and how many findings have some. */
static void print_list_cautions(const mg_study *s)
{
    for (size_t i = 0; i < s->ref->caution_count; i++)
        fprintf(cli_out(), "\u26A0 %s: citation (%s): %s\n", s->ref->id, s->ref->cautions[i].code, s->ref->cautions[i].text);
    if (s->cautioned_count) {
        fprintf(cli_out(), "\u26A0 %s: %zu piece%s of evidence with cautions (", s->ref->id, s->cautioned_count,
               s->cautioned_count == 1 ? "" : "s");
        for (size_t i = 0; i < s->caution_code_count; i++) fprintf(cli_out(), "%s%s", i ? ", " : "", s->caution_codes[i]);
        fprintf(cli_out(), "): mechgraph studies %s\n", s->ref->id);
    }
}

static int print_all(const mg_studies *st, bool json)
{
    size_t n = mg_studies_count(st);
    if (json) {
        json_out j;
        cli_json_begin(&j, "mechgraph-studies-1");
        json_kv_int(&j, "count", (long long)n);
        json_key(&j, "studies");
        json_begin_array(&j);
        for (size_t i = 0; i < n; i++) {
            json_begin_object(&j);
            json_study(&j, mg_studies_get(st, i));
            json_end_object(&j);
        }
        json_end_array(&j);
        json_end_object(&j);
        json_finish(&j);
        return 0;
    }
    cli_table t;
    cli_table_init(&t, 7);
    const char *head[] = {"study", "cited as", "edges", "reviews", "organisms", "contexts", "doi"};
    for (size_t i = 0; i < 7; i++) cli_table_add(&t, head[i]);
    for (size_t i = 0; i < n; i++) {
        const mg_study *s = mg_studies_get(st, i);
        const char **ids = review_ids(s);
        if (!ids) {
            cli_table_free(&t);
            cli_error("out of memory");
            return EXIT_DATA;
        }
        cli_table_add(&t, s->ref->id);
        cli_table_add(&t, s->label);
        cli_table_addf(&t, "%zu", s->edge_count);
        add_list(&t, ids, s->review_count);
        add_list(&t, s->organisms, s->organism_count);
        add_list(&t, s->contexts, s->context_count);
        cli_table_add(&t, s->ref->doi ? s->ref->doi : "");
        free(ids);
    }
    cli_table_print(&t, cli_out(), "");
    cli_table_free(&t);
    fprintf(cli_out(), "%zu stud%s\n", n, n == 1 ? "y" : "ies");
    for (size_t i = 0; i < n; i++) print_list_cautions(mg_studies_get(st, i));
    return 0;
}

static void print_one_text(const mg_graph *g, const mg_study *s)
{
    const mg_reference *r = s->ref;
    fprintf(cli_out(), "%s  %s\n", r->id, s->label);
    if (r->citation) fprintf(cli_out(), "  citation  %s\n", r->citation);
    if (r->doi) fprintf(cli_out(), "  doi       %s\n", r->doi);
    if (r->pmid) fprintf(cli_out(), "  pmid      %s\n", r->pmid);
    if (r->note) fprintf(cli_out(), "  note      %s\n", r->note);
    const char **ids = review_ids(s);
    if (ids) print_list("reviews", ids, s->review_count);
    free(ids);
    print_list("contexts", s->contexts, s->context_count);
    print_list("organisms", s->organisms, s->organism_count);
    if (s->read_from_count) fprintf(cli_out(), "  read from it as a review: %zu pieces of evidence\n", s->read_from_count);
    for (size_t i = 0; i < r->caution_count; i++)
        fprintf(cli_out(), "  \u26A0 citation (%s): %s\n", r->cautions[i].code, r->cautions[i].text);
    fprintf(cli_out(), "\nedges (%zu), %zu piece%s of evidence\n", s->edge_count, s->evidence_count, s->evidence_count == 1 ? "" : "s");
    for (size_t i = 0; i < s->edge_count; i++) {
        const mg_edge *e = mg_graph_edge(g, s->edges[i]);
        fprintf(cli_out(), "  %s", mg_graph_node(g, e->source)->id);
        cli_print_arrow(cli_out(), e->relation);
        fprintf(cli_out(), "%s\n", mg_graph_node(g, e->target)->id);
        if (e->note) fprintf(cli_out(), "      note: %s\n", e->note);
        for (size_t k = 0; k < e->evidence_count; k++)
            if (e->evidence[k].ref == r) cli_print_evidence(cli_out(), &e->evidence[k], "");
    }
}

static void print_one_json(const mg_graph *g, const mg_study *s)
{
    json_out j;
    cli_json_begin(&j, "mechgraph-study-1");
    json_study(&j, s);
    json_key(&j, "edges");
    json_begin_array(&j);
    for (size_t i = 0; i < s->edge_count; i++) {
        const mg_edge *e = mg_graph_edge(g, s->edges[i]);
        json_begin_object(&j);
        json_kv_string(&j, "source", mg_graph_node(g, e->source)->id);
        json_kv_string(&j, "target", mg_graph_node(g, e->target)->id);
        json_kv_string(&j, "relation", mg_relation_name(e->relation));
        json_kv_string(&j, "note", e->note);
        json_key(&j, "evidence"); /* this study's only; the study is the object around them */
        json_begin_array(&j);
        for (size_t k = 0; k < e->evidence_count; k++) {
            const mg_evidence *x = &e->evidence[k];
            if (x->ref != s->ref) continue;
            json_begin_object(&j);
            json_kv_string(&j, "review", x->review ? x->review->id : NULL);
            json_kv_string(&j, "where", x->where);
            json_kv_string(&j, "organism", x->organism);
            json_kv_string(&j, "system", x->system);
            json_kv_string(&j, "disease", x->disease);
            json_kv_string(&j, "cell", x->cell);
            json_kv_string(&j, "note", x->note);
            if (x->caution_count || x->ref->caution_count) cli_json_cautions(&j, x);
            json_end_object(&j);
        }
        json_end_array(&j);
        json_end_object(&j);
    }
    json_end_array(&j);
    json_end_object(&j);
    json_finish(&j);
}

/* The study REF names; prints "no study"/"ambiguous" with candidates. */
static int find_one(const mg_studies *st, const char *text, size_t *index)
{
    mg_study_match m = MG_STUDY_MATCH_INIT;
    mg_error_t err = mg_studies_find(&m, st, text);
    if (err == MG_OK) *index = m.study;
    else if (err == MG_EAMBIGUOUS) cli_error("'%s' is ambiguous; it names %zu studies:", text, m.candidate_count);
    else if (err == MG_ENOTFOUND) cli_error("no study '%s'%s", text, m.candidate_count ? "; did you mean:" : "");
    else cli_error("%s", mg_last_error());
    for (size_t i = 0; err && i < m.candidate_count; i++) {
        const mg_study *s = mg_studies_get(st, m.candidates[i]);
        fprintf(cli_err(), "  %s (%s)\n", s->ref->id, s->label);
    }
    mg_study_match_clear(&m);
    return err ? EXIT_DATA : 0;
}

int cmd_studies(const cli_args *args)
{
    mg_graph *g = NULL;
    int status = cli_load_graph(args, &g);
    if (status) return status;
    mg_studies *st = NULL;
    if (mg_studies_new(&st, g) != MG_OK) {
        cli_error("%s", mg_last_error());
        cli_graph_free(g);
        return EXIT_DATA;
    }
    bool json = cli_flag(args, "json");
    if (args->positional_count == 0) {
        status = print_all(st, json);
    } else {
        size_t i;
        if (!(status = find_one(st, args->positional[0], &i))) {
            if (json) print_one_json(g, mg_studies_get(st, i));
            else print_one_text(g, mg_studies_get(st, i));
        }
    }
    mg_studies_free(st);
    cli_graph_free(g);
    return status;
}
