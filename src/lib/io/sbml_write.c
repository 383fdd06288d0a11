/*
 * sbml_write.c - the graph as SBML Level 3 Version 1 with the qual package (SBML-qual), built
 * with libSBML (whose documents stay in this file and io_sbml.c). Each node is a qualitative
 * species in one compartment ("default"): its id made an SBML SId, its label the name, its xrefs
 * MIRIAM annotations (bqbiol:is, https://identifiers.org/PREFIX:VALUE). Each edge is a transition
 * with one input (the source, its sign: positive, negative, or unknown for an unsigned or
 * structural relation; transitionEffect none) and one output (the target; assignmentLevel), named
 * by the relation, so that reading back gives the relation and not the sign alone; its studies
 * are bqbiol:isDescribedBy annotations (https://identifiers.org/pubmed:ID, else
 * https://identifiers.org/doi:DOI), and their citations the transition's notes.
 *
 * SBML-qual requires each transition's function terms. They say no more than the edge: a signed
 * edge's target is at level 1 when its source is at level 1 (positive) or 0 (negative), and at 0
 * otherwise (the default term); an unsigned edge has the default term alone.
 *
 * libSBML's C API (5.19) cannot set an output's transitionEffect nor create a default term (the
 * C function is exported with C++ linkage; the rest is C++ only), so the model's structure is
 * written as SBML text, parsed by libSBML, annotated through its C API (the MIRIAM RDF), and
 * serialised by libSBML.
 */
#include "io/io.h"

#include "io/lazy_sbml.h" /* libSBML, loaded on first use */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* An SBML SId for each node: its id with every character outside [A-Za-z0-9_] made '_', '_' first
 * when it would start with a digit or be taken by the model's own ids, and "_2", "_3" ... added when two ids meet. */
