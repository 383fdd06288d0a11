/*
 * io_tsv.c - edge-list readers: TSV (source, target, then optional relation and/or weight
 * columns) and SIF (source, relation, one or more targets). CRLF, a byte order mark, '#'
 * comments and blank lines are accepted; every malformed line is reported with its line and
 * column, and reading goes on so that one run reports them all.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_FIELDS 64

typedef struct {
    const char *file;
    mg_diagnostics *diags;
    mg_graph *g;
    mg_hashmap ids;
    size_t problems;
    int line;
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
        if (weight && f->len && *end == '\0') {
            *weight = w;
            return true;
        }
        if (mg_relation_parse(rel, buf) == MG_OK) return true;
        const char *near = mg__closest_relation(buf);
        if (near) {
            mg__diag_at(r->diags, r->file, r->line, f->column, "unknown relation '%s' (did you mean '%s'?)", buf, near);
            r->problems++;
            return false;
        }
    }
    mg__diag_at(r->diags, r->file, r->line, f->column, "expected a relation (see docs/format.md)%s, found '%.*s'",
                weight ? " or a number" : "", (int)(f->len > 40 ? 40 : f->len), f->start);
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

static mg_error_t read_line(tsv_reader *r, const char *line, size_t len, bool sif, bool *header_allowed)
{
    size_t bad = mg__utf8_first_bad(line, len);
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
        f[n++] = (field){p, (size_t)(q - p), column_of(line, p)};
        p = q + 1;
    }
    if (n == MAX_FIELDS && p <= end) {
        mg__diag_at(r->diags, r->file, r->line, column_of(line, p), "more than %d columns", MAX_FIELDS);
        r->problems++;
        return MG_OK;
    }
    bool header = *header_allowed && n >= 2 &&
                  ((f[0].len == 6 && strncasecmp(f[0].start, "source", 6) == 0) ||
                   (f[0].len == 4 && strncasecmp(f[0].start, "tail", 4) == 0) ||
                   (f[0].len == 4 && strncasecmp(f[0].start, "from", 4) == 0));
    *header_allowed = false;
    if (header) return MG_OK;

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
    tsv_reader r = {.file = name, .diags = diags};
    mg_error_t err = mg__graph_new(&r.g, name);
    if (err) return err;
    if ((err = mg_hashmap_init(&r.ids, size / 32))) goto done;
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
