/*
 * io_tsv.c - tab-separated readers, fed a chunk of lines at a time so that a file of any size is
 * read in one pass through a small buffer (io_file.c streams it): edge lists (TSV: source,
 * target, then optional relation and/or weight columns; SIF: source, relation, one or more
 * targets), and node tables (id, name, kind).
 *
 * A header names the columns, in any order; columns it does not know are ignored. An edge header
 * starts with a source column ("source", "tail", "from", "node1", "PARTICIPANT_A" ...); a node
 * header with an id column ("id", "node", "PARTICIPANT"). A first line starting with '#' is a
 * header when its words are ("#tail head", "#Node<TAB>Node type", PathLinker's files), otherwise
 * a comment. After a blank line a new header may start a new section: Pathway Commons' extended
 * SIF lists its interactions, a blank line, then its participants. `--columns` (the `columns`
 * option) names the columns instead, by header name or number.
 *
 * Relation columns take relation names, signs (+/-, +1/-1, activation/inhibition ...), Pathway
 * Commons interaction types; a "metaedge" column takes Hetionet's abbreviations (vocab_foreign.c).
 * Which column has which role is tsv_columns.c's; this file reads the rows and streams.
 * CRLF, a byte order mark, '#' comments and blank lines are accepted (a first cell "\#a" is the
 * name "#a", as the TSV and SIF exports write it, not a comment); every malformed line is
 * reported with its line and column, and reading goes on so that one run reports them all.
 */
#include "tsv_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int column_of(const char *line, const char *at)
{
    int col = 1;
    for (const char *p = line; p < at; p++)
        if (((unsigned char)*p & 0xC0) != 0x80) col++;
    return col;
}

static mg_id node_for(mg__tsv *r, const field *f)
{
    mg_id v = mg_hashmap_get(&r->ids, f->start, f->len);
    if (v >= 0) return v;
    mg_node *node;
    const char *id = mg_arena_strndup(&r->g->arena, f->start, f->len);
    if (!id || mg__graph_add_node(r->g, &node)) return -2;
    node->id = node->label = id;
    node->type = MG_NODE_ENTITY;
    v = (mg_id)(r->g->node_count - 1);
    if (mg_hashmap_put(&r->ids, id, v)) return -2;
    return v;
}

static bool check_name(mg__tsv *r, const field *f, const char *what)
{
    char why[160];
    if (mg__name_ok(f->start, f->len, what, why, sizeof why)) return true;
    mg__diag_at(r->diags, r->file, r->line, f->column, "%s", why);
    r->problems++;
    return false;
}

/* A column kept as text (in a note, or as cross-references), named by its header cell. */
static bool check_text(mg__tsv *r, const field *f, const field *name)
{
    char why[160], what[64];
    snprintf(what, sizeof what, "column '%.*s'", (int)(name->len < 40 ? name->len : 40), name->start);
    if (mg__text_ok(f->len, what, why, sizeof why)) return true;
    mg__diag_at(r->diags, r->file, r->line, f->column, "%s", why);
    r->problems++;
    return false;
}

/* A field as a C string in `buf`, or false when it does not fit. */
static bool field_text(const field *f, char *buf, size_t size)
{
    if (f->len >= size) return false;
    memcpy(buf, f->start, f->len);
    buf[f->len] = '\0';
    return true;
}

/* Parses a relation column (or a metaedge column), or also a weight when `weight` is not NULL;
 * returns false (and reports it) when the column is neither. */
