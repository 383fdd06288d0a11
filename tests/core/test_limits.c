/* test_limits.c - the length limits of docs/format.md ("Limits") in every reader: a name (an id,
 * a label) of exactly MG_NAME_MAX bytes and a text (a note) of exactly MG_TEXT_MAX bytes are read
 * whole; one byte more is an error, located where the string stands, never a string cut to fit. */
#include "check.h"
#include "mechgraph.h"

#include <stdarg.h>
#include <stdlib.h>

/* A string of `len` bytes: `c` repeated, ending in a Greek letter (2 bytes) so that a cut at a
 * character boundary would show. */
static char *filled(size_t len, char c)
{
    char *s = malloc(len + 1);
    memset(s, c, len);
    memcpy(s + len - 2, "\xce\xb2", 2);
    s[len] = '\0';
    return s;
}

static char *format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = malloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

typedef enum { JSON, CYJS, GRAPHML, TSV, SIF, PCSIF, NODES, READER_COUNT } reader;
static const char *const reader_names[READER_COUNT] = {"json", "cyjs", "graphml", "tsv", "sif", "pcsif", "nodes"};
static const mg_input_format formats[READER_COUNT] = {MG_INPUT_JSON, MG_INPUT_CYJS, MG_INPUT_GRAPHML, MG_INPUT_TSV,
                                                      MG_INPUT_SIF,  MG_INPUT_SIF,  MG_INPUT_NODES};

/* A file of reader `r` with one node (`id`, and `label` and `note` where the format has them) and
 * an edge from it to "B"; NULL when the format has no place for a label or a note. */
static char *document(reader r, const char *id, const char *label, const char *note)
{
    const char *l = label ? label : "alpha", *n = note ? note : "a note";
    switch (r) {
    case JSON:
        return format("{\"format\": \"mechgraph-1\", \"nodes\": [{\"id\": \"%s\", \"type\": \"gene\", \"label\": \"%s\", "
                      "\"note\": \"%s\"}, {\"id\": \"B\", \"type\": \"gene\"}],\n\"edges\": [{\"source\": \"%s\", "
                      "\"target\": \"B\", \"relation\": \"activates\"}]}\n",
                      id, l, n, id);
    case CYJS:
        return format("{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"%s\", \"name\": \"%s\", \"note\": \"%s\"}}, "
                      "{\"data\": {\"id\": \"B\"}}],\n\"edges\": [{\"data\": {\"source\": \"%s\", \"target\": \"B\"}}]}}\n",
                      id, l, n, id);
    case GRAPHML:
        return format("<graphml><key id='l' for='node' attr.name='label'/><key id='n' for='node' attr.name='note'/>\n"
                      "<graph><node id='%s'><data key='l'>%s</data><data key='n'>%s</data></node><node id='B'/>\n"
                      "<edge source='%s' target='B'/></graph></graphml>\n",
                      id, l, n, id);
    case TSV:
        return label || note ? NULL : format("A\tB\n%s\tB\t0.5\n", id);
    case SIF:
        return label || note ? NULL : format("A\tactivates\tB\n%s\tinhibits\tB\n", id);
    case PCSIF: /* the note of an edge is made of its PATHWAY_NAMES: "PATHWAY_NAMES: <value>" */
        return format("PARTICIPANT_A\tINTERACTION_TYPE\tPARTICIPANT_B\tPATHWAY_NAMES\n%s\tcontrols-expression-of\tB\t%s\n\n"
                      "PARTICIPANT\tPARTICIPANT_TYPE\tPARTICIPANT_NAME\n%s\tProteinReference\t%s\n",
                      id, note ? note + strlen("PATHWAY_NAMES: ") : "p", id, l);
    case NODES:
        return note ? NULL : format("id\tname\tkind\nA\tx\tGene\n%s\t%s\tGene\n", id, l);
    default: return NULL;
    }
}

static mg_error_t load(reader r, const char *text, mg_graph **g, mg_diagnostics **d)
{
    *g = NULL;
    mg_diagnostics_new(d);
    return mg_graph_load_buffer(g, text, strlen(text), reader_names[r], formats[r], *d);
}

static const mg_node *node_by_id(const mg_graph *g, const char *id)
{
    for (mg_id v = 0; v < mg_graph_node_count(g); v++)
        if (strcmp(mg_graph_node(g, v)->id, id) == 0) return mg_graph_node(g, v);
    return NULL;
}

