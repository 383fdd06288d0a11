/*
 * io_tsv.c - edge-list readers: TSV (source, target, then optional relation and/or weight
 * columns) and SIF (source, relation, one or more targets). A first line whose first column is
 * named like a source ("source", "tail", "from", "node1" ...) is a header: it names the columns,
 * in any order, and columns it does not know are ignored. Relation columns take relation names
 * or signs (+/-, +1/-1, activation/inhibition ...). CRLF, a byte order mark, '#' comments and
 * blank lines are accepted; every malformed line is reported with its line and column, and
 * reading goes on so that one run reports them all.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <math.h>

#define MAX_FIELDS 64

enum { COL_NONE = -1 };

typedef struct {
    const char *file;
    mg_diagnostics *diags;
    mg_graph *g;
    mg_hashmap ids;
    size_t problems;
    int line;
    /* columns named by a header (0-based), or all COL_NONE without one */
    bool has_header;
    int col_source, col_target, col_relation, col_weight, columns;
    bool relation_is_sign; /* the column is named "sign": a bare 1 or 0 is a sign, not a weight */
} tsv_reader;

typedef struct {
    const char *start;
    size_t len;
    int column;
} field;

static int column_of(const char *line, const char *at)
{
    int col = 1;
    for (const char *p = line; p < at; p++)
        if (((unsigned char)*p & 0xC0) != 0x80) col++;
    return col;
}

static mg_id node_for(tsv_reader *r, const field *f)
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

static bool check_name(tsv_reader *r, const field *f)
{
    if (f->len == 0) {
        mg__diag_at(r->diags, r->file, r->line, f->column, "empty node name");
    } else if (f->len > MG_NAME_MAX) {
        mg__diag_at(r->diags, r->file, r->line, f->column, "node name of %zu bytes is longer than the maximum of %d",
                    f->len, MG_NAME_MAX);
    } else {
        return true;
    }
    r->problems++;
    return false;
}

/* Parses a relation column, or also a weight when `weight` is not NULL; returns false (and
 * reports it) when the column is neither. */
static bool parse_extra(tsv_reader *r, const field *f, mg_relation *rel, double *weight)
{
    char buf[64];
    if (f->len < sizeof buf) {
        memcpy(buf, f->start, f->len);
        buf[f->len] = '\0';
        char *end;
        double w = weight ? strtod(buf, &end) : 0;
        /* "+1" and "-1" are signs; a weight is written without a sign */
        if (weight && f->len && *end == '\0' && buf[0] != '+' && buf[0] != '-') {
            *weight = w;
            return true;
        }
        if (mg__relation_from_word(rel, buf, r->relation_is_sign)) return true;
        const char *near = mg__closest_relation(buf);
        if (near) {
            mg__diag_at(r->diags, r->file, r->line, f->column, "unknown relation '%s' (did you mean '%s'?)", buf, near);
            r->problems++;
            return false;
        }
    }
    mg__diag_at(r->diags, r->file, r->line, f->column,
                "expected a relation or a sign such as + or - (see docs/format.md)%s, found '%.*s'",
                weight ? " or a weight" : "", (int)(f->len > 40 ? 40 : f->len), f->start);
    r->problems++;
    return false;
}

static bool parse_weight(tsv_reader *r, const field *f, double *weight)
{
    char buf[64];
    if (f->len < sizeof buf) {
        memcpy(buf, f->start, f->len);
        buf[f->len] = '\0';
        char *end;
        double w = strtod(buf, &end);
        if (*end == '\0' && w >= 0 && w < HUGE_VAL) {
            *weight = w;
            return true;
        }
    }
    mg__diag_at(r->diags, r->file, r->line, f->column, "expected a weight (a number, 0 or more), found '%.*s'",
                (int)(f->len > 40 ? 40 : f->len), f->start);
    r->problems++;
    return false;
}

static mg_error_t add_edge(tsv_reader *r, mg_id s, mg_id t, mg_relation rel, double weight)
{
    mg_edge *e;
    mg_error_t err = mg__graph_add_edge(r->g, &e);
    if (err) return err;
    e->source = s;
    e->target = t;
    e->relation = rel;
    e->weight = weight;
    return MG_OK;
}

typedef enum { ROLE_OTHER, ROLE_SOURCE, ROLE_TARGET, ROLE_RELATION, ROLE_SIGN, ROLE_WEIGHT } column_role_t;

/* What a header cell names; the words are the ones edge-list tools write (Cytoscape, OmniPath,
 * PathLinker, SIF exports). */
