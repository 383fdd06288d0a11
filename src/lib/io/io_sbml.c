/*
 * io_sbml.c - SBML-qual read with libSBML (CellNOpt, CaSQ, GINsim, CellCollective and
 * mechgraph's own export): each qualitative species is a node (its SId the id, its name the
 * label; compartments and levels are not kept), its bqbiol:is / isEncodedBy / hasVersion
 * identifiers.org and urn:miriam annotations xrefs; each transition gives an edge from every input
 * to every output, signed by the input's sign (positive activates, negative inhibits, dual and
 * unknown regulates) unless the transition is named by a relation of that sign (mechgraph's
 * export names each by its relation); the transition's bqbiol:isDescribedBy PubMed and DOI
 * annotations become its evidence. A transition without input or output has no edge. libSBML's
 * errors (XML, SBML syntax) are reported at their line and column; a reference to a species the
 * model lacks is reported at its transition's.
 */
#include "io/io.h"
#include "io/xml.h" /* MG_XML_DEPTH_MAX */

#include "io/lazy_sbml.h" /* libSBML, loaded on first use */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    const char *file;
    mg_diagnostics *diags;
    mg_graph *g;
    size_t problems;
    mg_error_t fatal;
    mg_hashmap ids, refs;
    mg_buffer text;
    struct pending {
        mg_evidence *ev;
        size_t ref;
    } *pend; /* evidence whose reference is known by index until every reference is in */
    size_t pend_count, pend_cap;
} reader;

static void problem_at(reader *r, const SBase_t *sb, const char *fmt, ...) MG_PRINTF(3, 4);
static void problem_at(reader *r, const SBase_t *sb, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int line = sb ? (int)SBase_getLine(sb) : 1, col = sb ? (int)SBase_getColumn(sb) : 1;
    mg__diag_at(r->diags, r->file, line ? line : 1, col ? col : 1, "%s", msg);
    r->problems++;
}

static const char *keep(reader *r, const char *s, size_t len)
{
    const char *copy = mg_arena_strndup(&r->g->arena, s, len);
    if (!copy && !r->fatal) r->fatal = mg__fail(MG_ENOMEM, "out of memory");
    return copy;
}

/* A name checked as every reader checks one; NULL (reported) when it is not one. */
static const char *name_of(reader *r, const SBase_t *sb, const char *s, const char *what)
{
    char why[160];
    if (!mg__name_ok(s, strlen(s), what, why, sizeof why)) {
        problem_at(r, sb, "%s", why);
        return NULL;
    }
    return keep(r, s, strlen(s));
}

/* "https://identifiers.org/ncbigene:7040", "http://identifiers.org/ncbigene/7040" or
 * "urn:miriam:ncbigene:7040": the prefix (through the one table) and the value, or false. An
 * upper-case prefix the value carries (CHEBI:15996) stays in the value, as INDRA and the curated
 * graph write it. */
static bool parse_uri(const char *uri, const char **key, size_t *key_len, const char **value)
{
    const char *p = strstr(uri, "identifiers.org/");
    if (p) p += strlen("identifiers.org/");
    else if (strncmp(uri, "urn:miriam:", 11) == 0) p = uri + 11;
    else return false;
    size_t n = strcspn(p, ":/");
    if (!n || !p[n] || !p[n + 1]) return false;
    *key = p;
    *key_len = n;
    bool upper = true;
    for (size_t i = 0; i < n && upper; i++) upper = !(p[i] >= 'a' && p[i] <= 'z');
    *value = upper && p[n] == ':' ? p : p + n + 1;
    return true;
}