static bool parse_relation(mg__tsv *r, const field *f, column_role role, mg_relation *rel, bool *reversed, double *weight)
{
    char buf[64];
    if (field_text(f, buf, sizeof buf)) {
        if (role == ROLE_METAEDGE) {
            if (mg__relation_from_metaedge(rel, buf)) return true;
            mg__tsv_problem(r, f->column, "unknown Hetionet metaedge '%s' (expected an abbreviation such as CtD or GiG)", f->start,
                    f->len);
            return false;
        }
        char *end;
        (void)(weight ? strtod(buf, &end) : 0);
        /* "+1" and "-1" are signs; a weight is written without a sign */
        if (weight && f->len && *end == '\0' && buf[0] != '+' && buf[0] != '-') {
            if (mg__weight_parse(buf, weight)) return true;
            /* 1e999, inf, nan, 1e301: a number, but no weight */
            mg__tsv_problem(r, f->column, "expected " MG__WEIGHT_RULE ", found '%s'", f->start, f->len);
            return false;
        }
        /* a column of relations or signs, not of weights: 1 and 0 are signs there, as -1 is
         * (OmniPath's and CARNIVAL's "interaction" column of 1 and -1) */
        if (mg__relation_from_word(rel, buf, role == ROLE_SIGN || !weight)) return true;
        if (mg__relation_from_pathway_commons(rel, reversed, buf)) return true;
        if (mg__relation_from_signor(rel, buf)) return true;
        const char *near = mg__closest_relation(buf);
        if (near) {
            char msg[160];
            snprintf(msg, sizeof msg, "unknown relation '%%s' (did you mean '%s'?)", near);
            mg__tsv_problem(r, f->column, msg, f->start, f->len);
            return false;
        }
    }
    mg__diag_at(r->diags, r->file, r->line, f->column,
                "expected a relation or a sign such as + or - (see docs/format.md)%s, found '%.*s'",
                weight ? " or a weight" : "", (int)(f->len > 40 ? 40 : f->len), f->start);
    r->problems++;
    return false;
}

/* A metaedge column (Hetionet's): the abbreviation read last is remembered, as a file of them
 * repeats a few dozen (a search of the table for each of Hetionet's 766,000 rows was a tenth
 * of its parsing). */
static bool parse_metaedge(mg__tsv *r, const field *f, mg_relation *rel)
{
    if (r->metaedge_len && f->len == r->metaedge_len && memcmp(f->start, r->metaedge, f->len) == 0) {
        *rel = r->metaedge_rel;
        return true;
    }
    if (!parse_relation(r, f, ROLE_METAEDGE, rel, NULL, NULL)) return false;
    if (f->len < sizeof r->metaedge) {
        memcpy(r->metaedge, f->start, f->len);
        r->metaedge_len = f->len;
        r->metaedge_rel = *rel;
    }
    return true;
}

static bool parse_weight(mg__tsv *r, const field *f, double *weight)
{
    char buf[64];
    if (field_text(f, buf, sizeof buf)) {
        if (mg__weight_parse(buf, weight)) return true;
    }
    mg__tsv_problem(r, f->column, "expected " MG__WEIGHT_RULE ", found '%s'", f->start, f->len > 40 ? 40 : f->len);
    return false;
}

static mg_error_t add_edge(mg__tsv *r, mg_id s, mg_id t, mg_relation rel, double weight, const char *note)
{
    mg_edge *e;
    mg_error_t err = mg__graph_add_edge(r->g, &e);
    if (err) return err;
    e->source = s;
    e->target = t;
    e->relation = rel;
    e->weight = weight;
    e->note = note;
    return MG_OK;
}

/* Whether the columns kept as text (a note, cross-references) are within MG_TEXT_MAX. */
static bool check_info(mg__tsv *r, const field *f, size_t n)
{
    bool ok = true;
    for (size_t i = 0; i < n && i < MAX_FIELDS; i++)
        if (r->info[i] && f[i].len) ok = check_text(r, &f[i], &r->info_name[i]) && ok;
    return ok;
}

/* Appends "name: value" for each info column with a value, as the edge's note (*out, NULL when
 * there is none); false (reported) when the note would be longer than MG_TEXT_MAX. */
static bool info_note(mg__tsv *r, const field *f, size_t n, const char **out)
{
    *out = NULL;
    r->note.len = 0;
    int first = 0;
    for (size_t i = 0; i < n && i < MAX_FIELDS; i++) {
        if (!r->info[i] || !f[i].len) continue;
        if (r->note.len) mg__buffer_puts(&r->note, "; ");
        else first = f[i].column;
        mg__buffer_printf(&r->note, "%s: %.*s", r->info_name[i].start, (int)f[i].len, f[i].start);
    }
    if (!r->note.len) return true;
    char why[160];
    if (!mg__text_ok(r->note.len, "note (the columns kept in it)", why, sizeof why)) {
        mg__diag_at(r->diags, r->file, r->line, first, "%s", why);
        r->problems++;
        return false;
    }
    *out = mg_arena_strndup(&r->g->arena, mg__buffer_cstr(&r->note), r->note.len);
    return true;
}

static const field *column(const field *f, size_t n, int col) { return col != COL_NONE && col < (int)n ? &f[col] : NULL; }