static column_role_t column_role(const field *f)
{
    static const struct {
        const char *name;
        column_role_t role;
    } names[] = {
        {"source", ROLE_SOURCE},       {"src", ROLE_SOURCE},         {"tail", ROLE_SOURCE},
        {"from", ROLE_SOURCE},         {"node1", ROLE_SOURCE},       {"source_node", ROLE_SOURCE},
        {"target", ROLE_TARGET},       {"tgt", ROLE_TARGET},         {"head", ROLE_TARGET},
        {"to", ROLE_TARGET},           {"node2", ROLE_TARGET},       {"target_node", ROLE_TARGET},
        {"relation", ROLE_RELATION},   {"interaction", ROLE_RELATION}, {"relationship", ROLE_RELATION},
        {"effect", ROLE_RELATION},     {"regulation", ROLE_RELATION},  {"sign", ROLE_SIGN},
        {"weight", ROLE_WEIGHT},       {"score", ROLE_WEIGHT},       {"confidence", ROLE_WEIGHT},
        {"probability", ROLE_WEIGHT},
    };
    const char *p = f->start;
    size_t len = f->len;
    if (len && *p == '#') p++, len--; /* "#tail" */
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strlen(names[i].name) == len && strncasecmp(names[i].name, p, len) == 0) return names[i].role;
    return ROLE_OTHER;
}

static mg_error_t read_header(tsv_reader *r, const field *f, size_t n)
{
    r->has_header = true;
    r->columns = (int)n;
    for (size_t i = 0; i < n; i++) {
        int *col = NULL;
        switch (column_role(&f[i])) {
        case ROLE_SOURCE: col = &r->col_source; break;
        case ROLE_TARGET: col = &r->col_target; break;
        case ROLE_SIGN: r->relation_is_sign = true; /* fall through */
        case ROLE_RELATION: col = &r->col_relation; break;
        case ROLE_WEIGHT: col = &r->col_weight; break;
        case ROLE_OTHER: break; /* other columns (a PMID, a database) are kept out, not an error */
        }
        if (!col) continue;
        if (*col != COL_NONE) {
            mg__diag_at(r->diags, r->file, r->line, f[i].column, "column '%.*s' names a role an earlier column has",
                        (int)f[i].len, f[i].start);
            r->problems++;
        }
        *col = (int)i;
    }
    if (r->col_target == COL_NONE) {
        mg__diag_at(r->diags, r->file, r->line, f[n - 1].column + (int)f[n - 1].len,
                    "the header names no target column (expected one named target, head, to or node2)");
        r->problems++;
    }
    return MG_OK;
}

static mg_error_t read_named_columns(tsv_reader *r, const field *f, size_t n)
{
    if (r->col_target == COL_NONE) return MG_OK; /* reported with the header */
    int need = r->col_source > r->col_target ? r->col_source : r->col_target;
    if ((int)n <= need) {
        mg__diag_at(r->diags, r->file, r->line, f[n - 1].column + (int)f[n - 1].len,
                    "expected %d columns as the header says, found %zu", r->columns, n);
        r->problems++;
        return MG_OK;
    }
    mg_relation rel = MG_REL_ASSOCIATED_WITH;
    double weight = 1.0;
    bool ok = check_name(r, &f[r->col_source]);
    ok = check_name(r, &f[r->col_target]) && ok;
    if (r->col_relation != COL_NONE && r->col_relation < (int)n && f[r->col_relation].len)
        ok = parse_extra(r, &f[r->col_relation], &rel, NULL) && ok;
    if (r->col_weight != COL_NONE && r->col_weight < (int)n && f[r->col_weight].len)
        ok = parse_weight(r, &f[r->col_weight], &weight) && ok;
    if (!ok) return MG_OK;
    mg_id s = node_for(r, &f[r->col_source]), t = node_for(r, &f[r->col_target]);
    if (s == -2 || t == -2 || add_edge(r, s, t, rel, weight)) return mg__fail(MG_ENOMEM, "out of memory");
    return MG_OK;
}