static void species_xrefs(reader *r, SBase_t *qs, mg_node *node)
{
    unsigned terms = SBase_getNumCVTerms(qs), total = 0;
    for (unsigned i = 0; i < terms; i++) total += CVTerm_getNumResources(SBase_getCVTerm(qs, i));
    mg_xref *x = total ? mg_arena_alloc(&r->g->arena, total * sizeof *x) : NULL;
    if (total && !x) {
        r->fatal = mg__fail(MG_ENOMEM, "out of memory");
        return;
    }
    size_t k = 0;
    for (unsigned i = 0; i < terms && !r->fatal; i++) {
        CVTerm_t *t = SBase_getCVTerm(qs, i);
        if (CVTerm_getQualifierType(t) != BIOLOGICAL_QUALIFIER) continue;
        BiolQualifierType_t q = CVTerm_getBiologicalQualifierType(t);
        if (q != BQB_IS && q != BQB_IS_ENCODED_BY && q != BQB_HAS_VERSION) continue;
        for (unsigned j = 0; j < CVTerm_getNumResources(t) && !r->fatal; j++) {
            char *uri = CVTerm_getResourceURI(t, j);
            const char *key, *value;
            size_t klen;
            char why[160];
            if (uri && parse_uri(uri, &key, &klen, &value) && mg__name_ok(value, strlen(value), "xref", why, sizeof why)) {
                const char *prefix = mg__xref_prefix(key, klen);
                char *lower = prefix ? NULL : (char *)keep(r, key, klen);
                for (char *c = lower; c && *c; c++) *c = (char)(*c >= 'A' && *c <= 'Z' ? *c - 'A' + 'a' : *c);
                x[k].key = prefix ? prefix : lower;
                x[k].value = keep(r, value, strlen(value));
                if (x[k].key && x[k].value) k++;
            }
            free(uri);
        }
    }
    node->xrefs = k ? x : NULL;
    node->xref_count = k;
}

/* One species, its id `sid` and name `nm` as libSBML gave them. */
static void read_one_species(reader *r, SBase_t *sb, const char *sid, const char *nm)
{
    if (!sid || !*sid) {
        problem_at(r, sb, "a qualitative species without an id");
        return;
    }
    const char *id = name_of(r, sb, sid, "species id");
    const char *label = nm && *nm ? name_of(r, sb, nm, "species name") : id;
    if (!id || !label) return;
    if (mg_hashmap_get(&r->ids, id, strlen(id)) >= 0) {
        problem_at(r, sb, "duplicate qualitative species id '%s'", id);
        return;
    }
    mg_node *node;
    if ((r->fatal = mg__graph_add_node(r->g, &node))) return;
    node->id = id;
    node->label = label;
    node->type = MG_NODE_ENTITY;
    if ((r->fatal = mg_hashmap_put(&r->ids, id, (mg_id)r->g->node_count - 1))) return;
    species_xrefs(r, sb, node);
}

static void read_species(reader *r, QualModelPlugin_t *qual)
{
    unsigned n = QualModelPlugin_getNumQualitativeSpecies(qual);
    for (unsigned i = 0; i < n && !r->fatal; i++) {
        /* libSBML returns its members const, but takes them non-const; the qual package's
         * string getters return copies the caller frees */
        QualitativeSpecies_t *qs = (QualitativeSpecies_t *)QualModelPlugin_getQualitativeSpecies(qual, i);
        char *sid = QualitativeSpecies_getId(qs), *nm = QualitativeSpecies_getName(qs);
        read_one_species(r, (SBase_t *)qs, sid, nm);
        free(sid);
        free(nm);
    }
}

/* The index of the reference `id` ("pmid:N", "doi:D"), created when new. */
static size_t reference(reader *r, const char *id, const char *pmid, const char *doi)
{
    mg_id k = mg_hashmap_get(&r->refs, id, strlen(id));
    if (k >= 0) return (size_t)k;
    r->text.len = 0;
    if (pmid) mg__buffer_printf(&r->text, "PubMed %s", pmid);
    else mg__buffer_printf(&r->text, "doi:%s", doi);
    mg_reference *ref;
    const char *kid = keep(r, id, strlen(id)), *cite = r->text.failed ? NULL : keep(r, r->text.data, r->text.len);
    const char *kp = pmid ? keep(r, pmid, strlen(pmid)) : NULL, *kd = doi ? keep(r, doi, strlen(doi)) : NULL;
    if (!kid || !cite || (pmid && !kp) || (doi && !kd) || (r->fatal = mg__graph_add_reference(r->g, &ref))) {
        if (!r->fatal) r->fatal = mg__fail(MG_ENOMEM, "out of memory");
        return SIZE_MAX;
    }
    *ref = (mg_reference){kid, cite, kd, kp, NULL, NULL, 0};
    if ((r->fatal = mg_hashmap_put(&r->refs, kid, (mg_id)r->g->ref_count - 1))) return SIZE_MAX;
    return r->g->ref_count - 1;
}

