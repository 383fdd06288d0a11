/*
 * io_indra.c - INDRA statements JSON, as INDRA's stmts_to_json writes it: a top-level array of
 * statements, each {"type": ..., agents under the type's roles, "belief", "evidence": [...]}.
 * Agents become nodes named by their "name" (INDRA's standard name), their db_refs xrefs through
 * the one prefix table (HGNC hgnc, UP uniprot, EGID ncbigene ...; TEXT, the words the source
 * used, a synonym); statements become edges:
 *   Activation, GtpActivation, Gef     subj (gef) -> obj (ras)   activates
 *   Inhibition, Gap                    subj (gap) -> obj (ras)   inhibits
 *   IncreaseAmount / DecreaseAmount    subj -> obj               upregulates / downregulates
 *   Phosphorylation ... Demethylation  enz -> sub                regulates (INDRA signs no
 *                                      modification: its SIF and signed IndraNet assemblers leave
 *                                      them without polarity)
 *   Complex                            each member -part_of-> one complex node "A:B"
 * Each statement's belief is the edge's weight; each piece of evidence cites its PubMed id (else
 * its text_refs DOI, else its source), with the source_api as the review it was read in, the
 * source_id as where, the sentence as note, and the BioContext's species, organ, disease and
 * cell. A statement with no edge form here (Translocation, ActiveForm, one agent missing ...) is
 * skipped with a warning left in the diagnostics; a malformed one is a problem, located by JSON
 * path ("[3].evidence[0].pmid"), and a file with any problem yields no graph.
 */
#include "json_text.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { ROLES_SUBJ_OBJ, ROLES_ENZ_SUB, ROLES_GEF, ROLES_GAP, ROLES_MEMBERS } roles;

static const struct {
    const char *type;
    roles roles;
    mg_relation relation;
} statement_types[] = {
    {"Activation", ROLES_SUBJ_OBJ, MG_REL_ACTIVATES},
    {"GtpActivation", ROLES_SUBJ_OBJ, MG_REL_ACTIVATES},
    {"Inhibition", ROLES_SUBJ_OBJ, MG_REL_INHIBITS},
    {"IncreaseAmount", ROLES_SUBJ_OBJ, MG_REL_UPREGULATES},
    {"DecreaseAmount", ROLES_SUBJ_OBJ, MG_REL_DOWNREGULATES},
    {"Gef", ROLES_GEF, MG_REL_ACTIVATES},
    {"Gap", ROLES_GAP, MG_REL_INHIBITS},
    {"Complex", ROLES_MEMBERS, MG_REL_PART_OF},
    {"Phosphorylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Dephosphorylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Hydroxylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Dehydroxylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Sumoylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Desumoylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Acetylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Deacetylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Glycosylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Deglycosylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Ribosylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Deribosylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Ubiquitination", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Deubiquitination", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Farnesylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Defarnesylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Geranylgeranylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Degeranylgeranylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Palmitoylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Depalmitoylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Myristoylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Demyristoylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Methylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
    {"Demethylation", ROLES_ENZ_SUB, MG_REL_REGULATES},
};
#define TYPE_COUNT (sizeof statement_types / sizeof *statement_types)

/* The node type an agent's db_refs tell, the first key found in this order deciding. */
static const struct {
    const char *key;
    mg_node_type type;
} agent_kinds[] = {
    {"FPLX", MG_NODE_COMPLEX},     {"HGNC", MG_NODE_GENE},       {"UP", MG_NODE_GENE},
    {"EGID", MG_NODE_GENE},        {"MIRBASE", MG_NODE_MIRNA},   {"MIRBASEM", MG_NODE_MIRNA},
    {"CHEBI", MG_NODE_CHEMICAL},   {"PUBCHEM", MG_NODE_CHEMICAL}, {"CHEMBL", MG_NODE_CHEMICAL},
    {"DRUGBANK", MG_NODE_CHEMICAL}, {"GO", MG_NODE_PROCESS},
};

typedef struct {
    mg_evidence *ev;
    size_t ref, review; /* indices in g->refs (review: SIZE_MAX for none) */
} pending;

typedef struct {
    const char *file;
    mg_diagnostics *diags;
    mg_graph *g;
    mg_json_path path;
    size_t problems;
    mg_error_t fatal;
    mg_hashmap nodes, refs;
    pending *pend;
    size_t pend_count, pend_cap;
    mg_buffer text;
} reader;

#define push(r, ...) mg__json_path_push(&(r)->path, __VA_ARGS__)
#define pop(r, saved) mg__json_path_pop(&(r)->path, saved)

static void problem(reader *r, const char *fmt, ...) MG_PRINTF(2, 3);
static void problem(reader *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mg__diag_pathv(r->diags, r->file, mg__json_path_text(&r->path), fmt, ap);
    va_end(ap);
    r->problems++;
}

static const char *keep(reader *r, const char *s, size_t len)
{
    const char *copy = mg_arena_strndup(&r->g->arena, s, len);
    if (!copy && !r->fatal) r->fatal = mg__fail(MG_ENOMEM, "out of memory");
    return copy;
}

/* Member `key` of `obj` as a string kept in the arena: NULL when absent, or when not a string or
 * not a valid name (`name`) or text (reported). */
static const char *string_member(reader *r, const cJSON *obj, const char *key, bool name)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v || cJSON_IsNull(v)) return NULL;
    size_t saved = push(r, ".%s", key);
    const char *out = NULL;
    char why[160];
    if (!cJSON_IsString(v)) problem(r, "expected a string, found %s", mg__json_kind(v));
    else if (name ? !mg__name_ok(v->valuestring, strlen(v->valuestring), key, why, sizeof why)
                  : !mg__text_ok(strlen(v->valuestring), key, why, sizeof why))
        problem(r, "%s", why);
    else out = keep(r, v->valuestring, strlen(v->valuestring));
    pop(r, saved);
    return out;
}

