/*
 * evidence_filter.c - which pieces of evidence a query keeps: the one matcher behind selections
 * (mg_graph_select), path searches, effects and the marks of pictures. Criteria: a disease
 * context (named as the evidence writes it or by any name of a disease node), an organism
 * (common or Latin name, organisms.c), in vivo or in vitro, cells (words of the
 * evidence's cell field), a primary study and a review (id or DOI), and no cautioned evidence.
 * A piece of evidence that does not state what a criterion asks about does not pass it.
 */
#include "select/select.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

/* ---- the criteria, one by one ---- */

bool mg__filter_context_ok(const mg_evidence_filter *f, const mg_evidence *x)
{
    if (!f->context_keys) return true;
    if (!x->disease) return false;
    for (size_t i = 0; i < f->context_key_count; i++)
        if (key_equals_name(f->context_keys[i], x->disease)) return true;
    return false;
}

bool mg__filter_organism_ok(const mg_evidence_filter *f, const mg_evidence *x)
{
    if (!f->organism_key) return true;
    if (!x->organism) return false;
    if (f->organism_class < 0) return key_equals_name(f->organism_key, x->organism);
    char buf[4 * MG_NAME_MAX + 1];
    size_t len = mg_name_normalize(x->organism, buf, sizeof buf);
    return len < sizeof buf && mg__organism_class(buf) == f->organism_class;
}

/* The MG__SYSTEM_* bits a normalised system word says: "invivoandinvitro" both. */
static unsigned system_bits(const char *key)
{
    if (strcmp(key, "vivo") == 0) return MG__SYSTEM_IN_VIVO;
    if (strcmp(key, "vitro") == 0) return MG__SYSTEM_IN_VITRO;
    return (strstr(key, "invivo") ? MG__SYSTEM_IN_VIVO : 0) | (strstr(key, "invitro") ? MG__SYSTEM_IN_VITRO : 0);
}

/* A study of both passes a query for either; a query for both keeps only studies of both. */
bool mg__filter_system_ok(const mg_evidence_filter *f, const mg_evidence *x)
{
    if (!f->system_key) return true;
    if (!x->system) return false;
    char buf[4 * MG_NAME_MAX + 1];
    size_t len = mg_name_normalize(x->system, buf, sizeof buf);
    if (len >= sizeof buf) return false;
    if (!f->system_bits) return strcmp(buf, f->system_key) == 0;
    return (system_bits(buf) & f->system_bits) == f->system_bits;
}

/* The next word of `*text` (letters and digits; anything else separates) into buf, normalised;
 * returns its length, 0 at the end. A word too long for buf is cut: cells are short names. */
static size_t next_word(const char **text, char *buf, size_t size)
{
    const char *p = *text;
    while (*p && (strchr(" \t,;:/()[]{}+-_.'\"", *p))) p++;
    const char *start = p;
    while (*p && !strchr(" \t,;:/()[]{}+-_.'\"", *p)) p++;
    *text = p;
    if (p == start) return 0;
    char word[256];
    size_t n = (size_t)(p - start) < sizeof word ? (size_t)(p - start) : sizeof word - 1;
    memcpy(word, start, n);
    word[n] = '\0';
    size_t len = mg_name_normalize(word, buf, size);
    return len < size ? len : size - 1;
}

/* Two words are one when equal or when one is the other and a plural s. */
static bool same_word(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la == lb) return strcmp(a, b) == 0;
    if (la == lb + 1) return a[la - 1] == 's' && strncmp(a, b, lb) == 0;
    if (lb == la + 1) return b[lb - 1] == 's' && strncmp(a, b, la) == 0;
    return false;
}

/* Whether the query's words occur, in order and next to each other, among the cell field's. */
bool mg__filter_cell_ok(const mg_evidence_filter *f, const mg_evidence *x)
{
    if (!f->cell_words) return true;
    if (!x->cell) return false;
    char word[1024];
    const char *start = x->cell;
    for (;;) {
        const char *p = start;
        if (!next_word(&p, word, sizeof word)) return false;
        const char *after_first = p;
        bool all = same_word(word, f->cell_words[0]);
        for (size_t k = 1; all && k < f->cell_word_count; k++)
            all = next_word(&p, word, sizeof word) && same_word(word, f->cell_words[k]);
        if (all) return true;
        start = after_first;
    }
}

static bool reference_is(const mg_reference *r, const char *wanted)
{
    return r && (strcasecmp(r->id, wanted) == 0 || (r->doi && strcasecmp(r->doi, wanted) == 0));
}

