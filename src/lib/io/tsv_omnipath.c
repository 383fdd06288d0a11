/*
 * tsv_omnipath.c - what an edge table says beyond source, target and relation, as OmniPath's
 * interactions table writes it (the web service's TSV, the Python and R clients' data frames):
 * direction and sign flags (is_directed, is_stimulation, is_inhibition and their consensus_*),
 * gene symbols that name the nodes whose ids are UniProt accessions, and a references column of
 * PubMed ids ("SIGNOR:8524413;HPRD:8524413", miRTarBase's bare "8524413") turned into evidence,
 * one reference per PubMed id ("pmid:8524413"). io_tsv.c calls it for each row.
 */
#include "tsv_internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const field *column_at(const mg__tsv *r, const field *f, size_t n, column_role role)
{
    int c = r->col[role];
    return c != COL_NONE && c < (int)n ? &f[c] : NULL;
}

bool mg__tsv_has_flags(const mg__tsv *r)
{
    for (column_role role = ROLE_DIRECTED; role <= ROLE_CONSENSUS_INHIBITION; role++)
        if (r->col[role] != COL_NONE) return true;
    return false;
}

/* A flag cell: 1/0 (the web service), True/False (pandas), TRUE/FALSE (R); empty is 0. */
static bool flag(mg__tsv *r, const field *f, bool *out)
{
    *out = false;
    if (!f || !f->len) return true;
    static const char *const yes[] = {"1", "true"}, *const no[] = {"0", "false"};
    for (size_t i = 0; i < 2; i++) {
        if (f->len == strlen(yes[i]) && strncasecmp(f->start, yes[i], f->len) == 0) return *out = true, true;
        if (f->len == strlen(no[i]) && strncasecmp(f->start, no[i], f->len) == 0) return true;
    }
    mg__tsv_problem(r, f->column, "expected 1, 0, True or False (an OmniPath flag), found '%s'", f->start, f->len);
    return false;
}

bool mg__tsv_flag_relation(mg__tsv *r, const field *f, size_t n, mg_relation *rel)
{
    bool directed = true, stim = false, inh = false, ok = true;
    /* the consensus over OmniPath's resources, where the table has it; else any resource's word */
    column_role d = r->col[ROLE_CONSENSUS_DIRECTION] != COL_NONE ? ROLE_CONSENSUS_DIRECTION : ROLE_DIRECTED;
    column_role s = r->col[ROLE_CONSENSUS_STIMULATION] != COL_NONE ? ROLE_CONSENSUS_STIMULATION : ROLE_STIMULATION;
    column_role i = r->col[ROLE_CONSENSUS_INHIBITION] != COL_NONE ? ROLE_CONSENSUS_INHIBITION : ROLE_INHIBITION;
    if (r->col[d] != COL_NONE) ok = flag(r, column_at(r, f, n, d), &directed) && ok;
    ok = flag(r, column_at(r, f, n, s), &stim) && ok;
    ok = flag(r, column_at(r, f, n, i), &inh) && ok;
    if (!ok) return false;
    if (!directed) *rel = MG_REL_ASSOCIATED_WITH;
    else if (stim && !inh) *rel = MG_REL_ACTIVATES;
    else if (inh && !stim) *rel = MG_REL_INHIBITS;
    else *rel = MG_REL_REGULATES; /* directed, and either unsigned or both signs (mixed) */
    return true;
}

/* Splits the references cell: calls `each` for every item's PubMed id (digits) and resource
 * (before the ':', or empty). Returns false at the first item that is not one. */
typedef bool (*ref_fn)(mg__tsv *r, const char *pmid, size_t pmid_len, const char *db, size_t db_len, void *ctx);