static mg_error_t species_ids(const mg_graph *g, char ***out)
{
    size_t n = g->node_count;
    char **ids = calloc(n ? n : 1, sizeof *ids);
    mg_hashmap seen = {0};
    mg_error_t err = ids ? mg_hashmap_init(&seen, n) : MG_ENOMEM;
    for (size_t i = 0; !err && i < n; i++) {
        const char *id = g->nodes[i].id;
        size_t len = strlen(id);
        char *s = malloc(len + 24);
        if (!s) {
            err = MG_ENOMEM;
            break;
        }
        size_t k = 0;
        if (!((id[0] >= 'A' && id[0] <= 'Z') || (id[0] >= 'a' && id[0] <= 'z') || id[0] == '_')) s[k++] = '_';
        for (size_t j = 0; j < len; j++) {
            char c = id[j];
            s[k++] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_';
        }
        s[k] = '\0';
        /* one namespace holds every SId: the compartment's, the model's and the transitions'
         * (tr_N, tr_N_in, tr_N_out) stay apart from the species' */
        if (strcmp(s, "default") == 0 || strcmp(s, "mechgraph") == 0 || strncmp(s, "tr_", 3) == 0) {
            memmove(s + 1, s, k + 1);
            s[0] = '_';
            k++;
        }
        for (int dup = 2; mg_hashmap_get(&seen, s, strlen(s)) >= 0; dup++) snprintf(s + k, 24, "_%d", dup);
        ids[i] = s;
        if ((err = mg_hashmap_put(&seen, s, (mg_id)i))) break;
    }
    mg_hashmap_destroy(&seen);
    if (err) {
        for (size_t i = 0; ids && i < n; i++) free(ids[i]);
        free(ids);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    *out = ids;
    return MG_OK;
}

/* Adds a MIRIAM annotation `qualifier` with `uri` (the element has a metaid). */
static int annotate(SBase_t *sb, BiolQualifierType_t qualifier, const char *uri)
{
    CVTerm_t *term = CVTerm_createWithQualifierType(BIOLOGICAL_QUALIFIER);
    if (!term) return -1;
    CVTerm_setBiologicalQualifierType(term, qualifier);
    CVTerm_addResource(term, uri);
    int rc = SBase_addCVTerm(sb, term);
    CVTerm_free(term);
    return rc == LIBSBML_OPERATION_SUCCESS ? 0 : -1;
}

/* The identifiers.org URI of an xref: https://identifiers.org/PREFIX:VALUE, or the value itself
 * when it carries its prefix already (CHEBI:15996, GO:0006915). */
static void xref_uri(mg_buffer *b, const mg_xref *x)
{
    size_t klen = strlen(x->key);
    b->len = 0;
    mg__buffer_puts(b, "https://identifiers.org/");
    /* libSBML escapes markup but writes control characters as they are: XML cannot hold them */
    if (!(strncasecmp(x->value, x->key, klen) == 0 && x->value[klen] == ':')) {
        mg__xml_legal(b, x->key);
        mg__buffer_putc(b, ':');
    }
    mg__xml_legal(b, x->value);
}

/* The model's structure as SBML text: compartment, species, transitions with their function terms. */
static void skeleton(mg_buffer *b, const mg_graph *g, char **sids)
{
    mg__buffer_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<sbml xmlns=\"http://www.sbml.org/sbml/level3/version1/core\" level=\"3\" version=\"1\" "
                       "xmlns:qual=\"http://www.sbml.org/sbml/level3/version1/qual/version1\" qual:required=\"true\">\n"
                       "<model id=\"mechgraph\"");
    if (g->name) {
        mg__buffer_puts(b, " name=\"");
        mg__html_escape(b, g->name);
        mg__buffer_putc(b, '"');
    }
    mg__buffer_puts(b, ">\n<listOfCompartments><compartment id=\"default\" constant=\"true\"/></listOfCompartments>\n");
    if (g->node_count) mg__buffer_puts(b, "<qual:listOfQualitativeSpecies>\n");
    for (size_t i = 0; i < g->node_count; i++) {
        mg__buffer_printf(b, "<qual:qualitativeSpecies metaid=\"ms_%s\" qual:id=\"%s\" qual:name=\"", sids[i], sids[i]);
        mg__html_escape(b, g->nodes[i].label);
        mg__buffer_puts(b, "\" qual:compartment=\"default\" qual:constant=\"false\"/>\n");
    }
    if (g->node_count) mg__buffer_puts(b, "</qual:listOfQualitativeSpecies>\n");
    if (g->edge_count) mg__buffer_puts(b, "<qual:listOfTransitions>\n");
    for (size_t k = 0; k < g->edge_count; k++) {
        const mg_edge *e = &g->edges[k];
        int sign = mg__export_sign(e->relation);
        const char *src = sids[e->source];
        mg__buffer_printf(b,
                          "<qual:transition metaid=\"mt_%zu\" qual:id=\"tr_%zu\" qual:name=\"%s\">\n"
                          "<qual:listOfInputs><qual:input qual:id=\"tr_%zu_in\" qual:qualitativeSpecies=\"%s\" "
                          "qual:transitionEffect=\"none\" qual:sign=\"%s\"/></qual:listOfInputs>\n"
                          "<qual:listOfOutputs><qual:output qual:id=\"tr_%zu_out\" qual:qualitativeSpecies=\"%s\" "
                          "qual:transitionEffect=\"assignmentLevel\"/></qual:listOfOutputs>\n"
                          "<qual:listOfFunctionTerms><qual:defaultTerm qual:resultLevel=\"0\"/>",
                          k, k, mg_relation_name(e->relation), k, src, sign > 0 ? "positive" : sign < 0 ? "negative" : "unknown",
                          k, sids[e->target]);
        if (sign)
            mg__buffer_printf(b,
                              "<qual:functionTerm qual:resultLevel=\"1\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\">"
                              "<apply><eq/><ci>%s</ci><cn type=\"integer\">%d</cn></apply></math></qual:functionTerm>",
                              src, sign > 0 ? 1 : 0);
        mg__buffer_puts(b, "</qual:listOfFunctionTerms>\n</qual:transition>\n");
    }
    if (g->edge_count) mg__buffer_puts(b, "</qual:listOfTransitions>\n");
    mg__buffer_puts(b, "</model>\n</sbml>\n");
}

/* The studies an edge cites, each once: MIRIAM isDescribedBy by PubMed id or DOI, and the
 * citations as XHTML notes. */