/* The studies a transition's isDescribedBy annotations cite, as reference indices; how many. */
static size_t transition_refs(reader *r, SBase_t *t, size_t **out)
{
    *out = NULL;
    size_t count = 0, cap = 0;
    unsigned terms = SBase_getNumCVTerms(t);
    for (unsigned i = 0; i < terms && !r->fatal; i++) {
        CVTerm_t *term = SBase_getCVTerm(t, i);
        if (CVTerm_getQualifierType(term) != BIOLOGICAL_QUALIFIER ||
            CVTerm_getBiologicalQualifierType(term) != BQB_IS_DESCRIBED_BY)
            continue;
        for (unsigned j = 0; j < CVTerm_getNumResources(term) && !r->fatal; j++) {
            char *uri = CVTerm_getResourceURI(term, j);
            const char *key, *value;
            size_t klen;
            char id[MG_NAME_MAX + 8], why[160];
            size_t ref = SIZE_MAX;
            if (uri && parse_uri(uri, &key, &klen, &value) && mg__name_ok(value, strlen(value), "study", why, sizeof why)) {
                bool pubmed = klen == 6 && strncasecmp(key, "pubmed", 6) == 0, doi = klen == 3 && strncasecmp(key, "doi", 3) == 0;
                if (pubmed && value[strspn(value, "0123456789")] == '\0') {
                    snprintf(id, sizeof id, "pmid:%s", value);
                    ref = reference(r, id, value, NULL);
                } else if (doi) {
                    snprintf(id, sizeof id, "doi:%s", value);
                    ref = reference(r, id, NULL, value);
                }
            }
            free(uri);
            if (ref == SIZE_MAX) continue;
            if (mg__reserve((void **)out, &cap, count + 1, sizeof **out)) {
                r->fatal = mg__fail(MG_ENOMEM, "out of memory");
                break;
            }
            (*out)[count++] = ref;
        }
    }
    return count;
}

/* The relation of an input's sign, or the transition's name when it is a relation of that sign. */
static mg_relation relation_of(InputSign_t sign, const char *name)
{
    mg_relation rel;
    int want = sign == INPUT_SIGN_POSITIVE ? 1 : sign == INPUT_SIGN_NEGATIVE ? -1 : 0;
    if (name && mg_relation_parse(&rel, name) == MG_OK) {
        mg_sign s = mg_relation_sign(rel);
        if ((s == MG_SIGN_STRUCTURAL ? 0 : (int)s) == want) return rel;
    }
    return want > 0 ? MG_REL_ACTIVATES : want < 0 ? MG_REL_INHIBITS : MG_REL_REGULATES;
}

static mg_id species_at(reader *r, SBase_t *at, const char *sid, const char *tid)
{
    mg_id v = sid ? mg_hashmap_get(&r->ids, sid, strlen(sid)) : -1;
    if (v < 0)
        problem_at(r, at, "transition '%s' names qualitative species '%s', which the model does not have", tid ? tid : "",
                   sid ? sid : "");
    return v;
}