static mg_error_t read_edge_row(mg__tsv *r, const field *f, size_t n)
{
    if (r->col[ROLE_TARGET] == COL_NONE || r->col[ROLE_SOURCE] == COL_NONE) return MG_OK; /* reported with the header */
    int need = r->col[ROLE_SOURCE] > r->col[ROLE_TARGET] ? r->col[ROLE_SOURCE] : r->col[ROLE_TARGET];
    if ((int)n <= need) {
        int end = f[n - 1].column + (int)f[n - 1].len;
        if (r->columns) mg__diag_at(r->diags, r->file, r->line, end, "expected %d columns as the header says, found %zu", r->columns, n);
        else mg__diag_at(r->diags, r->file, r->line, end, "expected at least %d columns (--columns), found %zu", need + 1, n);
        r->problems++;
        return MG_OK;
    }
    /* miRTarBase's validated targets: the miRNA represses its target gene (as the curated graph's
     * miRNA -downregulates-| gene edges) */
    mg_relation rel = r->mirtarbase ? MG_REL_DOWNREGULATES : MG_REL_ASSOCIATED_WITH;
    double weight = 1.0;
    bool reversed = false;
    const field *src = &f[r->col[ROLE_SOURCE]], *dst = &f[r->col[ROLE_TARGET]], *x;
    mg_hashmap_prefetch(&r->ids, src->start, src->len);
    mg_hashmap_prefetch(&r->ids, dst->start, dst->len);
    bool ok = check_name(r, src, "node name");
    ok = check_name(r, dst, "node name") && ok;
    for (column_role role = ROLE_RELATION; role <= ROLE_METAEDGE; role++)
        if (role != ROLE_WEIGHT && (x = column(f, n, r->col[role])) && x->len)
            ok = (role == ROLE_METAEDGE ? parse_metaedge(r, x, &rel) : parse_relation(r, x, role, &rel, &reversed, NULL)) && ok;
    if ((x = column(f, n, r->col[ROLE_WEIGHT])) && x->len) ok = parse_weight(r, x, &weight) && ok;
    /* OmniPath's table: flags give the relation, gene symbols the names, PubMed ids evidence */
    bool flags = mg__tsv_has_flags(r);
    if (flags) ok = mg__tsv_flag_relation(r, f, n, &rel) && ok;
    /* PubMed ids only where the table says so (OmniPath's flags, miRTarBase): another tool's
     * "references" column (mechgraph's own TSV export: study ids) is not PubMed's */
    const field *refs = flags || r->mirtarbase ? column(f, n, r->col[ROLE_REFERENCES]) : NULL;
    const field *src_label = column(f, n, r->col[ROLE_SOURCE_LABEL]), *dst_label = column(f, n, r->col[ROLE_TARGET_LABEL]);
    ok = mg__tsv_check_references(r, refs) && ok;
    if (src_label && src_label->len) ok = check_name(r, src_label, "node name") && ok;
    if (dst_label && dst_label->len) ok = check_name(r, dst_label, "node name") && ok;
    const char *note = NULL;
    ok = check_info(r, f, n) && ok;
    if (!ok || !info_note(r, f, n, &note)) return MG_OK;
    mg_id s = node_for(r, src), t = node_for(r, dst);
    if (s == -2 || t == -2) return mg__fail(MG_ENOMEM, "out of memory");
    mg_error_t err = MG_OK;
    if (r->mirtarbase) r->g->nodes[s].type = MG_NODE_MIRNA, r->g->nodes[t].type = MG_NODE_GENE;
    if (flags || r->col[ROLE_SOURCE_LABEL] != COL_NONE || r->col[ROLE_TARGET_LABEL] != COL_NONE) {
        if ((err = mg__tsv_label_node(r, s, src, src_label)) || (err = mg__tsv_label_node(r, t, dst, dst_label))) return err;
    }
    if ((err = add_edge(r, reversed ? t : s, reversed ? s : t, rel, weight, note))) return err;
    return mg__tsv_add_evidence(r, refs);
}

/* "key:value;key:value" (Pathway Commons' "uniprot knowledgebase:P31749") or a Hetionet id
 * "Gene::8877" into xrefs. */
