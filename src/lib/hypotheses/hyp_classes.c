/*
 * hyp_classes.c - the disease-class layer: a table of which class each disease belongs to
 * (graphs/disease_classes.tsv, compiled in, or a table the options give), parsed into rows, and
 * the classes of a graph's node: the rows whose disease is the node's id or label, or whose DOID
 * is the node's `doid` xref or Hetionet id. `transfer` uses shared classes as a prior on how
 * related two diseases are (docs/hypotheses.md, "Disease classes").
 */
#include "hyp_internal.h"

#include <stdlib.h>
#include <string.h>

/* graphs/disease_classes.tsv, embedded by cmake/embed.cmake */
extern const unsigned char mg_disease_classes_tsv[];
extern const size_t mg_disease_classes_tsv_size;

struct hyp_class_row {
    const char *disease;
    const char *doid; /* NULL for "-" */
    int klass;
};

static const char HEADER[] = "disease\tdoid\tclass\tsource\tnote";

/* "DOID:" followed by digits only */
static bool is_doid(const char *s)
{
    if (strncmp(s, "DOID:", 5) != 0 || !s[5]) return false;
    for (s += 5; *s; s++)
        if (*s < '0' || *s > '9') return false;
    return true;
}

/* Splits a line in place at tabs into at most `max` fields; returns how many it has (which may
 * exceed max: the rest are not stored). */
static int split(char *line, char **field, int max)
{
    int n = 0;
    for (char *p = line;; p++) {
        if (n < max) field[n] = p;
        n++;
        p = strchr(p, '\t');
        if (!p) return n;
        *p = '\0';
    }
}

static int class_index(hyp_classes *c, const char *name, const char *file, int line, mg_error_t *err)
{
    for (int k = 0; k < c->count; k++)
        if (strcmp(c->name[k], name) == 0) return k;
    if (strlen(name) >= HYP_CLASS_NAME_MAX) {
        *err = mg__fail(MG_EINVAL, "%s:%d: class '%s' is longer than %d bytes", file, line, name, HYP_CLASS_NAME_MAX - 1);
        return -1;
    }
    if (c->count == HYP_CLASS_MAX) {
        *err = mg__fail(MG_EINVAL, "%s:%d: class '%s' is one too many (%d at most)", file, line, name, HYP_CLASS_MAX);
        return -1;
    }
    strcpy(c->name[c->count], name);
    return c->count++;
}

/* One row's fields, checked; on success a row is appended. */
static mg_error_t add_row(hyp_classes *c, size_t *cap, char **f, int n, const char *file, int line)
{
    if (n != 5) return mg__fail(MG_EINVAL, "%s:%d: expected 5 tab-separated fields (%s), got %d", file, line, "disease, doid, class, source, note", n);
    const char *what[] = {"disease", "doid", "class", "source"};
    for (int i = 0; i < 4; i++)
        if (!f[i][0]) return mg__fail(MG_EINVAL, "%s:%d: empty %s", file, line, what[i]);
    bool none = strcmp(f[1], "-") == 0;
    if (!none && !is_doid(f[1])) return mg__fail(MG_EINVAL, "%s:%d: doid '%s' is neither '-' nor DOID:<digits>", file, line, f[1]);
    /* a membership rests on the disease's own ontology term, or on the curator's word */
    if (strcmp(f[3], "curator") != 0 && (none || strcmp(f[3], f[1]) != 0))
        return mg__fail(MG_EINVAL, "%s:%d: source '%s' is neither 'curator' nor the row's doid", file, line, f[3]);
    mg_error_t err = MG_OK;
    int k = class_index(c, f[2], file, line, &err);
    if (k < 0) return err;
    if (mg__reserve((void **)&c->rows, cap, c->row_count + 1, sizeof *c->rows)) return mg__fail(MG_ENOMEM, "out of memory");
    c->rows[c->row_count++] = (struct hyp_class_row){f[0], none ? NULL : f[1], k};
    c->members[k]++;
    return MG_OK;
}