static void read_transitions(reader *r, QualModelPlugin_t *qual)
{
    unsigned n = QualModelPlugin_getNumTransitions(qual);
    for (unsigned i = 0; i < n && !r->fatal; i++) {
        Transition_t *t = (Transition_t *)QualModelPlugin_getTransition(qual, i);
        char *tid = Transition_getId(t), *tname = Transition_getName(t); /* copies, freed below */
        unsigned ni = Transition_getNumInputs(t), no = Transition_getNumOutputs(t);
        size_t *refs = NULL, nrefs = transition_refs(r, (SBase_t *)t, &refs);
        mg_evidence *ev = nrefs ? mg_arena_alloc(&r->g->arena, nrefs * sizeof *ev) : NULL;
        if (nrefs && !ev && !r->fatal) r->fatal = mg__fail(MG_ENOMEM, "out of memory");
        if (ev && mg__reserve((void **)&r->pend, &r->pend_cap, r->pend_count + nrefs, sizeof *r->pend))
            r->fatal = mg__fail(MG_ENOMEM, "out of memory");
        for (size_t k = 0; ev && !r->fatal && k < nrefs; k++) {
            ev[k] = (mg_evidence){0};
            r->pend[r->pend_count++] = (struct pending){&ev[k], refs[k]};
        }
        free(refs);
        for (unsigned a = 0; a < ni && !r->fatal; a++) {
            Input_t *in = Transition_getInput(t, a);
            char *sin = Input_getQualitativeSpecies(in);
            mg_id s = species_at(r, (SBase_t *)in, sin, tid);
            free(sin);
            for (unsigned b = 0; b < no && !r->fatal; b++) {
                Output_t *out = Transition_getOutput(t, b);
                char *sout = Output_getQualitativeSpecies(out);
                mg_id o = species_at(r, (SBase_t *)out, sout, tid);
                free(sout);
                mg_edge *e;
                if (s < 0 || o < 0 || (r->fatal = mg__graph_add_edge(r->g, &e))) continue;
                *e = (mg_edge){.source = s, .target = o, .relation = relation_of(Input_getSign(in), tname), .weight = 1,
                               .evidence = ev, .evidence_count = ev ? nrefs : 0};
            }
        }
        free(tid);
        free(tname);
    }
}

/* libSBML's errors and fatal errors, at their line and column; whether there were any. */
static bool sbml_errors(reader *r, SBMLDocument_t *doc)
{
    bool any = false;
    for (unsigned i = 0; i < SBMLDocument_getNumErrors(doc); i++) {
        const XMLError_t *e = (const XMLError_t *)SBMLDocument_getError(doc, i);
        if (!XMLError_isError(e) && !XMLError_isFatal(e)) continue;
        int line = (int)XMLError_getLine(e), col = (int)XMLError_getColumn(e);
        r->text.len = 0;
        mg__buffer_puts(&r->text, XMLError_getMessage(e));
        /* libSBML's messages end in line breaks and full stops */
        while (r->text.len && strchr(" \n.", r->text.data[r->text.len - 1])) r->text.data[--r->text.len] = '\0';
        for (size_t k = 0; k < r->text.len; k++)
            if (r->text.data[k] == '\n') r->text.data[k] = ' ';
        mg__diag_at(r->diags, r->file, line ? line : 1, col ? col : 1, "%s", mg__buffer_cstr(&r->text));
        r->problems++;
        any = true;
    }
    return any;
}

/* What the text holds that libSBML must not be given: an element nested deeper than
 * MG_XML_DEPTH_MAX (libSBML builds its notes and annotations recursively and overflows the stack:
 * 100,000 nested <p> crash it), or a DOCTYPE declaring entities (libSBML refuses every entity use,
 * but libxml2 has built the declarations by then, and libSBML never frees them). Its offset, or
 * SIZE_MAX; *entity tells which. Tags (quoted values skipped), comments, CDATA, processing
 * instructions and a DOCTYPE are told apart; what is not well-formed is libSBML's to report. */
static size_t refused_at(const char *s, size_t n, bool *entity)
{
    *entity = false;
    size_t depth = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '<') continue;
        const char *end = NULL, *rest = s + i, *stop = s + n;
        if (n - i >= 4 && memcmp(rest, "<!--", 4) == 0) end = "-->";
        else if (n - i >= 9 && memcmp(rest, "<![CDATA[", 9) == 0) end = "]]>";
        else if (n - i >= 2 && rest[1] == '?') end = "?>";
        if (end) {
            size_t elen = strlen(end);
            while (i + elen <= n && memcmp(s + i, end, elen) != 0) i++;
            i += elen - 1;
            continue;
        }
        bool closing = i + 1 < n && s[i + 1] == '/', bang = i + 1 < n && s[i + 1] == '!';
        char quote = 0;
        int brackets = 0;
        size_t j = i + 1;
        for (; s + j < stop; j++) {
            if (quote) {
                if (s[j] == quote) quote = 0;
            } else if (s[j] == '"' || s[j] == '\'') {
                quote = s[j];
            } else if (bang && (s[j] == '[' || s[j] == ']')) {
                brackets += s[j] == '[' ? 1 : -1;
            } else if (s[j] == '>' && brackets <= 0) {
                break;
            }
        }
        if (bang) {
            for (size_t k = i; k + 8 <= j && k + 8 <= n; k++)
                if (memcmp(s + k, "<!ENTITY", 8) == 0) return *entity = true, k;
        } else if (closing) {
            if (depth) depth--;
        } else if (!(j < n && s[j - 1] == '/') && ++depth > MG_XML_DEPTH_MAX) {
            return i;
        }
        i = j;
    }
    return SIZE_MAX;
}