static mg_error_t add_xref(mg__tsv *r, mg_xref **xrefs, size_t *count, size_t *cap, const char *key, size_t key_len,
                           const char *value, size_t value_len)
{
    if (mg__reserve((void **)xrefs, cap, *count + 1, sizeof **xrefs)) return mg__fail(MG_ENOMEM, "out of memory");
    mg_xref *x = &(*xrefs)[(*count)++];
    const char *prefix = mg__xref_prefix(key, key_len); /* one spelling per database, for merging */
    x->key = prefix ? prefix : mg_arena_strndup(&r->g->arena, key, key_len);
    x->value = mg_arena_strndup(&r->g->arena, value, value_len);
    return x->key && x->value ? MG_OK : mg__fail(MG_ENOMEM, "out of memory");
}

static mg_error_t read_node_row(mg__tsv *r, const field *f, size_t n)
{
    const field *id = column(f, n, r->col[ROLE_ID]), *label = column(f, n, r->col[ROLE_LABEL]);
    const field *kind = column(f, n, r->col[ROLE_KIND]);
    if (!id) {
        mg__diag_at(r->diags, r->file, r->line, f[n - 1].column + (int)f[n - 1].len,
                    "expected a node id in column %d, found %zu columns", r->col[ROLE_ID] + 1, n);
        r->problems++;
        return MG_OK;
    }
    bool ok = check_name(r, id, "node id");
    if (label && label->len) ok = check_name(r, label, "node name") && ok;
    if (kind && kind->len) ok = check_name(r, kind, "node type") && ok;
    ok = check_info(r, f, n) && ok;
    if (!ok) return MG_OK;
    mg_id v = node_for(r, id);
    if (v == -2) return mg__fail(MG_ENOMEM, "out of memory");
    if (mg__reserve((void **)&r->described, &r->described_cap, (size_t)v + 1, sizeof *r->described))
        return mg__fail(MG_ENOMEM, "out of memory");
    for (; r->described_len <= (size_t)v; r->described_len++) r->described[r->described_len] = false;
    if (r->described[v]) {
        mg__tsv_problem(r, id->column, "node '%s' has a row already", id->start, id->len);
        return MG_OK;
    }
    r->described[v] = true;
    mg_node *node = &r->g->nodes[v];
    /* a name that is the id again, or "none" (NetPath's node tables), says nothing */
    if (label && label->len && !(label->len == 4 && strncmp(label->start, "none", 4) == 0) &&
        !(label->len == id->len && memcmp(label->start, id->start, id->len) == 0)) {
        if (!(node->label = mg_arena_strndup(&r->g->arena, label->start, label->len))) return mg__fail(MG_ENOMEM, "out of memory");
    }
    mg_xref *xrefs = NULL;
    size_t xref_count = 0, xref_cap = 0;
    mg_error_t err = MG_OK;
    if (kind && kind->len) {
        char buf[64];
        mg_node_type type;
        if (field_text(kind, buf, sizeof buf) && mg__node_type_from_kind(&type, buf)) {
            node->type = type;
        } else {
            r->note.len = 0;
            mg__buffer_printf(&r->note, "kind: %.*s", (int)kind->len, kind->start);
            if (!(node->note = mg_arena_strndup(&r->g->arena, mg__buffer_cstr(&r->note), r->note.len)))
                return mg__fail(MG_ENOMEM, "out of memory");
        }
        /* Hetionet's ids are "<kind>::<identifier>": the id is a cross-reference, and so are the
         * identifier of a gene (Entrez) and of a disease (Disease Ontology), under the keys the
         * curated graph uses, so that merging aligns them */
        const char *sep = id->len > kind->len + 2 ? id->start + kind->len : NULL;
        if (sep && memcmp(id->start, kind->start, kind->len) == 0 && sep[0] == ':' && sep[1] == ':') {
            const char *local = sep + 2;
            size_t local_len = id->len - kind->len - 2;
            err = add_xref(r, &xrefs, &xref_count, &xref_cap, "hetionet", 8, id->start, id->len);
            if (!err && kind->len == 4 && memcmp(kind->start, "Gene", 4) == 0)
                err = add_xref(r, &xrefs, &xref_count, &xref_cap, "ncbigene", 8, local, local_len);
            if (!err && kind->len == 7 && memcmp(kind->start, "Disease", 7) == 0)
                err = add_xref(r, &xrefs, &xref_count, &xref_cap, "doid", 4, local, local_len);
        }
    }
    for (size_t i = 0; !err && i < n && i < MAX_FIELDS; i++) {
        if (!r->info[i]) continue;
        const char *p = f[i].start, *end = p + f[i].len;
        while (!err && p < end) {
            const char *semi = memchr(p, ';', (size_t)(end - p));
            if (!semi) semi = end;
            const char *colon = memchr(p, ':', (size_t)(semi - p));
            if (colon && colon > p && colon + 1 < semi)
                err = add_xref(r, &xrefs, &xref_count, &xref_cap, p, (size_t)(colon - p), colon + 1, (size_t)(semi - colon - 1));
            p = semi + 1;
        }
    }
    if (!err && xref_count) {
        mg_xref *kept = mg_arena_alloc(&r->g->arena, xref_count * sizeof *kept);
        if (!kept) err = mg__fail(MG_ENOMEM, "out of memory");
        else {
            memcpy(kept, xrefs, xref_count * sizeof *kept);
            node->xrefs = kept;
            node->xref_count = xref_count;
        }
    }
    free(xrefs);
    return err;
}

