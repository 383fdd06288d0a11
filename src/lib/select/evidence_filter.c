/*
 * evidence_filter.c - which pieces of evidence a query keeps: those of a disease context (named as
 * the evidence writes it or by any name of a disease node) and of an organism. Path searches,
 * effects and the selections of pictures and exports all filter through it.
 */
#include "select/select.h"

#include <stdlib.h>
#include <string.h>

static char *normalized_copy(const char *name)
{
    size_t need = mg_name_normalize(name, NULL, 0) + 1;
    char *key = malloc(need);
    if (key) mg_name_normalize(name, key, need);
    return key;
}

static bool key_equals_name(const char *key, const char *name)
{
    char buf[4 * MG_NAME_MAX + 1];
    size_t len = mg_name_normalize(name, buf, sizeof buf);
    return len < sizeof buf && strcmp(key, buf) == 0;
}

bool mg__evidence_filter_ok(const mg_evidence_filter *f, const mg_evidence *x)
{
    if (f->organism_key && (!x->organism || !key_equals_name(f->organism_key, x->organism))) return false;
    if (!f->context_keys) return true;
    if (!x->disease) return false;
    for (size_t i = 0; i < f->context_key_count; i++)
        if (key_equals_name(f->context_keys[i], x->disease)) return true;
    return false;
}

void mg__evidence_filter_destroy(mg_evidence_filter *f)
{
    for (size_t i = 0; i < f->context_key_count; i++) free(f->context_keys[i]);
    free(f->context_keys);
    free(f->organism_key);
    memset(f, 0, sizeof *f);
}

/* The context may be given as the evidence writes it ("renal I/R injury") or as any name of a
 * disease node ("renal ischemia-reperfusion injury"): every name of that node is accepted. */
static mg_error_t prepare_context(mg_evidence_filter *f, const mg_graph *g, const char *context)
{
    mg_lookup_result found = MG_LOOKUP_RESULT_INIT;
    mg_error_t err = mg_graph_lookup(g, context, &found);
    if (err == MG_ENOMEM) return err;
    const mg_node *node = found.node >= 0 ? mg_graph_node(g, found.node) : NULL;
    mg_lookup_result_clear(&found);
    size_t n = 1 + (node ? 2 + node->synonym_count : 0);
    f->context_keys = calloc(n, sizeof *f->context_keys);
    if (!f->context_keys) return mg__fail(MG_ENOMEM, "out of memory");
    const char **names = malloc(n * sizeof *names);
    if (!names) return mg__fail(MG_ENOMEM, "out of memory");
    names[0] = context;
    if (node) {
        names[1] = node->id;
        names[2] = node->label;
        for (size_t i = 0; i < node->synonym_count; i++) names[3 + i] = node->synonyms[i];
    }
    for (size_t i = 0; i < n; i++) {
        if (!(f->context_keys[i] = normalized_copy(names[i]))) {
            free(names);
            return mg__fail(MG_ENOMEM, "out of memory");
        }
        f->context_key_count++;
    }
    free(names);
    return MG_OK;
}

mg_error_t mg__evidence_filter_init(mg_evidence_filter *f, const mg_graph *g, const char *context, const char *organism)
{
    memset(f, 0, sizeof *f);
    mg_error_t err = context ? prepare_context(f, g, context) : MG_OK;
    if (!err && organism && !(f->organism_key = normalized_copy(organism))) err = mg__fail(MG_ENOMEM, "out of memory");
    if (err) mg__evidence_filter_destroy(f);
    return err;
}
