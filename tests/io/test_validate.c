/* test_validate.c - every kind of bad input gets MG_EINVAL, no graph, and a located message;
 * all problems of a file are reported in one run. */
#include "check.h"
#include "mechgraph.h"

#include <stdbool.h>

typedef struct {
    const char *name;
    const char *text;
    int line, column;      /* expected location of the first problem (0: by path) */
    const char *path;      /* expected JSON path of the first problem, or NULL */
    const char *message;   /* a part of the first message */
} bad_case;

#define NODES "\"nodes\": [{\"id\": \"A\", \"type\": \"gene\"}, {\"id\": \"B\", \"type\": \"gene\"}]"

static const bad_case cases[] = {
    {"empty", "", 1, 1, NULL, "empty file"},
    {"whitespace", "  \n\t\n", 1, 1, NULL, "empty file"},
    {"syntax", "{\"format\": \"mechgraph-1\",\n \"nodes\": [}", 2, 12, NULL, "expected a value"},
    {"truncated", "{\"format\": \"mechgraph-1\", \"nodes\": [", 1, 37, NULL, "unexpected end of file"},
    {"unterminated string", "{\"format\": \"mechgraph-1", 1, 24, NULL, "unexpected end of file"},
    {"trailing comma", "{\"format\": \"mechgraph-1\", \"nodes\": [], \"edges\": [],}", 1, 52, NULL, "trailing comma"},
    {"single quotes", "{'format': 1}", 1, 2, NULL, "double quotes"},
    {"garbage after", "{\"format\": \"mechgraph-1\", \"nodes\": [], \"edges\": []} x", 1, 53, NULL, "after the end"},
    {"nul byte", "{\"format\": \"mech\0graph-1\"}", 1, 17, NULL, "NUL byte"},
    {"invalid utf-8", "{\"format\": \"mechgraph-1\",\n \"name\": \"\xff\"}", 2, 11, NULL, "invalid UTF-8"},
    {"deep nesting", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]", 1, 65, NULL, "nested deeper"},
    {"not an object", "[1, 2]", 0, 0, "(top level)", "expected an object, found an array"},
    {"wrong format", "{\"format\": \"cytoscape\", \"nodes\": [], \"edges\": []}", 0, 0, "format", "unsupported format"},
    {"missing nodes", "{\"format\": \"mechgraph-1\", \"edges\": []}", 0, 0, "(top level)", "missing member 'nodes'"},
    {"wrong type", "{\"format\": \"mechgraph-1\", \"nodes\": {}, \"edges\": []}", 0, 0, "nodes", "expected an array, found an object"},
    {"unknown relation", "{\"format\": \"mechgraph-1\", " NODES ", \"edges\": [{\"source\": \"A\", \"target\": \"B\", \"relation\": \"activatez\"}]}",
     0, 0, "edges[0].relation", "did you mean 'activates'?"},
    {"dangling", "{\"format\": \"mechgraph-1\", " NODES ", \"edges\": [{\"source\": \"A\", \"target\": \"C\", \"relation\": \"activates\"}]}",
     0, 0, "edges[0].target", "unknown node 'C'"},
    {"unknown type", "{\"format\": \"mechgraph-1\", \"nodes\": [{\"id\": \"A\", \"type\": \"protein\"}], \"edges\": []}", 0, 0,
     "nodes[0].type", "unknown node type 'protein'"},
    {"duplicate id", "{\"format\": \"mechgraph-1\", \"nodes\": [{\"id\": \"Sirt6\", \"type\": \"gene\"}, {\"id\": \"SIRT6\", \"type\": \"gene\"}], \"edges\": []}",
     0, 0, "nodes[1].id", "same name as 'Sirt6'"},
    {"unknown ref", "{\"format\": \"mechgraph-1\", " NODES ", \"edges\": [{\"source\": \"A\", \"target\": \"B\", \"relation\": \"activates\", \"evidence\": [{\"ref\": \"x\"}]}]}",
     0, 0, "edges[0].evidence[0].ref", "unknown reference 'x'"},
    {"huge number weight", "{\"format\": \"mechgraph-1\", " NODES ", \"edges\": [{\"source\": \"A\", \"target\": \"B\", \"relation\": \"activates\", \"weight\": 1e999}]}",
     0, 0, "edges[0].weight", "a weight (a number from 0 to 1e300)"},
    {"control char in id", "{\"format\": \"mechgraph-1\", \"nodes\": [{\"id\": \"A\\u0001\", \"type\": \"gene\"}], \"edges\": []}", 0, 0,
     "nodes[0].id", "control character"},
    {"duplicate member", "{\"format\": \"mechgraph-1\", \"nodes\": [], \"nodes\": [], \"edges\": []}", 0, 0, "(top level)", "given twice"},
    {"tsv one column", "A\tB\nC\n", 2, 2, NULL, "found 1 column"},
    {"tsv bad relation", "A\tB\tactivatez\n", 1, 5, NULL, "did you mean 'activates'?"},
    /* columns count characters, not bytes, once a line holds non-ASCII text */
    {"tsv column after non-ASCII", "Aβγ\tB\tactivatez\n", 1, 7, NULL, "did you mean 'activates'?"},
    {"sif number as relation", "A\t0.5\tB\n", 1, 3, NULL, "expected a relation or a sign such as + or - (see docs/format.md), found '0.5'"},
    {"tsv header without target", "source\tfoo\nA\tB\n", 1, 11, NULL, "the header names no target column"},
    {"tsv header short row", "tail\thead\tweight\nA\n", 2, 2, NULL, "expected 3 columns as the header says, found 1"},
    {"tsv negative weight", "source\ttarget\tweight\nA\tB\t-2\n", 2, 5, NULL, "expected a weight (a number from 0 to 1e300), found '-2'"},
    {"tsv header twice the target", "source\ttarget\thead\nA\tB\tC\n", 1, 15, NULL, "names a role an earlier column has"},
    {"tsv sign column bad value", "source\ttarget\tsign\nA\tB\t2\n", 2, 5, NULL, "found '2'"},
    {"sif two columns", "A\tactivates\n", 1, 12, NULL, "found 2 columns"},
    {"tsv unknown metaedge", "source\tmetaedge\ttarget\nA\tXyZ\tB\n", 2, 3, NULL, "unknown Hetionet metaedge 'XyZ'"},
    {"sif unknown interaction type", "A\tcontrols-nothing-of\tB\n", 1, 3, NULL, "expected a relation or a sign"},
    {"nodes duplicate row", "id\tname\tkind\nA\ta\tGene\nA\tb\tGene\n", 3, 1, NULL, "node 'A' has a row already"},
    {"nodes empty id", "id\tkind\n\tGene\n", 2, 1, NULL, "empty node id"},
    {"nodes bad utf-8", "id\tkind\nA\xff\tGene\n", 2, 2, NULL, "invalid UTF-8"},
    {"tsv extended sif bad node section", "PARTICIPANT_A\tINTERACTION_TYPE\tPARTICIPANT_B\nA\tinteracts-with\tB\n\n"
     "PARTICIPANT\tPARTICIPANT_TYPE\nA\tProteinReference\nA\tProteinReference\n", 6, 1, NULL, "node 'A' has a row already"},
};