static mg_error_t read_headless_row(mg__tsv *r, const field *f, size_t n, size_t len)
{
    if (r->format == MG_INPUT_SIF) {
        /* a lone name, or one with a tab after it: the SIF export's first lone name holding a
         * space in a file without edges, which without the tab would be split at its spaces */
        if (n == 1 || (n == 2 && f[1].len == 0))
            return check_name(r, &f[0], "node name") && node_for(r, &f[0]) == -2 ? mg__fail(MG_ENOMEM, "out of memory") : MG_OK;
        if (n == 2) {
            mg__tsv_problem(r, f[1].column + (int)f[1].len, "expected 'source<TAB>relation<TAB>target', found 2 columns%s", "", 0);
            return MG_OK;
        }
        mg_hashmap_prefetch(&r->ids, f[0].start, f[0].len);
        mg_hashmap_prefetch(&r->ids, f[2].start, f[2].len);
        mg_relation rel = MG_REL_ASSOCIATED_WITH;
        bool reversed = false;
        bool ok = check_name(r, &f[0], "node name");
        /* "A<TAB>1<TAB>B", "A<TAB>-1<TAB>B": CellNOpt's, CARNIVAL's and CaSQ's signed SIF */
        ok = parse_relation(r, &f[1], ROLE_SIGN, &rel, &reversed, NULL) && ok;
        for (size_t i = 2; i < n; i++) ok = check_name(r, &f[i], "node name") && ok;
        if (!ok) return MG_OK;
        mg_id s = node_for(r, &f[0]);
        if (s == -2) return mg__fail(MG_ENOMEM, "out of memory");
        for (size_t i = 2; i < n; i++) {
            mg_id t = node_for(r, &f[i]);
            if (t == -2 || add_edge(r, reversed ? t : s, reversed ? s : t, rel, 1.0, NULL)) return mg__fail(MG_ENOMEM, "out of memory");
        }
        return MG_OK;
    }
    if (r->format == MG_INPUT_NODES) {
        r->col[ROLE_ID] = 0;
        r->col[ROLE_KIND] = n > 1 ? 1 : COL_NONE;
        return read_node_row(r, f, n);
    }
    if (n < 2) {
        mg__tsv_problem(r, (int)len + 1, "expected 'source<TAB>target', found 1 column%s", "", 0);
        return MG_OK;
    }
    /* both names' slots on their way to the cache while the row is checked (the lookups' misses
     * were a third of loading a graph of a million nodes) */
    mg_hashmap_prefetch(&r->ids, f[0].start, f[0].len);
    mg_hashmap_prefetch(&r->ids, f[1].start, f[1].len);
    mg_relation rel = MG_REL_ASSOCIATED_WITH;
    double weight = 1.0;
    bool reversed = false;
    bool ok = check_name(r, &f[0], "node name");
    ok = check_name(r, &f[1], "node name") && ok;
    for (size_t i = 2; i < n; i++) ok = parse_relation(r, &f[i], ROLE_RELATION, &rel, &reversed, &weight) && ok;
    /* a third column of 1, 0 and -1 only is a sign column: 1 and 0 read as weights until a -1
     * (or +1) says so, and are turned into signs at the end (mg__tsv_finish) */
    bool unit = n == 3 && ((f[2].len == 1 && (f[2].start[0] == '1' || f[2].start[0] == '0')));
    bool signed_unit = n == 3 && f[2].len == 2 && (f[2].start[0] == '-' || f[2].start[0] == '+') && f[2].start[1] == '1';
    if (n != 3 || !(unit || signed_unit)) r->not_signs = true;
    if (signed_unit) r->signs_seen = true;
    if (!ok) return MG_OK;
    mg_id s = node_for(r, &f[0]), t = node_for(r, &f[1]);
    if (s == -2 || t == -2) return mg__fail(MG_ENOMEM, "out of memory");
    if (unit && !r->not_signs) {
        if (mg__reserve((void **)&r->unit_edges, &r->unit_cap, r->unit_count + 1, sizeof *r->unit_edges))
            return mg__fail(MG_ENOMEM, "out of memory");
        r->unit_edges[r->unit_count++] = (mg_id)r->g->edge_count;
    }
    return add_edge(r, reversed ? t : s, reversed ? s : t, rel, weight, NULL);
}