static bool each_reference(mg__tsv *r, const field *refs, ref_fn each, void *ctx)
{
    const char *p = refs->start, *end = p + refs->len;
    while (p < end) {
        const char *stop = p;
        while (stop < end && *stop != ';' && *stop != '|' && *stop != ',') stop++;
        const char *a = p, *b = stop;
        while (a < b && *a == ' ') a++;
        while (b > a && b[-1] == ' ') b--;
        if (a < b) {
            const char *colon = memchr(a, ':', (size_t)(b - a));
            const char *id = colon ? colon + 1 : a;
            bool digits = id < b && (size_t)(b - id) <= 12;
            for (const char *q = id; q < b && digits; q++) digits = *q >= '0' && *q <= '9';
            if (!digits) {
                mg__tsv_problem(r, refs->column + (int)(a - refs->start),
                                "expected PubMed ids (digits, optionally after a resource and ':'), found '%s'", a,
                                (size_t)(b - a));
                return false;
            }
            if (each && !each(r, id, (size_t)(b - id), a, colon ? (size_t)(colon - a) : 0, ctx)) return false;
        }
        p = stop + 1;
    }
    return true;
}

bool mg__tsv_check_references(mg__tsv *r, const field *refs)
{
    return !refs || !refs->len || each_reference(r, refs, NULL, NULL);
}

/* What one row's references gather: each PubMed id once, with the resources that cite it. */
typedef struct {
    const char *pmid[64];
    size_t pmid_len[64];
    mg_buffer dbs[64];
    size_t count;
} row_refs;

static bool gather(mg__tsv *r, const char *pmid, size_t pmid_len, const char *db, size_t db_len, void *ctx)
{
    (void)r;
    row_refs *rr = ctx;
    size_t k = 0;
    while (k < rr->count && !(rr->pmid_len[k] == pmid_len && memcmp(rr->pmid[k], pmid, pmid_len) == 0)) k++;
    if (k == rr->count) {
        if (rr->count == 64) return true; /* a row citing more than 64 studies keeps the first 64 */
        rr->pmid[k] = pmid;
        rr->pmid_len[k] = pmid_len;
        rr->count++;
    }
    if (db_len) {
        if (rr->dbs[k].len) mg__buffer_puts(&rr->dbs[k], ", ");
        mg__buffer_append(&rr->dbs[k], db, db_len);
    }
    return true;
}

/* The index of the reference "pmid:ID", created when new. */
static mg_error_t reference_for(mg__tsv *r, const char *pmid, size_t len, size_t *out)
{
    char key[32];
    int klen = snprintf(key, sizeof key, "pmid:%.*s", (int)len, pmid);
    if (!r->refs_ready) {
        if (mg_hashmap_init(&r->refs, 64)) return mg__fail(MG_ENOMEM, "out of memory");
        r->refs_ready = true;
    }
    mg_id k = mg_hashmap_get(&r->refs, key, (size_t)klen);
    if (k >= 0) return *out = (size_t)k, MG_OK;
    mg_reference *ref;
    const char *id = mg_arena_strndup(&r->g->arena, key, (size_t)klen);
    const char *number = id ? id + 5 : NULL;
    char cite[40];
    int clen = snprintf(cite, sizeof cite, "PubMed %.*s", (int)len, pmid);
    const char *citation = mg_arena_strndup(&r->g->arena, cite, (size_t)clen);
    if (!id || !citation || mg__graph_add_reference(r->g, &ref)) return mg__fail(MG_ENOMEM, "out of memory");
    *ref = (mg_reference){id, citation, NULL, number, NULL, NULL, 0};
    *out = r->g->ref_count - 1;
    if (mg_hashmap_put(&r->refs, id, (mg_id)*out)) return mg__fail(MG_ENOMEM, "out of memory");
    return MG_OK;
}