static mg_error_t read_line(tsv_reader *r, const char *line, size_t len, bool sif, bool *header_allowed)
{
    bool ascii;
    size_t bad = mg__utf8_scan(line, len, &ascii);
    if (bad < len) {
        mg__diag_at(r->diags, r->file, r->line, column_of(line, line + bad),
                    line[bad] ? "invalid UTF-8 (byte 0x%02x)" : "NUL byte (0x%02x) in a text file", (unsigned char)line[bad]);
        r->problems++;
        return MG_OK;
    }
    /* SIF may separate by spaces when a line has no tab (Cytoscape's rule) */
    char sep = sif && !memchr(line, '\t', len) ? ' ' : '\t';
    field f[MAX_FIELDS];
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
    if (n == MAX_FIELDS && p <= end) {
        mg__diag_at(r->diags, r->file, r->line, column_of(line, p), "more than %d columns", MAX_FIELDS);
        r->problems++;
        return MG_OK;
    }
    if (*header_allowed) {
        *header_allowed = false;
        if (n >= 2 && column_role(&f[0]) == ROLE_SOURCE) return read_header(r, f, n);
    }
    if (r->has_header) return read_named_columns(r, f, n);

    if (sif) {
        if (n == 1) return check_name(r, &f[0]) && node_for(r, &f[0]) == -2 ? mg__fail(MG_ENOMEM, "out of memory") : MG_OK;
        if (n == 2) {
            mg__diag_at(r->diags, r->file, r->line, f[1].column + (int)f[1].len,
                        "expected 'source<TAB>relation<TAB>target', found 2 columns");
            r->problems++;
            return MG_OK;
        }
        mg_relation rel = MG_REL_ASSOCIATED_WITH;
        bool ok = check_name(r, &f[0]);
        ok = parse_extra(r, &f[1], &rel, NULL) && ok;
        for (size_t i = 2; i < n; i++) ok = check_name(r, &f[i]) && ok;
        if (!ok) return MG_OK;
        mg_id s = node_for(r, &f[0]);
        if (s == -2) return mg__fail(MG_ENOMEM, "out of memory");
        for (size_t i = 2; i < n; i++) {
            mg_id t = node_for(r, &f[i]);
            if (t == -2 || add_edge(r, s, t, rel, 1.0)) return mg__fail(MG_ENOMEM, "out of memory");
        }
        return MG_OK;
    }

    if (n < 2) {
        mg__diag_at(r->diags, r->file, r->line, (int)len + 1, "expected 'source<TAB>target', found 1 column");
        r->problems++;
        return MG_OK;
    }
    mg_relation rel = MG_REL_ASSOCIATED_WITH;
    double weight = 1.0;
    bool ok = check_name(r, &f[0]);
    ok = check_name(r, &f[1]) && ok;
    for (size_t i = 2; i < n; i++) ok = parse_extra(r, &f[i], &rel, &weight) && ok;
    if (!ok) return MG_OK;
    mg_id s = node_for(r, &f[0]), t = node_for(r, &f[1]);
    if (s == -2 || t == -2 || add_edge(r, s, t, rel, weight)) return mg__fail(MG_ENOMEM, "out of memory");
    return MG_OK;
}

mg_error_t mg__read_tsv(mg_graph **out, const char *data, size_t size, const char *name, bool sif, mg_diagnostics *diags)
{
    *out = NULL;
    tsv_reader r = {.file = name, .diags = diags, .col_source = COL_NONE, .col_target = COL_NONE, .col_relation = COL_NONE,
                    .col_weight = COL_NONE};
    mg_error_t err = mg__graph_new(&r.g, name);
    if (err) return err;
    /* small first: an edge list names few nodes for its size (Hetionet: 20,829 for 766,000 lines),
     * and a sparse table misses the cache on every lookup; it grows as nodes come */
    if ((err = mg_hashmap_init(&r.ids, 1024))) goto done;
    if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        size -= 3;
    }
    bool header_allowed = true, any = false;
    const char *p = data, *end = data + size;
    while (p < end && !err) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *eol = nl ? nl : end;
        size_t len = (size_t)(eol - p);
        if (len && p[len - 1] == '\r') len--;
        r.line++;
        size_t i = 0;
        while (i < len && (p[i] == ' ' || p[i] == '\t')) i++;
        if (i < len && p[i] != '#') {
            any = true;
            err = read_line(&r, p, len, sif, &header_allowed);
        }
        p = nl ? nl + 1 : end;
    }
    if (err) goto done;
    if (!any) {
        mg__diag_at(diags, name, 1, 1, "empty file: expected lines of '%s'",
                    sif ? "source<TAB>relation<TAB>target" : "source<TAB>target");
        r.problems++;
    }
    if (r.problems) {
        err = mg__fail(MG_EINVAL, "%s: %zu problem%s", name, r.problems, r.problems == 1 ? "" : "s");
        goto done;
    }
    if ((err = mg__graph_index_nodes(r.g)) || (err = mg__graph_index_edges(r.g))) goto done;
    *out = r.g;
    r.g = NULL;
done:
    mg_hashmap_destroy(&r.ids);
    mg_graph_free(r.g);
    return err;
}