/* Splits a line into fields; false (reported) when it has too many. */
static bool split(mg__tsv *r, const char *line, size_t len, bool ascii, field *f, size_t *count)
{
    /* SIF separates by spaces in a file without tabs (Cytoscape's rule); read a line at a time,
     * a file is known to use tabs from its first line holding one, after which a line without a
     * tab is one name (a lone node "tumor growth", as mechgraph's SIF export ends) */
    if (memchr(line, '\t', len)) r->tabs_seen = true;
    char sep = r->format == MG_INPUT_SIF && !r->tabs_seen ? ' ' : '\t';
    size_t n = 0;
    const char *p = line, *end = line + len;
    while (p <= end && n < MAX_FIELDS) {
        if (sep == ' ')
            while (p < end && *p == ' ') p++;
        if (sep == ' ' && p == end) break;
        const char *q = memchr(p, sep, (size_t)(end - p));
        if (!q) q = end;
        /* a column counts characters: bytes, on an ASCII line (counting costs a pass per field) */
        f[n++] = (field){p, (size_t)(q - p), ascii ? (int)(p - line) + 1 : column_of(line, p)};
        p = q + 1;
    }
    *count = n;
    if (n == MAX_FIELDS && p <= end) {
        mg__diag_at(r->diags, r->file, r->line, column_of(line, p), "more than %d columns", MAX_FIELDS);
        r->problems++;
        return false;
    }
    return n > 0;
}

/* One line, without its end of line. */
static mg_error_t read_line(mg__tsv *r, const char *line, size_t len)
{
    size_t i = 0;
    while (i < len && (line[i] == ' ' || line[i] == '\t')) i++;
    if (i == len) {
        r->after_blank = r->started;
        return MG_OK;
    }
    /* a first cell written "\#a" (or " \#a", "\\#a") holds "#a" (" #a", "\#a"): mechgraph's
     * TSV and SIF writers escape a name that would turn its row into a comment (mg__tsv_first_cell) */
    bool escaped = false;
    if (r->format != MG_INPUT_CSV && line[i] == '\\' && !memchr(line, '\t', i)) {
        size_t j = i;
        while (j < len && line[j] == '\\') j++;
        escaped = j < len && line[j] == '#';
    }
    /* a '#' line is a comment, unless it is the first line and reads as a header ("#tail head") */
    bool hashed = line[i] == '#', first = !r->started;
    if (hashed && !first) return MG_OK;
    bool ascii;
    size_t bad = mg__utf8_scan(line, len, &ascii);
    if (bad < len) {
        mg__diag_at(r->diags, r->file, r->line, column_of(line, line + bad),
                    line[bad] ? "invalid UTF-8 (byte 0x%02x)" : "NUL byte (0x%02x) in a text file", (unsigned char)line[bad]);
        r->problems++;
        return MG_OK;
    }
    field f[MAX_FIELDS];
    size_t n;
    if (r->format == MG_INPUT_CSV ? !mg__csv_split(r, line, len, ascii, f, &n) : !split(r, line, len, ascii, f, &n))
        return r->csv_oom ? mg__fail(MG_ENOMEM, "out of memory") : MG_OK;
    section_kind head = SECTION_HEADLESS;
    if (escaped) {
        /* a row of data, never a header */
    } else if ((first || r->after_blank) && mg__tsv_mirtarbase_header(f, n)) {
        head = SECTION_EDGES;
    } else if (first || r->after_blank) {
        /* pandas' to_csv and R's write.table write the row index (names) as an unnamed first column */
        bool indexed = n >= 3 && f[0].len == 0 && mg__tsv_role_of(&f[1], false) == ROLE_SOURCE;
        if (n >= 2 && (mg__tsv_role_of(&f[0], false) == ROLE_SOURCE || indexed)) head = SECTION_EDGES;
        else if (mg__tsv_role_of(&f[0], true) == ROLE_ID && (n >= 2 || r->format == MG_INPUT_NODES)) head = SECTION_NODES;
    }
    if (first && r->has_spec) {
        r->started = true;
        if (mg__tsv_apply_spec(r, f, n) || hashed) return MG_OK;
    } else if (head != SECTION_HEADLESS && !(r->has_spec && first)) {
        r->started = true;
        r->after_blank = false;
        mg__tsv_read_header(r, f, n, head);
        return MG_OK;
    }
    if (hashed) return MG_OK; /* a first line that is no header: a comment */
    r->started = true;
    r->after_blank = false;
    char *unescaped = NULL;
    if (escaped && f[0].start == line + i) {
        f[0].start++;
        f[0].len--;
        f[0].column++;
    } else if (escaped) { /* spaces before the backslash: the cell without it */
        size_t at = (size_t)(line + i - f[0].start);
        if (!(unescaped = malloc(f[0].len))) return mg__fail(MG_ENOMEM, "out of memory");
        memcpy(unescaped, f[0].start, at);
        memcpy(unescaped + at, f[0].start + at + 1, f[0].len - at - 1);
        f[0].start = unescaped;
        f[0].len--;
    }
    mg_error_t err;
    switch (r->section) {
    case SECTION_EDGES: err = read_edge_row(r, f, n); break;
    case SECTION_NODES: err = read_node_row(r, f, n); break;
    default: err = read_headless_row(r, f, n, len); break;
    }
    free(unescaped);
    return err;
}

