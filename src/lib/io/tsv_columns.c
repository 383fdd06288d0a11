/*
 * tsv_columns.c - which column of a tab-separated file has which role: from a header (the words
 * edge-list and node-table tools write) or from --columns (by header name or number); and the
 * reporting of a problem at the current line, which io_tsv.c's rows use too.
 */
#include "tsv_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Both files report through it: a problem at the current line. */
void mg__tsv_problem(mg__tsv *r, int column, const char *fmt, const char *arg, size_t arg_len)
{
    char text[80];
    size_t n = arg_len < sizeof text - 1 ? arg_len : sizeof text - 1;
    memcpy(text, arg ? arg : "", arg ? n : 0);
    text[arg ? n : 0] = '\0';
    mg__diag_at(r->diags, r->file, r->line, column, fmt, text);
    r->problems++;
}

static const char *const role_names[ROLE_COUNT] = {
    [ROLE_SOURCE] = "source", [ROLE_TARGET] = "target", [ROLE_RELATION] = "relation", [ROLE_SIGN] = "sign",
    [ROLE_WEIGHT] = "weight", [ROLE_METAEDGE] = "metaedge", [ROLE_ID] = "id", [ROLE_LABEL] = "label",
    [ROLE_KIND] = "type",
};

/* What a header cell names; the words are the ones edge-list and node-table tools write
 * (Cytoscape, OmniPath, PathLinker, Pathway Commons, Hetionet). `nodes`: the cell heads a node
 * table, where "name" and "type" mean the node's. */
column_role mg__tsv_role_of(const field *f, bool nodes)
{
    static const struct {
        const char *name;
        column_role role;
        int table; /* 0 either, 1 edges only, 2 nodes only */
    } names[] = {
        {"source", ROLE_SOURCE, 1},        {"src", ROLE_SOURCE, 1},          {"tail", ROLE_SOURCE, 1},
        {"from", ROLE_SOURCE, 1},          {"node1", ROLE_SOURCE, 1},        {"source_node", ROLE_SOURCE, 1},
        {"participant_a", ROLE_SOURCE, 1}, {"target", ROLE_TARGET, 1},       {"tgt", ROLE_TARGET, 1},
        {"head", ROLE_TARGET, 1},          {"to", ROLE_TARGET, 1},           {"node2", ROLE_TARGET, 1},
        {"target_node", ROLE_TARGET, 1},   {"participant_b", ROLE_TARGET, 1}, {"relation", ROLE_RELATION, 1},
        {"interaction", ROLE_RELATION, 1}, {"relationship", ROLE_RELATION, 1}, {"effect", ROLE_RELATION, 1},
        {"regulation", ROLE_RELATION, 1},  {"interaction_type", ROLE_RELATION, 1}, {"sign", ROLE_SIGN, 1},
        {"metaedge", ROLE_METAEDGE, 1},    {"weight", ROLE_WEIGHT, 1},       {"score", ROLE_WEIGHT, 1},
        {"confidence", ROLE_WEIGHT, 1},    {"probability", ROLE_WEIGHT, 1},  {"edge_weight", ROLE_WEIGHT, 1},
        {"interaction_data_source", ROLE_EDGE_INFO, 1}, {"interaction_pubmed_id", ROLE_EDGE_INFO, 1},
        {"pathway_names", ROLE_EDGE_INFO, 1},
        /* SIGNOR's all-data TSV: ENTITYA -EFFECT-> ENTITYB (gene symbols, as the curated graph
         * names genes); the mechanism, organism, cell, tissue, PubMed id and sentence are kept */
        {"entitya", ROLE_SOURCE, 1},       {"entityb", ROLE_TARGET, 1},      {"mechanism", ROLE_EDGE_INFO, 1},
        {"tax_id", ROLE_EDGE_INFO, 1},     {"cell_data", ROLE_EDGE_INFO, 1}, {"tissue_data", ROLE_EDGE_INFO, 1},
        {"pmid", ROLE_EDGE_INFO, 1},       {"direct", ROLE_EDGE_INFO, 1},    {"sentence", ROLE_EDGE_INFO, 1},
        {"signor_id", ROLE_EDGE_INFO, 1},
        /* OmniPath's interactions table: UniProt accessions as source and target, gene symbols
         * that name them, direction and sign flags, the resources and their PubMed ids */
        {"source_genesymbol", ROLE_SOURCE_LABEL, 1}, {"target_genesymbol", ROLE_TARGET_LABEL, 1},
        {"is_directed", ROLE_DIRECTED, 1},  {"is_stimulation", ROLE_STIMULATION, 1}, {"is_inhibition", ROLE_INHIBITION, 1},
        {"consensus_direction", ROLE_CONSENSUS_DIRECTION, 1}, {"consensus_stimulation", ROLE_CONSENSUS_STIMULATION, 1},
        {"consensus_inhibition", ROLE_CONSENSUS_INHIBITION, 1}, {"references", ROLE_REFERENCES, 1},
        {"sources", ROLE_EDGE_INFO, 1},
        {"id", ROLE_ID, 2},                {"node", ROLE_ID, 2},             {"participant", ROLE_ID, 2},
        {"name", ROLE_LABEL, 2},           {"label", ROLE_LABEL, 2},         {"symbol", ROLE_LABEL, 2},
        {"node_symbol", ROLE_LABEL, 2},    {"participant_name", ROLE_LABEL, 2}, {"kind", ROLE_KIND, 2},
        {"type", ROLE_KIND, 2},            {"node_type", ROLE_KIND, 2},      {"node type", ROLE_KIND, 2},
        {"participant_type", ROLE_KIND, 2}, {"unification_xref", ROLE_XREF, 2}, {"relationship_xref", ROLE_XREF, 2},
        {"xrefs", ROLE_XREF, 2},
    };
    const char *p = f->start;
    size_t len = f->len;
    if (len && *p == '#') p++, len--; /* "#tail" */
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if ((names[i].table == 0 || names[i].table == (nodes ? 2 : 1)) && strlen(names[i].name) == len &&
            strncasecmp(names[i].name, p, len) == 0)
            return names[i].role;
    return ROLE_OTHER;
}