bool mg__filter_study_ok(const mg_evidence_filter *f, const mg_evidence *x)
{
    return !f->study || reference_is(x->ref, f->study);
}

bool mg__filter_review_ok(const mg_evidence_filter *f, const mg_evidence *x)
{
    return !f->review || reference_is(x->review, f->review);
}

bool mg__evidence_filter_ok(const mg_evidence_filter *f, const mg_evidence *x)
{
    if (f->no_cautioned && x->caution_count) return false;
    return mg__filter_organism_ok(f, x) && mg__filter_context_ok(f, x) && mg__filter_system_ok(f, x) &&
           mg__filter_cell_ok(f, x) && mg__filter_study_ok(f, x) && mg__filter_review_ok(f, x);
}

bool mg__evidence_filter_active(const mg_evidence_filter *f)
{
    return f->context_keys || f->organism_key || f->system_key || f->cell_words || f->study || f->review ||
           f->no_cautioned;
}

void mg__evidence_filter_destroy(mg_evidence_filter *f)
{
    for (size_t i = 0; i < f->context_key_count; i++) free(f->context_keys[i]);
    free(f->context_keys);
    for (size_t i = 0; i < f->cell_word_count; i++) free(f->cell_words[i]);
    free(f->cell_words);
    free(f->organism_key);
    free(f->system_key);
    free(f->study);
    free(f->review);
    memset(f, 0, sizeof *f);
    f->organism_class = -1;
}

/* ---- preparing the criteria ---- */

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
    const char **names = malloc(n * sizeof *names);
    if (!f->context_keys || !names) {
        free(names);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
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

static mg_error_t prepare_cell(mg_evidence_filter *f, const char *cell)
{
    char word[1024];
    size_t n = 0;
    for (const char *p = cell; next_word(&p, word, sizeof word);) n++;
    f->cell_words = calloc(n ? n : 1, sizeof *f->cell_words);
    if (!f->cell_words) return mg__fail(MG_ENOMEM, "out of memory");
    for (const char *p = cell; next_word(&p, word, sizeof word);) {
        if (!(f->cell_words[f->cell_word_count] = strdup(word))) return mg__fail(MG_ENOMEM, "out of memory");
        f->cell_word_count++;
    }
    /* a value without a word ("--cell ,") matches nothing: the check then says which cells exist */
    if (!n && !(f->cell_words[f->cell_word_count++] = strdup(""))) return mg__fail(MG_ENOMEM, "out of memory");
    return MG_OK;
}

/* A reference as given: an id, or a DOI without its resolver or "doi:" (DOIs ignore case). */
static mg_error_t prepare_reference(char **out, const char *given)
{
    static const char *const prefixes[] = {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                           "http://dx.doi.org/", "doi.org/", "doi:"};
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
        size_t len = strlen(prefixes[i]);
        if (strncasecmp(given, prefixes[i], len) == 0) {
            given += len;
            break;
        }
    }
    while (*given == ' ') given++;
    if (!(*out = strdup(given))) return mg__fail(MG_ENOMEM, "out of memory");
    return MG_OK;
}

mg_error_t mg__evidence_filter_init_with(mg_evidence_filter *f, const mg_graph *g, const mg_select_options *o)
{
    memset(f, 0, sizeof *f);
    f->organism_class = -1;
    mg_error_t err = MG_OK;
    if (!o) return MG_OK;
    if (o->context) err = prepare_context(f, g, o->context);
    if (!err && o->organism) {
        if (!(f->organism_key = normalized_copy(o->organism))) err = mg__fail(MG_ENOMEM, "out of memory");
        else f->organism_class = mg__organism_class(f->organism_key);
    }
    if (!err && o->system) {
        if (!(f->system_key = normalized_copy(o->system))) err = mg__fail(MG_ENOMEM, "out of memory");
        else f->system_bits = system_bits(f->system_key);
    }
    if (!err && o->cell) err = prepare_cell(f, o->cell);
    if (!err && o->study) err = prepare_reference(&f->study, o->study);
    if (!err && o->review) err = prepare_reference(&f->review, o->review);
    f->no_cautioned = o->no_cautioned;
    if (err) mg__evidence_filter_destroy(f);
    return err;
}

mg_error_t mg__evidence_filter_init(mg_evidence_filter *f, const mg_graph *g, const char *context, const char *organism)
{
    mg_select_options o = MG_SELECT_OPTIONS_INIT;
    o.context = context;
    o.organism = organism;
    return mg__evidence_filter_init_with(f, g, &o);
}