/* Member `key` as an object, or NULL (reported when present but something else). */
static const cJSON *object_member(reader *r, const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v || cJSON_IsNull(v)) return NULL;
    if (cJSON_IsObject(v)) return v;
    size_t saved = push(r, ".%s", key);
    problem(r, "expected an object, found %s", mg__json_kind(v));
    pop(r, saved);
    return NULL;
}

/* ---- agents: nodes ---- */

static void agent_xrefs(reader *r, const cJSON *refs, mg_node *node)
{
    size_t n = 0, saved = push(r, ".db_refs");
    for (const cJSON *m = refs->child; m; m = m->next) n++;
    mg_xref *x = n ? mg_arena_alloc(&r->g->arena, n * sizeof *x) : NULL;
    if (n && !x) {
        r->fatal = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    size_t k = 0;
    for (const cJSON *m = refs->child; m && !r->fatal; m = m->next) {
        size_t s2 = push(r, ".%s", m->string);
        char why[160];
        if (!cJSON_IsString(m)) {
            problem(r, "expected a string, found %s", mg__json_kind(m));
        } else if (!mg__name_ok(m->valuestring, strlen(m->valuestring), "db_refs value", why, sizeof why)) {
            problem(r, "%s", why);
        } else if (strcmp(m->string, "TEXT") == 0) {
            /* the words the source used: a synonym when they differ from the name */
            if (strcmp(m->valuestring, node->label) != 0 && !node->synonym_count) {
                const char **syn = mg_arena_alloc(&r->g->arena, sizeof *syn);
                if (!syn || !(syn[0] = keep(r, m->valuestring, strlen(m->valuestring)))) {
                    if (!r->fatal) r->fatal = mg__fail(MG_ENOMEM, "out of memory");
                } else {
                    node->synonyms = syn;
                    node->synonym_count = 1;
                }
            }
        } else if (strncmp(m->string, "TEXT", 4) != 0) { /* TEXT_NORM and the like are no xrefs */
            size_t klen = strlen(m->string);
            const char *prefix = mg__xref_prefix(m->string, klen);
            char *lower = NULL;
            if (!prefix && (lower = (char *)keep(r, m->string, klen)))
                for (char *c = lower; *c; c++) *c = (char)tolower((unsigned char)*c);
            x[k].key = prefix ? prefix : lower;
            x[k].value = keep(r, m->valuestring, strlen(m->valuestring));
            if (x[k].key && x[k].value) k++;
        }
        pop(r, s2);
    }
    node->xrefs = k ? x : NULL;
    node->xref_count = k;
done:
    pop(r, saved);
}

static mg_node_type agent_type(const cJSON *refs)
{
    for (size_t i = 0; refs && i < sizeof agent_kinds / sizeof *agent_kinds; i++)
        if (cJSON_GetObjectItemCaseSensitive(refs, agent_kinds[i].key)) return agent_kinds[i].type;
    return MG_NODE_ENTITY;
}

/* The node of a name, added (with `type`) when new; -1 when out of memory. */
static mg_id node_named(reader *r, const char *name, mg_node_type type, bool *added)
{
    *added = false;
    mg_id v = mg_hashmap_get(&r->nodes, name, strlen(name));
    if (v >= 0) return v;
    mg_node *node;
    if ((r->fatal = mg__graph_add_node(r->g, &node))) return -1;
    node->id = node->label = name;
    node->type = type;
    v = (mg_id)r->g->node_count - 1;
    if ((r->fatal = mg_hashmap_put(&r->nodes, name, v))) return -1;
    *added = true;
    return v;
}

/* The node of the agent at member `key` (an object with "name" and "db_refs"); -1 when absent
 * (`*absent`) or invalid (reported). */
static mg_id agent_at(reader *r, const cJSON *agent, const char *what, bool *absent)
{
    *absent = !agent || cJSON_IsNull(agent);
    if (*absent) return -1;
    size_t saved = push(r, "%s", what);
    mg_id v = -1;
    if (!cJSON_IsObject(agent)) {
        problem(r, "expected an agent (an object with a name), found %s", mg__json_kind(agent));
        goto done;
    }
    const char *name = string_member(r, agent, "name", true);
    const cJSON *refs = object_member(r, agent, "db_refs");
    if (!name) {
        if (!cJSON_GetObjectItemCaseSensitive(agent, "name")) problem(r, "missing member 'name' (the agent's name)");
        goto done;
    }
    bool added;
    if ((v = node_named(r, name, agent_type(refs), &added)) >= 0 && added && refs)
        agent_xrefs(r, refs, &r->g->nodes[v]);
done:
    pop(r, saved);
    return v;
}

/* ---- evidence ---- */

/* The index of the reference `id`, created with `citation` (and a PubMed id or DOI) when new. */
static size_t reference(reader *r, const char *id, const char *citation, const char *pmid, const char *doi)
{
    mg_id k = mg_hashmap_get(&r->refs, id, strlen(id));
    if (k >= 0) return (size_t)k;
    mg_reference *ref;
    const char *kid = keep(r, id, strlen(id)), *cite = keep(r, citation, strlen(citation));
    if (!kid || !cite || (r->fatal = mg__graph_add_reference(r->g, &ref))) return SIZE_MAX;
    *ref = (mg_reference){kid, cite, doi, pmid, NULL, NULL, 0};
    if ((r->fatal = mg_hashmap_put(&r->refs, kid, (mg_id)r->g->ref_count - 1))) return SIZE_MAX;
    return r->g->ref_count - 1;
}

/* The name of a BioContext entry ({"name": ..., "db_refs": ...}), or NULL. */
static const char *context_name(reader *r, const cJSON *context, const char *key)
{
    const cJSON *entry = object_member(r, context, key);
    if (!entry) return NULL;
    size_t saved = push(r, ".%s", key);
    const char *name = string_member(r, entry, "name", false);
    pop(r, saved);
    return name;
}

static bool digits(const char *s)
{
    if (!*s) return false;
    for (; *s; s++)
        if (*s < '0' || *s > '9') return false;
    return true;
}

static void read_one_evidence(reader *r, const cJSON *e, mg_evidence *out, size_t *ref, size_t *review)
{
    const char *api = string_member(r, e, "source_api", true);
    const char *pmid = string_member(r, e, "pmid", true);
    const char *doi = NULL;
    const cJSON *text_refs = object_member(r, e, "text_refs");
    if (text_refs) {
        size_t saved = push(r, ".text_refs");
        doi = string_member(r, text_refs, "DOI", true);
        if (!pmid) pmid = string_member(r, text_refs, "PMID", true);
        pop(r, saved);
    }
    /* the rule of the other readers (io_json.c, import.c), so that what INDRA gives exports and
     * reads back: a DOI starts "10." (fuzz_roundtrip found '10>1000/x' read here, refused there) */
    if (doi && strncmp(doi, "10.", 3) != 0) {
        size_t saved = push(r, ".text_refs.DOI");
        problem(r, "'%s' is not a DOI (expected '10.<registrant>/<suffix>')", doi);
        pop(r, saved);
        doi = NULL;
    }
    if (pmid && !digits(pmid)) {
        size_t saved = push(r, ".pmid");
        problem(r, "expected a PubMed id (digits), found '%s'", pmid);
        pop(r, saved);
        pmid = NULL;
    }
    out->where = string_member(r, e, "source_id", false);
    out->note = string_member(r, e, "text", false);
    const cJSON *context = object_member(r, e, "context");
    if (context) {
        size_t saved = push(r, ".context");
        out->organism = context_name(r, context, "species");
        out->system = context_name(r, context, "organ");
        out->disease = context_name(r, context, "disease");
        out->cell = context_name(r, context, "cell_type");
        if (!out->cell) out->cell = context_name(r, context, "cell_line");
        pop(r, saved);
    }
    if (r->fatal) return;
    char id[MG_NAME_MAX + 16];
    size_t source = SIZE_MAX;
    if (api) {
        /* the source INDRA read it from: the review of a study's evidence, or, for a database's
         * curation without a PubMed id or DOI, the study itself */
        r->text.len = 0;
        mg__buffer_printf(&r->text, "%s (a source of INDRA statements)", api);
        if (r->text.failed) r->fatal = mg__fail(MG_ENOMEM, "out of memory");
        else source = reference(r, api, mg__buffer_cstr(&r->text), NULL, NULL);
    }
    r->text.len = 0;
    if (pmid) {
        snprintf(id, sizeof id, "pmid:%s", pmid);
        mg__buffer_printf(&r->text, "PubMed %s", pmid);
    } else if (doi) {
        snprintf(id, sizeof id, "doi:%s", doi);
        mg__buffer_printf(&r->text, "doi:%s", doi);
    } else if (source != SIZE_MAX) {
        *ref = source;
        return;
    } else {
        snprintf(id, sizeof id, "indra");
        mg__buffer_printf(&r->text, "INDRA (no source, PubMed id or DOI given)");
    }
    if (r->text.failed) r->fatal = mg__fail(MG_ENOMEM, "out of memory");
    if (r->fatal) return;
    *ref = reference(r, id, mg__buffer_cstr(&r->text), pmid, doi);
    *review = source;
}

/* The statement's evidence, shared by the edges it makes: NULL with *count 0 when none. */
static mg_evidence *read_evidence(reader *r, const cJSON *stmt, size_t *count)
{
    *count = 0;
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(stmt, "evidence");
    if (!arr || cJSON_IsNull(arr)) return NULL;
    size_t top = push(r, ".evidence");
    mg_evidence *ev = NULL;
    size_t n = (size_t)cJSON_GetArraySize(arr);
    if (!cJSON_IsArray(arr)) {
        problem(r, "expected an array, found %s", mg__json_kind(arr));
        goto done;
    }
    if (!n) goto done;
    if (!(ev = mg_arena_alloc(&r->g->arena, n * sizeof *ev)) ||
        mg__reserve((void **)&r->pend, &r->pend_cap, r->pend_count + n, sizeof *r->pend)) {
        r->fatal = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    int i = 0;
    for (const cJSON *e = arr->child; e && !r->fatal; e = e->next, i++) {
        size_t saved = push(r, "[%d]", i);
        size_t before = r->problems, ref = SIZE_MAX, review = SIZE_MAX;
        mg_evidence x = {0};
        if (!cJSON_IsObject(e)) problem(r, "expected an object, found %s", mg__json_kind(e));
        else read_one_evidence(r, e, &x, &ref, &review);
        if (r->problems == before && ref != SIZE_MAX) {
            ev[*count] = x;
            r->pend[r->pend_count++] = (pending){&ev[*count], ref, review};
            ++*count;
        }
        pop(r, saved);
    }
done:
    pop(r, top);
    return *count ? ev : NULL;
}

/* ---- statements: edges ---- */

static void skip(reader *r, const char *fmt, ...) MG_PRINTF(2, 3);
/* A statement with no edge form: a warning, not a problem (the file still loads). */
static void skip(reader *r, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    mg__diag_path(r->diags, r->file, mg__json_path_text(&r->path), "%s: skipped", msg);
}

static void add_edge(reader *r, mg_id s, mg_id t, mg_relation rel, double weight, const mg_evidence *ev, size_t n)
{
    mg_edge *e;
    if ((r->fatal = mg__graph_add_edge(r->g, &e))) return;
    *e = (mg_edge){.source = s, .target = t, .relation = rel, .weight = weight, .evidence = ev, .evidence_count = n};
}

/* The complex node of a Complex's members, "A:B" in their order. */
static mg_id complex_node(reader *r, const mg_id *members, size_t n)
{
    r->text.len = 0;
    for (size_t i = 0; i < n; i++) {
        if (i) mg__buffer_putc(&r->text, ':');
        mg__buffer_puts(&r->text, r->g->nodes[members[i]].id);
    }
    if (r->text.failed) return r->fatal = mg__fail(MG_ENOMEM, "out of memory"), -1;
    char why[160];
    if (!mg__name_ok(r->text.data, r->text.len, "complex name", why, sizeof why)) {
        problem(r, "%s", why);
        return -1;
    }
    const char *name = keep(r, r->text.data, r->text.len);
    bool added;
    return name ? node_named(r, name, MG_NODE_COMPLEX, &added) : -1;
}

static void read_members(reader *r, const cJSON *stmt, double weight, const mg_evidence *ev, size_t n)
{
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(stmt, "members");
    if (!arr) {
        problem(r, "missing member 'members' (a Complex's agents)");
        return;
    }
    size_t top = push(r, ".members");
    if (!cJSON_IsArray(arr)) {
        problem(r, "expected an array of agents, found %s", mg__json_kind(arr));
        pop(r, top);
        return;
    }
    size_t count = (size_t)cJSON_GetArraySize(arr), k = 0, before = r->problems;
    mg_id *members = count ? malloc(count * sizeof *members) : NULL;
    if (count && !members) {
        r->fatal = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    int i = 0;
    for (const cJSON *a = arr->child; a && !r->fatal; a = a->next, i++) {
        char at[32];
        snprintf(at, sizeof at, "[%d]", i);
        bool absent;
        mg_id v = agent_at(r, a, at, &absent);
        if (absent) {
            size_t s2 = push(r, "%s", at);
            problem(r, "expected an agent (an object with a name), found null");
            pop(r, s2);
        }
        if (v >= 0) members[k++] = v;
    }
    pop(r, top);
    top = r->path.len;
    if (r->fatal || r->problems != before) goto done;
    if (k < 2) {
        skip(r, "a Complex of %zu member%s has no edge", k, k == 1 ? "" : "s");
        goto done;
    }
    mg_id c = complex_node(r, members, k);
    for (size_t j = 0; c >= 0 && j < k && !r->fatal; j++) add_edge(r, members[j], c, MG_REL_PART_OF, weight, ev, n);
done:
    pop(r, top);
    free(members);
}

/* The belief as the edge's weight: a number in [0, 1], 1 when absent. */
static double read_belief(reader *r, const cJSON *stmt)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(stmt, "belief");
    if (!v || cJSON_IsNull(v)) return 1.0;
    if (cJSON_IsNumber(v) && v->valuedouble >= 0 && v->valuedouble <= 1) return v->valuedouble;
    size_t saved = push(r, ".belief");
    if (!cJSON_IsNumber(v)) problem(r, "expected a number, found %s", mg__json_kind(v));
    else problem(r, "expected a belief between 0 and 1, found %g", v->valuedouble);
    pop(r, saved);
    return 1.0;
}

static void read_statement(reader *r, const cJSON *stmt)
{
    if (!cJSON_IsObject(stmt)) {
        problem(r, "expected an INDRA statement (an object with a type), found %s", mg__json_kind(stmt));
        return;
    }
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(stmt, "type");
    if (!type || !cJSON_IsString(type)) {
        if (!type) problem(r, "missing member 'type' (the statement's type: Activation, Complex ...)");
        else {
            size_t saved = push(r, ".type");
            problem(r, "expected a string, found %s", mg__json_kind(type));
            pop(r, saved);
        }
        return;
    }
    size_t t = 0;
    while (t < TYPE_COUNT && strcmp(statement_types[t].type, type->valuestring) != 0) t++;
    if (t == TYPE_COUNT) {
        const char *words[TYPE_COUNT];
        for (size_t i = 0; i < TYPE_COUNT; i++) words[i] = statement_types[i].type;
        const char *near = mg__closest_word(type->valuestring, words, TYPE_COUNT);
        char name[64];
        snprintf(name, sizeof name, "%s", type->valuestring);
        if (near) skip(r, "statement type '%s' has no edge form here (did you mean '%s'?)", name, near);
        else skip(r, "statement type '%s' has no edge form here (docs/format.md lists the types read)", name);
        return;
    }
    double weight = read_belief(r, stmt);
    size_t before = r->problems, n;
    const mg_evidence *ev = read_evidence(r, stmt, &n);
    roles ro = statement_types[t].roles;
    if (ro == ROLES_MEMBERS) {
        if (!r->fatal) read_members(r, stmt, weight, ev, n);
        return;
    }
    static const char *const role_names[][2] = {
        [ROLES_SUBJ_OBJ] = {"subj", "obj"}, [ROLES_ENZ_SUB] = {"enz", "sub"}, [ROLES_GEF] = {"gef", "ras"}, [ROLES_GAP] = {"gap", "ras"}};
    const char *a = role_names[ro][0], *b = role_names[ro][1];
    char at_a[16], at_b[16];
    snprintf(at_a, sizeof at_a, ".%s", a);
    snprintf(at_b, sizeof at_b, ".%s", b);
    bool no_a = false, no_b = false;
    mg_id s = agent_at(r, cJSON_GetObjectItemCaseSensitive(stmt, a), at_a, &no_a);
    mg_id o = r->fatal ? -1 : agent_at(r, cJSON_GetObjectItemCaseSensitive(stmt, b), at_b, &no_b);
    if (r->fatal || r->problems != before) return;
    if (no_a || no_b) {
        skip(r, "%s without '%s' has no edge", statement_types[t].type, no_a ? a : b);
        return;
    }
    add_edge(r, s, o, statement_types[t].relation, weight, ev, n);
}

/* ---- the document ---- */

bool mg__indra_sniff(const char *data, size_t size)
{
    size_t i = 0;
    if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < size && strchr(" \t\r\n", data[i]) && data[i]) i++;
    if (i == size || data[i] != '[') return false;
    for (i++; i < size && strchr(" \t\r\n", data[i]) && data[i]; i++) {}
    /* an empty list tells nothing: "[]" is read as INDRA's only with --from indra */
    if (i == size || data[i] != '{') return false;
    /* a statement names its type near its start; look in its first kilobytes */
    size_t end = size - i > 4096 ? i + 4096 : size;
    for (size_t k = i; k + 6 <= end; k++)
        if (memcmp(data + k, "\"type\"", 6) == 0) return true;
    return false;
}

mg_error_t mg__read_indra(mg_graph **out, const char *data, size_t size, const char *name, mg_diagnostics *diags)
{
    *out = NULL;
    reader r = {.file = name, .diags = diags};
    cJSON *root = NULL;
    mg_error_t err = mg__graph_new(&r.g, name);
    if (err) return err;
    if ((err = mg_hashmap_init(&r.nodes, 64)) || (err = mg_hashmap_init(&r.refs, 64))) goto done;
    if ((err = mg__json_parse_file(&root, data, size, name, "an array of INDRA statements", diags))) goto done;
    if (!cJSON_IsArray(root)) {
        problem(&r, "expected an array of INDRA statements, found %s", mg__json_kind(root));
    } else {
        int i = 0;
        for (const cJSON *stmt = root->child; stmt && !r.fatal; stmt = stmt->next, i++) {
            size_t saved = push(&r, "[%d]", i);
            read_statement(&r, stmt);
            pop(&r, saved);
        }
    }
    if ((err = r.fatal)) goto done;
    if (r.problems) {
        err = mg__fail(MG_EINVAL, "%s: %zu problem%s", name, r.problems, r.problems == 1 ? "" : "s");
        goto done;
    }
    for (size_t i = 0; i < r.pend_count; i++) {
        r.pend[i].ev->ref = &r.g->refs[r.pend[i].ref];
        r.pend[i].ev->review = r.pend[i].review == SIZE_MAX ? NULL : &r.g->refs[r.pend[i].review];
    }
    if ((err = mg__graph_index_nodes(r.g)) || (err = mg__graph_index_edges(r.g))) goto done;
    *out = r.g;
    r.g = NULL;
done:
    cJSON_Delete(root);
    mg_hashmap_destroy(&r.nodes);
    mg_hashmap_destroy(&r.refs);
    mg__buffer_free(&r.text);
    free(r.pend);
    mg_graph_free(r.g);
    return err;
}