/* Loads `len` bytes of text; the graph (NULL on failure) and the diagnostics are the caller's. */
static mg_error_t load_text(const char *text, size_t len, const char *name, mg_input_format fmt, mg_graph **g,
                            mg_diagnostics **d)
{
    *g = NULL;
    mg_diagnostics_new(d);
    return mg_graph_load_buffer(g, text, len, name, fmt, *d);
}

static void check_case(const bad_case *c)
{
    mg_diagnostics *d;
    mg_graph *g;
    size_t len = strcmp(c->name, "nul byte") == 0 ? 26 : strlen(c->text);
    mg_input_format fmt = strncmp(c->name, "tsv", 3) == 0     ? MG_INPUT_TSV
                          : strncmp(c->name, "sif", 3) == 0   ? MG_INPUT_SIF
                          : strncmp(c->name, "nodes", 5) == 0 ? MG_INPUT_NODES
                                                              : MG_INPUT_JSON;
    mg_error_t err = load_text(c->text, len, "case.json", fmt, &g, &d);
    if (err != MG_EINVAL || g != NULL || mg_diagnostics_count(d) == 0) {
        fprintf(stderr, "case '%s': expected MG_EINVAL with a diagnostic, got %d (%zu diagnostics)\n", c->name, err,
                mg_diagnostics_count(d));
        check_failures++;
    } else {
        const mg_diagnostic *x = mg_diagnostics_get(d, 0);
        char buf[1024];
        mg_diagnostic_format(x, buf, sizeof buf);
        bool ok = strstr(x->message, c->message) != NULL;
        if (c->line) ok = ok && x->line == c->line && x->column == c->column;
        if (c->path) ok = ok && x->path && strcmp(x->path, c->path) == 0;
        if (!ok) {
            fprintf(stderr, "case '%s': unexpected diagnostic: %s\n", c->name, buf);
            check_failures++;
        }
    }
    mg_graph_free(g);
    mg_diagnostics_free(d);
}

static void test_all_problems_reported(void)
{
    /* three independent problems: all three are reported, in order */
    const char *text = "{\"format\": \"mechgraph-1\", \"nodes\": [{\"id\": \"A\", \"type\": \"genee\"}, {\"type\": \"gene\"}],"
                       " \"edges\": [{\"source\": \"A\", \"target\": \"Z\", \"relation\": \"activates\"}]}";
    mg_diagnostics *d;
    mg_graph *g;
    CHECK(load_text(text, strlen(text), "three.json", MG_INPUT_JSON, &g, &d) == MG_EINVAL);
    CHECK(mg_diagnostics_count(d) == 3);
    if (mg_diagnostics_count(d) == 3) {
        CHECK_STR(mg_diagnostics_get(d, 0)->path, "nodes[0].type");
        CHECK_STR(mg_diagnostics_get(d, 1)->path, "nodes[1]");
        CHECK_STR(mg_diagnostics_get(d, 2)->path, "edges[0].target");
        char buf[256];
        mg_diagnostic_format(mg_diagnostics_get(d, 2), buf, sizeof buf);
        CHECK_STR(buf, "three.json: edges[0].target: unknown node 'Z': no node has this id");
    }
    mg_graph_free(g);
    mg_diagnostics_free(d);
}

static void test_long_name(void)
{
    char text[2048];
    char id[MG_NAME_MAX + 2];
    memset(id, 'x', sizeof id - 1);
    id[sizeof id - 1] = '\0';
    snprintf(text, sizeof text, "{\"format\": \"mechgraph-1\", \"nodes\": [{\"id\": \"%s\", \"type\": \"gene\"}], \"edges\": []}", id);
    mg_diagnostics *d;
    mg_graph *g;
    CHECK(load_text(text, strlen(text), "long.json", MG_INPUT_JSON, &g, &d) == MG_EINVAL);
    CHECK(mg_diagnostics_count(d) == 1 && strstr(mg_diagnostics_get(d, 0)->message, "longer than the maximum"));
    mg_graph_free(g);
    mg_diagnostics_free(d);
}

int main(void)
{
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check_case(&cases[i]);
    test_all_problems_reported();
    test_long_name();
    CHECK_DONE();
}