mg_error_t mg__tsv_add_evidence(mg__tsv *r, const field *refs)
{
    if (!refs || !refs->len) return MG_OK;
    row_refs rr;
    memset(&rr, 0, sizeof rr);
    mg_error_t err = MG_OK;
    each_reference(r, refs, gather, &rr); /* checked already: every item is a PubMed id */
    mg_evidence *ev = rr.count ? mg_arena_alloc(&r->g->arena, rr.count * sizeof *ev) : NULL;
    if (rr.count && !ev) err = mg__fail(MG_ENOMEM, "out of memory");
    if (!err && mg__reserve((void **)&r->pending, &r->pending_cap, r->pending_count + rr.count, sizeof *r->pending))
        err = mg__fail(MG_ENOMEM, "out of memory");
    for (size_t k = 0; !err && k < rr.count; k++) {
        size_t ref = 0;
        if ((err = reference_for(r, rr.pmid[k], rr.pmid_len[k], &ref))) break;
        ev[k] = (mg_evidence){0};
        if (rr.dbs[k].len) {
            r->note.len = 0;
            mg__buffer_printf(&r->note, "cited by %s", mg__buffer_cstr(&rr.dbs[k]));
            if (!(ev[k].note = mg_arena_strndup(&r->g->arena, mg__buffer_cstr(&r->note), r->note.len)))
                err = mg__fail(MG_ENOMEM, "out of memory");
        }
        r->pending[r->pending_count++] = (mg__tsv_pending){&ev[k], ref};
    }
    if (!err && rr.count) {
        mg_edge *e = &r->g->edges[r->g->edge_count - 1];
        e->evidence = ev;
        e->evidence_count = rr.count;
    }
    for (size_t k = 0; k < rr.count; k++) mg__buffer_free(&rr.dbs[k]);
    return err;
}

void mg__tsv_resolve_evidence(mg__tsv *r)
{
    for (size_t i = 0; i < r->pending_count; i++) r->pending[i].ev->ref = &r->g->refs[r->pending[i].ref];
}

/* A UniProt accession: [OPQ][0-9][A-Z0-9]{3}[0-9] or [A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2},
 * checked by its shape (6 or 10 capitals and digits, a letter then a digit, a digit last). */
static bool uniprot_accession(const char *s, size_t len)
{
    if ((len != 6 && len != 10) || !(s[0] >= 'A' && s[0] <= 'Z') || !(s[1] >= '0' && s[1] <= '9') ||
        !(s[len - 1] >= '0' && s[len - 1] <= '9'))
        return false;
    for (size_t i = 0; i < len; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) return false;
    return true;
}

mg_error_t mg__tsv_label_node(mg__tsv *r, mg_id v, const field *id, const field *label)
{
    if (mg__reserve((void **)&r->labelled, &r->labelled_cap, (size_t)v + 1, sizeof *r->labelled))
        return mg__fail(MG_ENOMEM, "out of memory");
    for (; r->labelled_len <= (size_t)v; r->labelled_len++) r->labelled[r->labelled_len] = false;
    if (r->labelled[v]) return MG_OK;
    r->labelled[v] = true;
    mg_node *node = &r->g->nodes[v];
    if (label && label->len && !(label->len == id->len && memcmp(label->start, id->start, id->len) == 0) &&
        !(node->label = mg_arena_strndup(&r->g->arena, label->start, label->len)))
        return mg__fail(MG_ENOMEM, "out of memory");
    if (uniprot_accession(id->start, id->len)) {
        mg_xref *x = mg_arena_alloc(&r->g->arena, sizeof *x);
        if (!x) return mg__fail(MG_ENOMEM, "out of memory");
        x->key = "uniprot";
        if (!(x->value = mg_arena_strndup(&r->g->arena, id->start, id->len))) return mg__fail(MG_ENOMEM, "out of memory");
        node->xrefs = x;
        node->xref_count = 1;
        node->type = MG_NODE_GENE; /* a protein: mechgraph's genes are genes and their products */
    }
    return MG_OK;
}

void mg__tsv_omnipath_free(mg__tsv *r)
{
    if (r->refs_ready) mg_hashmap_destroy(&r->refs);
    free(r->pending);
    free(r->labelled);
}