bool mg__sbml_sniff(const char *data, size_t size)
{
    size_t n = size < 4096 ? size : 4096;
    for (size_t i = 0; i + 5 <= n; i++)
        if (memcmp(data + i, "<sbml", 5) == 0 && i + 5 < n && strchr(" \t\r\n>", data[i + 5])) return true;
    return false;
}

mg_error_t mg__read_sbml(mg_graph **out, const char *data, size_t size, const char *name, mg_diagnostics *diags)
{
    *out = NULL;
    reader r = {.file = name, .diags = diags};
    SBMLDocument_t *doc = NULL;
    char *text = NULL;
    mg_error_t err = mg__graph_new(&r.g, name);
    if (err) return err;
    if ((err = mg_hashmap_init(&r.ids, 64)) || (err = mg_hashmap_init(&r.refs, 16))) goto done;
    size_t skip = size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0; /* libSBML reads none after a BOM */
    size_t first = skip, deep, nul = skip + strnlen(data + skip, size - skip);
    while (first < size && strchr(" \t\r\n", data[first]) && data[first]) first++;
    int line, col;
    if (first == size) {
        mg__diag_at(diags, name, 1, 1, "empty file: expected an SBML document");
        r.problems++;
        goto verdict;
    }
    if (nul < size) { /* libSBML would stop at a NUL without a word */
        mg__locate(data, nul, &line, &col);
        mg__diag_at(diags, name, line, col, "NUL byte in an XML file");
        r.problems++;
        goto verdict;
    }
    bool entity;
    if ((deep = refused_at(data, size, &entity)) != SIZE_MAX) {
        mg__locate(data, deep, &line, &col);
        if (entity) mg__diag_at(diags, name, line, col, "entity declarations are not read (SBML uses none)");
        else mg__diag_at(diags, name, line, col, "XML nested deeper than %d elements", MG_XML_DEPTH_MAX);
        r.problems++;
        goto verdict;
    }
    data += skip;
    size -= skip;
    if (!(text = malloc(size + 1))) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    memcpy(text, data, size);
    text[size] = '\0';
    if ((err = mg__sbml_use())) goto done;
    if (!(doc = readSBMLFromString(text))) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    if (sbml_errors(&r, doc)) goto verdict;
    Model_t *model = SBMLDocument_getModel(doc);
    QualModelPlugin_t *qual = model ? (QualModelPlugin_t *)SBase_getPlugin((SBase_t *)model, "qual") : NULL;
    if (!qual) {
        problem_at(&r, model ? (SBase_t *)model : (SBase_t *)doc,
                   "no SBML-qual model: expected a <model> with the qual package's qualitative species and transitions");
        goto verdict;
    }
    if (Model_isSetName(model) && *Model_getName(model)) r.g->name = keep(&r, Model_getName(model), strlen(Model_getName(model)));
    read_species(&r, qual);
    if (!r.fatal) read_transitions(&r, qual);
verdict:
    if ((err = r.fatal)) goto done;
    if (r.problems) {
        err = mg__fail(MG_EINVAL, "%s: %zu problem%s", name, r.problems, r.problems == 1 ? "" : "s");
        goto done;
    }
    for (size_t i = 0; i < r.pend_count; i++) r.pend[i].ev->ref = &r.g->refs[r.pend[i].ref];
    if ((err = mg__graph_index_nodes(r.g)) || (err = mg__graph_index_edges(r.g))) goto done;
    *out = r.g;
    r.g = NULL;
done:
    if (doc) SBMLDocument_free(doc);
    free(text);
    mg_hashmap_destroy(&r.ids);
    mg_hashmap_destroy(&r.refs);
    mg__buffer_free(&r.text);
    free(r.pend);
    mg_graph_free(r.g);
    return err;
}