static int describe(Transition_t *t, const mg_edge *e, mg_buffer *b)
{
    mg_buffer notes = {0};
    int rc = 0;
    mg__buffer_puts(&notes, "<body xmlns=\"http://www.w3.org/1999/xhtml\">");
    for (size_t i = 0; i < e->evidence_count && !rc; i++) {
        const mg_reference *ref = e->evidence[i].ref;
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++) seen = e->evidence[j].ref == ref;
        if (seen) continue;
        mg__buffer_puts(&notes, "<p>");
        mg__html_escape(&notes, ref->id);
        mg__buffer_puts(&notes, ": ");
        mg__html_escape(&notes, ref->citation);
        mg__buffer_puts(&notes, "</p>");
        b->len = 0;
        if (ref->pmid || ref->doi) mg__buffer_puts(b, ref->pmid ? "https://identifiers.org/pubmed:" : "https://identifiers.org/doi:");
        mg__xml_legal(b, ref->pmid ? ref->pmid : ref->doi);
        if (b->failed) rc = -1;
        else if (b->len) rc = annotate((SBase_t *)t, BQB_IS_DESCRIBED_BY, mg__buffer_cstr(b));
    }
    mg__buffer_puts(&notes, "</body>");
    if (!rc && notes.failed) rc = -1;
    if (!rc && SBase_setNotesString((SBase_t *)t, mg__buffer_cstr(&notes)) != LIBSBML_OPERATION_SUCCESS) rc = -1;
    mg__buffer_free(&notes);
    return rc;
}

/* The MIRIAM annotations and notes of every species and transition. */
static int annotate_model(QualModelPlugin_t *qual, const mg_graph *g, mg_buffer *b)
{
    for (size_t i = 0; i < g->node_count; i++) {
        const mg_node *n = &g->nodes[i];
        SBase_t *qs = (SBase_t *)QualModelPlugin_getQualitativeSpecies(qual, (unsigned)i);
        for (size_t x = 0; qs && x < n->xref_count; x++) {
            xref_uri(b, &n->xrefs[x]);
            if (b->failed || annotate(qs, BQB_IS, mg__buffer_cstr(b))) return -1;
        }
        if (!qs) return -1;
    }
    for (size_t k = 0; k < g->edge_count; k++) {
        Transition_t *t = (Transition_t *)QualModelPlugin_getTransition(qual, (unsigned)k);
        if (!t || (g->edges[k].evidence_count && describe(t, &g->edges[k], b))) return -1;
    }
    return 0;
}

mg_error_t mg__write_sbml(const mg_graph *g, const char *path)
{
    mg_error_t err = mg__sbml_use();
    if (err) return err;
    char **sids = NULL;
    if ((err = species_ids(g, &sids))) return err;
    mg_buffer b = {0};
    char *text = NULL;
    SBMLDocument_t *doc = NULL;
    skeleton(&b, g, sids);
    if (b.failed) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    if (!(doc = readSBMLFromString(mg__buffer_cstr(&b)))) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    if (SBMLDocument_getNumErrors(doc)) {
        /* the skeleton is ours: an error in it is a bug, said with libSBML's words */
        const XMLError_t *e = (const XMLError_t *)SBMLDocument_getError(doc, 0);
        err = mg__fail(MG_EINVAL, "libSBML refuses the SBML-qual written (line %u): %s", XMLError_getLine(e), XMLError_getMessage(e));
        goto done;
    }
    Model_t *model = SBMLDocument_getModel(doc);
    QualModelPlugin_t *qual = model ? (QualModelPlugin_t *)SBase_getPlugin((SBase_t *)model, "qual") : NULL;
    if (!qual || annotate_model(qual, g, &b) || !(text = writeSBMLToString(doc))) {
        err = mg__fail(MG_ENOMEM, "unable to build the SBML document (out of memory)");
        goto done;
    }
    err = mg__write_file_atomic(path, text, strlen(text));
done:
    free(text);
    if (doc) SBMLDocument_free(doc);
    mg__buffer_free(&b);
    for (size_t i = 0; i < g->node_count; i++) free(sids[i]);
    free(sids);
    return err;
}