/* miRTarBase's CSV and XLSX export (miRTarBase_MTI): "miRTarBase ID, miRNA, Species (miRNA),
 * Target Gene, Target Gene (Entrez ID), Species (Target Gene), Experiments, Support Type,
 * References (PMID)". Its words are its own ("miRNA", "Target Gene"), so they are read only
 * under a header that starts with "miRTarBase ID". */
static bool cell_is(const field *f, const char *word)
{
    return f->len == strlen(word) && strncasecmp(f->start, word, f->len) == 0;
}

bool mg__tsv_mirtarbase_header(const field *f, size_t n)
{
    return n >= 4 && cell_is(&f[0], "miRTarBase ID");
}

column_role mg__tsv_mirtarbase_role(const field *f)
{
    static const struct {
        const char *name;
        column_role role;
    } names[] = {
        {"miRNA", ROLE_SOURCE},           {"Target Gene", ROLE_TARGET},         {"References (PMID)", ROLE_REFERENCES},
        {"miRTarBase ID", ROLE_EDGE_INFO}, {"Species (miRNA)", ROLE_EDGE_INFO}, {"Experiments", ROLE_EDGE_INFO},
        {"Support Type", ROLE_EDGE_INFO}, {"Target Gene (Entrez ID)", ROLE_EDGE_INFO},
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (cell_is(f, names[i].name)) return names[i].role;
    return ROLE_OTHER;
}

void mg__tsv_reset_columns(mg__tsv *r)
{
    for (int i = 0; i < ROLE_COUNT; i++) r->col[i] = COL_NONE;
    memset(r->info, 0, sizeof r->info);
}

/* A header line: which column has which role. */
void mg__tsv_read_header(mg__tsv *r, const field *f, size_t n, section_kind kind)
{
    r->section = kind;
    r->columns = (int)n;
    mg__tsv_reset_columns(r);
    r->mirtarbase = kind == SECTION_EDGES && mg__tsv_mirtarbase_header(f, n);
    for (size_t i = 0; i < n; i++) {
        column_role role = r->mirtarbase ? mg__tsv_mirtarbase_role(&f[i]) : mg__tsv_role_of(&f[i], kind == SECTION_NODES);
        if (role == ROLE_OTHER) continue; /* other columns (a PMID, a database) are kept out, not an error */
        if (role == ROLE_EDGE_INFO || role == ROLE_XREF) {
            r->info_name[i] = f[i];
            r->info_name[i].start = mg_arena_strndup(&r->g->arena, f[i].start, f[i].len);
            r->info[i] = r->info_name[i].start != NULL; /* out of memory: the column is left out */
            continue;
        }
        if (role == ROLE_SIGN || role == ROLE_METAEDGE) {
            if (r->col[ROLE_RELATION] != COL_NONE || r->col[ROLE_SIGN] != COL_NONE || r->col[ROLE_METAEDGE] != COL_NONE) {
                mg__tsv_problem(r, f[i].column, "column '%s' names a role an earlier column has", f[i].start, f[i].len);
                continue;
            }
        } else if (r->col[role] != COL_NONE) {
            mg__tsv_problem(r, f[i].column, "column '%s' names a role an earlier column has", f[i].start, f[i].len);
            continue;
        }
        r->col[role] = (int)i;
    }
    int end = f[n - 1].column + (int)f[n - 1].len;
    if (kind == SECTION_EDGES && r->col[ROLE_TARGET] == COL_NONE)
        mg__tsv_problem(r, end, "the header names no target column (expected one named target, head, to or node2)%s", "", 0);
}

/* --columns on the first line: names resolved against it (then it is the header), numbers taken
 * as they are. Returns whether the line was a header. */
bool mg__tsv_apply_spec(mg__tsv *r, const field *f, size_t n)
{
    mg__tsv_reset_columns(r);
    r->columns = 0;
    bool nodes = r->spec.number[ROLE_ID] || r->spec.name[ROLE_ID];
    r->section = nodes ? SECTION_NODES : SECTION_EDGES;
    for (int role = 0; role < ROLE_COUNT; role++) {
        if (r->spec.number[role]) {
            r->col[role] = r->spec.number[role] - 1;
        } else if (r->spec.name[role]) {
            for (size_t i = 0; i < n && r->col[role] == COL_NONE; i++) {
                const char *p = f[i].start;
                size_t len = f[i].len;
                if (len && *p == '#') p++, len--;
                if (len == r->spec.name_len[role] && strncasecmp(p, r->spec.name[role], len) == 0) r->col[role] = (int)i;
            }
            if (r->col[role] == COL_NONE) {
                char msg[160];
                snprintf(msg, sizeof msg, "--columns names a column '%%s' for the %s, which the header does not have",
                         role_names[role]);
                mg__tsv_problem(r, 1, msg, r->spec.name[role], r->spec.name_len[role]);
            }
        }
    }
    if (r->spec.by_name) return true;
    /* numbers only: the first line is data unless it reads as a header */
    return n >= 2 && (mg__tsv_role_of(&f[0], false) == ROLE_SOURCE || mg__tsv_role_of(&f[0], true) == ROLE_ID);
}

mg_error_t mg__tsv_parse_spec(column_spec *spec, const char *text)
{
    memset(spec, 0, sizeof *spec);
    const char *p = text;
    while (*p) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        const char *eq = memchr(p, '=', len);
        if (!eq || eq == p || eq + 1 == p + len)
            return mg__fail(MG_EINVAL, "--columns expects ROLE=COLUMN pairs separated by commas, found '%.*s'", (int)len, p);
        int role = -1;
        for (int k = 0; k < ROLE_COUNT; k++)
            if (role_names[k] && strlen(role_names[k]) == (size_t)(eq - p) && strncasecmp(role_names[k], p, (size_t)(eq - p)) == 0)
                role = k;
        if (role < 0)
            return mg__fail(MG_EINVAL,
                            "--columns: unknown role '%.*s' (expected source, target, relation, sign, weight, metaedge, "
                            "or id, label, type for a node table)",
                            (int)(eq - p), p);
        if (spec->number[role] || spec->name[role]) return mg__fail(MG_EINVAL, "--columns names the %s twice", role_names[role]);
        const char *v = eq + 1;
        size_t vlen = (size_t)(p + len - v);
        char *end;
        long number = strtol(v, &end, 10);
        if (end == v + vlen && number >= 1 && number <= MAX_FIELDS) {
            spec->number[role] = (int)number;
        } else {
            spec->name[role] = v;
            spec->name_len[role] = vlen;
            spec->by_name = true;
        }
        p += len + (comma ? 1 : 0);
    }
    bool nodes = spec->number[ROLE_ID] || spec->name[ROLE_ID];
    bool edges = spec->number[ROLE_SOURCE] || spec->name[ROLE_SOURCE] || spec->number[ROLE_TARGET] || spec->name[ROLE_TARGET];
    if (nodes == edges)
        return mg__fail(MG_EINVAL, "--columns must name a source and a target column (an edge list) or an id column (a "
                                   "node table)");
    if (edges && !((spec->number[ROLE_SOURCE] || spec->name[ROLE_SOURCE]) && (spec->number[ROLE_TARGET] || spec->name[ROLE_TARGET])))
        return mg__fail(MG_EINVAL, "--columns must name both a source and a target column");
    int signs = (spec->number[ROLE_RELATION] || spec->name[ROLE_RELATION]) + (spec->number[ROLE_SIGN] || spec->name[ROLE_SIGN]) +
                (spec->number[ROLE_METAEDGE] || spec->name[ROLE_METAEDGE]);
    if (signs > 1) return mg__fail(MG_EINVAL, "--columns may name one of relation, sign and metaedge, not several");
    return MG_OK;
}

mg_error_t mg_load_columns_check(const char *columns)
{
    column_spec spec;
    return columns ? mg__tsv_parse_spec(&spec, columns) : MG_OK;
}