mg_error_t mg__tsv_new(mg__tsv **out, const char *name, mg_input_format format, const char *columns, mg_diagnostics *diags)
{
    *out = NULL;
    mg__tsv *r = calloc(1, sizeof *r);
    if (!r) return mg__fail(MG_ENOMEM, "out of memory");
    r->file = name;
    r->diags = diags;
    r->format = format;
    mg__tsv_reset_columns(r);
    mg_error_t err = MG_OK;
    if (columns) {
        /* the spec's names point into `columns`, which the caller keeps until mg__tsv_finish */
        if ((err = mg__tsv_parse_spec(&r->spec, columns))) goto done;
        r->has_spec = true;
    }
    if ((err = mg__graph_new(&r->g, name))) goto done;
    /* small first: an edge list names few nodes for its size (Hetionet: 20,829 for 766,000 lines),
     * and a sparse table misses the cache on every lookup; it grows as nodes come */
    err = mg_hashmap_init(&r->ids, 1024);
done:
    if (err) mg__tsv_free(r);
    else *out = r;
    return err;
}

int mg__tsv_line(const mg__tsv *r) { return r->line + 1; }

void mg__tsv_expect_edges(mg__tsv *r, size_t edges)
{
    /* pages not written cost nothing but address space: a guess too large is harmless */
    if (mg__reserve((void **)&r->g->edges, &r->g->edge_capacity, edges, sizeof *r->g->edges)) return;
}