mg_error_t hyp_classes_parse(hyp_classes *out, const char *text, size_t len, const char *file)
{
    memset(out, 0, sizeof *out);
    if (!text) return mg__fail(MG_EINVAL, "no disease-class table");
    if (!(out->text = malloc(len + 1))) return mg__fail(MG_ENOMEM, "out of memory");
    memcpy(out->text, text, len);
    out->text[len] = '\0';
    if (strlen(out->text) != len) {
        hyp_classes_destroy(out);
        return mg__fail(MG_EINVAL, "%s: a NUL byte in the table", file);
    }
    mg_error_t err = MG_OK;
    size_t cap = 0;
    bool header = false;
    int line = 0;
    for (char *p = out->text, *next; p && !err; p = next) {
        line++;
        next = strchr(p, '\n');
        if (next) *next++ = '\0';
        size_t n = strlen(p);
        if (n && p[n - 1] == '\r') p[--n] = '\0';
        if (!n || p[0] == '#') continue;
        if (!header) {
            if (strcmp(p, HEADER) != 0) err = mg__fail(MG_EINVAL, "%s:%d: expected the header 'disease<TAB>doid<TAB>class<TAB>source<TAB>note'", file, line);
            header = true;
            continue;
        }
        char *f[5];
        int count = split(p, f, 5);
        err = add_row(out, &cap, f, count, file, line);
    }
    if (err) hyp_classes_destroy(out);
    return err;
}

mg_error_t hyp_classes_load(hyp_classes *out, const mg_hyp_options *o)
{
    if (o->disease_classes)
        return hyp_classes_parse(out, o->disease_classes, strlen(o->disease_classes), "disease classes");
    return hyp_classes_parse(out, (const char *)mg_disease_classes_tsv, mg_disease_classes_tsv_size, "disease_classes.tsv");
}

void hyp_classes_destroy(hyp_classes *c)
{
    if (!c) return;
    free(c->rows);
    free(c->text);
    memset(c, 0, sizeof *c);
}

/* Whether s is "Disease::" + doid, or ends in "::" + doid (a Hetionet-style id). */
static bool names_doid(const char *s, const char *doid)
{
    size_t n = strlen(s), d = strlen(doid);
    if (n == d) return strcmp(s, doid) == 0;
    return n > d + 2 && strcmp(s + n - d, doid) == 0 && s[n - d - 1] == ':' && s[n - d - 2] == ':';
}

static bool row_matches(const struct hyp_class_row *r, const mg_node *node)
{
    if (strcmp(node->id, r->disease) == 0 || strcmp(node->label, r->disease) == 0) return true;
    if (!r->doid) return false;
    if (names_doid(node->id, r->doid)) return true;
    for (size_t i = 0; i < node->xref_count; i++) {
        const mg_xref *x = &node->xrefs[i];
        if ((strcmp(x->key, "doid") == 0 && strcmp(x->value, r->doid) == 0) ||
            (strcmp(x->key, "hetionet") == 0 && names_doid(x->value, r->doid)))
            return true;
    }
    return false;
}

hyp_class_set hyp_classes_of(const hyp_classes *c, const mg_graph *g, mg_id node)
{
    const mg_node *n = mg_graph_node(g, node);
    hyp_class_set set = 0;
    for (size_t i = 0; n && i < c->row_count; i++)
        if (row_matches(&c->rows[i], n)) set |= (hyp_class_set)1 << c->rows[i].klass;
    return set;
}

int hyp_classes_narrowest(const hyp_classes *c, hyp_class_set set)
{
    int best = -1;
    for (int k = 0; k < c->count; k++) {
        if (!(set & ((hyp_class_set)1 << k))) continue;
        if (best < 0 || c->members[k] < c->members[best] ||
            (c->members[k] == c->members[best] && strcmp(c->name[k], c->name[best]) < 0))
            best = k;
    }
    return best;
}