/* At the maximum: read, and kept whole. */
static void at_max(reader r, const char *id, const char *label, const char *note)
{
    char *text = document(r, id, label, note);
    if (!text) return;
    mg_graph *g;
    mg_diagnostics *d;
    mg_error_t err = load(r, text, &g, &d);
    if (err) {
        char buf[300];
        mg_diagnostic_format(mg_diagnostics_get(d, 0), buf, sizeof buf);
        fprintf(stderr, "%s at the maximum: %s\n", reader_names[r], mg_diagnostics_count(d) ? buf : mg_last_error());
    }
    CHECK(err == MG_OK);
    const mg_node *n = g ? node_by_id(g, id) : NULL;
    CHECK(n != NULL);
    if (n && label) CHECK_STR(n->label, label);
    if (n && note && r != PCSIF) CHECK_STR(n->note, note);
    if (g && note && r == PCSIF) CHECK(mg_graph_edge_count(g) == 1 && strlen(mg_graph_edge(g, 0)->note) == strlen(note));
    mg_graph_free(g);
    mg_diagnostics_free(d);
    free(text);
}

/* One byte beyond: an error, the first problem located and saying `message`. */
static void beyond(reader r, const char *id, const char *label, const char *note, const char *message)
{
    char *text = document(r, id, label, note);
    if (!text) return;
    mg_graph *g;
    mg_diagnostics *d;
    CHECK(load(r, text, &g, &d) == MG_EINVAL);
    CHECK(g == NULL);
    const mg_diagnostic *p = mg_diagnostics_get(d, 0);
    CHECK(p != NULL);
    if (p) {
        if (!strstr(p->message, message)) fprintf(stderr, "%s: '%s' does not say '%s'\n", reader_names[r], p->message, message);
        CHECK(strstr(p->message, message) != NULL);
        CHECK(p->line > 0 || (p->path && *p->path));
    }
    mg_graph_free(g);
    mg_diagnostics_free(d);
    free(text);
}

static void test_names(void)
{
    char *max = filled(MG_NAME_MAX, 'x'), *over = filled(MG_NAME_MAX + 1, 'x');
    char *max_label = filled(MG_NAME_MAX, 'y'), *over_label = filled(MG_NAME_MAX + 1, 'y');
    char id_message[128], label_message[128];
    snprintf(id_message, sizeof id_message, "of %d bytes is longer than the maximum of %d", MG_NAME_MAX + 1, MG_NAME_MAX);
    snprintf(label_message, sizeof label_message, "of %d bytes is longer than the maximum of %d", MG_NAME_MAX + 1, MG_NAME_MAX);
    for (reader r = 0; r < READER_COUNT; r++) {
        at_max(r, max, NULL, NULL);
        beyond(r, over, NULL, NULL, id_message);
        at_max(r, "N", max_label, NULL);
        beyond(r, "N", over_label, NULL, label_message);
    }
    free(max), free(over), free(max_label), free(over_label);
}

static void test_texts(void)
{
    char *max = filled(MG_TEXT_MAX, 'z'), *over = filled(MG_TEXT_MAX + 1, 'z');
    memcpy(max, "PATHWAY_NAMES: ", 15);
    memcpy(over, "PATHWAY_NAMES: ", 15);
    char message[128];
    snprintf(message, sizeof message, "of %d bytes is longer than the maximum of %d", MG_TEXT_MAX + 1, MG_TEXT_MAX);
    for (reader r = 0; r < READER_COUNT; r++) {
        at_max(r, "N", NULL, max);
        beyond(r, "N", NULL, over, message);
    }
    free(max), free(over);
}

/* The messages name the string and say where it stands. */
static void test_located(void)
{
    char *over = filled(MG_NAME_MAX + 1, 'x');
    char *text = document(TSV, over, NULL, NULL);
    mg_graph *g;
    mg_diagnostics *d;
    load(TSV, text, &g, &d);
    const mg_diagnostic *p = mg_diagnostics_get(d, 0);
    char expected[128];
    snprintf(expected, sizeof expected, "node name of %d bytes is longer than the maximum of %d", MG_NAME_MAX + 1, MG_NAME_MAX);
    CHECK(p && p->line == 2 && p->column == 1);
    if (p) CHECK_STR(p->message, expected);
    mg_diagnostics_free(d);
    free(text);
    text = document(JSON, "N", over, NULL);
    load(JSON, text, &g, &d);
    p = mg_diagnostics_get(d, 0);
    snprintf(expected, sizeof expected, "label of %d bytes is longer than the maximum of %d", MG_NAME_MAX + 1, MG_NAME_MAX);
    CHECK(p && p->path && strcmp(p->path, "nodes[0].label") == 0);
    if (p) CHECK_STR(p->message, expected);
    mg_diagnostics_free(d);
    free(text);
    free(over);
}

int main(void)
{
    test_names();
    test_texts();
    test_located();
    CHECK_DONE();
}