mg_error_t mg__tsv_lines(mg__tsv *r, const char *data, size_t size, bool at_end, size_t *used)
{
    const char *p = data, *end = data + size;
    /* a byte order mark, at the start of the file only: once it is consumed, the next call's data
     * starts where the file's first line does, and may start with another (found by fuzz_tsv);
     * a call with less than 3 bytes of an unfinished first line cannot tell yet. A line read
     * already (lone CRs held back one byte at a time) means the start is past (found by fuzz_tsv:
     * a BOM after seven CRs was skipped when streamed, and reported as a character read whole) */
    if (!r->bom_checked && r->line > 0) r->bom_checked = true;
    if (!r->bom_checked && (size >= 3 || at_end || memchr(data, '\n', size) || memchr(data, '\r', size))) {
        r->bom_checked = true;
        if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) p += 3;
    }
    mg_error_t err = MG_OK;
    /* the next LF at or after p (NULL: none before the end), kept so that a file of lone CRs is
     * not searched to its end for an LF on every line */
    const char *nl = NULL;
    bool nl_known = false;
    mg__tsv_lookahead ahead;
    mg__tsv_lookahead_start(&ahead, p);
    while (p < end && !err) {
        mg__tsv_lookahead_run(&ahead, r, end);
        /* a line ends at LF, CRLF or a lone CR (files edited on several systems mix them) */
        if (!nl_known || (nl && nl < p)) {
            nl = memchr(p, '\n', (size_t)(end - p));
            nl_known = true;
        }
        const char *cr = memchr(p, '\r', (size_t)((nl ? nl : end) - p));
        const char *eol = cr ? cr : nl ? nl : end, *next;
        if (cr && cr + 1 < end) next = cr[1] == '\n' ? cr + 2 : cr + 1;
        else if (cr || nl) next = eol + 1;
        else next = end;
        /* a line not yet ended, or a CR whose LF may be in the next chunk, waits for more data */
        if (!at_end && ((!cr && !nl) || (cr && cr + 1 == end))) break;
        int breaks = 0;
        /* CSV: a quoted cell may hold line breaks; the record ends at one outside quotes */
        if (r->format == MG_INPUT_CSV && !mg__csv_record_end(p, end, at_end, &eol, &next, &breaks)) break;
        r->line++;
        err = read_line(r, p, (size_t)(eol - p));
        r->line += breaks;
        p = next;
        mg__tsv_lookahead_advance(&ahead, p);
    }
    *used = (size_t)(p - data);
    return err;
}

void mg__tsv_damaged(mg__tsv *r, const char *rest, size_t size, const char *what)
{
    /* `rest` is the start of the line the damage cut: the place to point at is its end */
    int column = 1;
    for (size_t i = 0; i < size; i++)
        if (((unsigned char)rest[i] & 0xC0) != 0x80) column++;
    mg__diag_at(r->diags, r->file, r->line + 1, column, "%s", what);
    r->problems++;
    r->started = true; /* the file is not empty: it is damaged */
}

mg_error_t mg__tsv_finish(mg__tsv *r, mg_graph **out)
{
    *out = NULL;
    mg_error_t err = MG_OK;
    if (!r->started) {
        mg__diag_at(r->diags, r->file, 1, 1, "empty file: expected lines of '%s'",
                    r->format == MG_INPUT_SIF     ? "source<TAB>relation<TAB>target"
                    : r->format == MG_INPUT_NODES ? "id<TAB>type"
                    : r->format == MG_INPUT_CSV   ? "source,target"
                                                  : "source<TAB>target");
        r->problems++;
    }
    if (r->problems) {
        err = mg__fail(MG_EINVAL, "%s: %zu problem%s", r->file, r->problems, r->problems == 1 ? "" : "s");
        goto done;
    }
    if (r->signs_seen && !r->not_signs) {
        for (size_t i = 0; i < r->unit_count; i++) {
            mg_edge *e = &r->g->edges[r->unit_edges[i]];
            e->relation = e->weight == 1 ? MG_REL_ACTIVATES : MG_REL_REGULATES;
            e->weight = 1;
        }
    }
    mg__tsv_resolve_evidence(r);
    /* the map of ids read holds every node's id (node_for made them all): the graph keeps it */
    if (r->ids.count == r->g->node_count && !r->g->id_map.capacity) {
        r->g->id_map = r->ids;
        r->ids = (mg_hashmap){0};
    }
    if ((err = mg__graph_index_nodes(r->g)) || (err = mg__graph_index_edges(r->g))) goto done;
    *out = r->g;
    r->g = NULL;
done:
    mg__tsv_free(r);
    return err;
}

void mg__tsv_free(mg__tsv *r)
{
    if (!r) return;
    mg_hashmap_destroy(&r->ids);
    mg_graph_free(r->g);
    free(r->described);
    free(r->unit_edges);
    mg__tsv_omnipath_free(r);
    free(r->csv);
    mg__buffer_free(&r->note);
    free(r);
}

mg_error_t mg__read_tsv(mg_graph **out, const char *data, size_t size, const char *name, mg_input_format format,
                        const char *columns, mg_diagnostics *diags)
{
    mg__tsv *r;
    size_t used;
    mg_error_t err = mg__tsv_new(&r, name, format, columns, diags);
    if (err) return err;
    if ((err = mg__tsv_lines(r, data, size, true, &used))) {
        mg__tsv_free(r);
        return err;
    }
    return mg__tsv_finish(r, out);
}
