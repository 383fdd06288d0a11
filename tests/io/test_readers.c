/* test_readers.c - the GraphML and Cytoscape.js readers: what they read (entities, CDATA, keys
 * and defaults, attribute names, evidence rebuilt from studies, Cytoscape's SUIDs, networkx's
 * values), how a format is chosen, and a table of malformed inputs, each of which must fail with
 * its first problem located where expected (line:column, or JSON path) and saying what is wrong
 * (the length limits are test_limits.c's). */
#include "check.h"
#include "mechgraph.h"

#include <stdlib.h>

static mg_graph *load(const char *name, const char *text, size_t len, mg_diagnostics **diags)
{
    mg_graph *g = NULL;
    mg_diagnostics *d = NULL;
    mg_diagnostics_new(&d);
    mg_error_t err = mg_graph_load_buffer(&g, text, len ? len : strlen(text), name, MG_INPUT_AUTO, d);
    if (err && !diags) {
        fprintf(stderr, "%s: %s\n", name, mg_last_error());
        for (size_t i = 0; i < mg_diagnostics_count(d); i++) {
            char buf[512];
            mg_diagnostic_format(mg_diagnostics_get(d, i), buf, sizeof buf);
            fprintf(stderr, "  %s\n", buf);
        }
    }
    if (diags) *diags = d;
    else mg_diagnostics_free(d);
    return g;
}

static const mg_edge *edge(const mg_graph *g, mg_id i) { return mg_graph_edge(g, i); }
static const char *id_of(const mg_graph *g, mg_id v) { return mg_graph_node(g, v)->id; }

static void test_xml_text(void)
{
    /* a declaration, a DOCTYPE with '>' in its subset, comments, a processing instruction,
     * CDATA, the five entities, character references, CRLF and attribute-value normalisation */
    const char *text = "\xEF\xBB\xBF<?xml version='1.0' encoding='utf-8'?>\r\n"
                       "<!DOCTYPE graphml [ <!ENTITY x \"a>b\"> <!-- ] > --> ]>\r\n"
                       "<!-- before --><?pi skipped?>\r\n"
                       "<graphml><key id='l' for='node' attr.name='label'/><key id='n' for='all' attr.name='note'/>\r\n"
                       "<graph edgedefault='directed'>\r\n"
                       "<node id='a&amp;b&#x3b2;'><data key='l'>&lt;A&gt; &quot;x&quot; &apos;y&apos; <![CDATA[<raw & text>]]>"
                       "<!-- c -->!</data>\r\n"
                       "<data key='n'>line1\r\nline2</data></node>\r\n"
                       "<node id=\"tab\tand\nnewline\"/>\r\n"
                       "<edge source='a&amp;b&#946;' target='tab and newline'/>\r\n"
                       "</graph></graphml>\r\n<!-- after -->\r\n";
    mg_graph *g = load("text.graphml", text, 0, NULL);
    CHECK(g != NULL);
    if (!g) return;
    CHECK(mg_graph_node_count(g) == 2 && mg_graph_edge_count(g) == 1);
    const mg_node *a = mg_graph_node(g, 0);
    CHECK_STR(a->id, "a&b\xce\xb2");
    CHECK_STR(a->label, "<A> \"x\" 'y' <raw & text>!");
    CHECK_STR(a->note, "line1\nline2");
    CHECK_STR(id_of(g, 1), "tab and newline");
    CHECK(a->type == MG_NODE_ENTITY);
    CHECK(edge(g, 0)->relation == MG_REL_ASSOCIATED_WITH && edge(g, 0)->weight == 1.0);
    mg_graph_free(g);
}

/* UTF-16 (little or big end, with or without a byte order mark), from UTF-8 with 2-byte
 * characters at most; malloc'd, its length in *len. */
static char *utf16(const char *text, bool big, bool bom, size_t *len)
{
    size_t n = strlen(text);
    unsigned char *out = malloc(2 * n + 2), *p = out;
    if (!out) return NULL;
    if (bom) *p++ = big ? 0xFE : 0xFF, *p++ = big ? 0xFF : 0xFE;
    for (const unsigned char *s = (const unsigned char *)text; *s; s++) {
        unsigned u = *s;
        if (u >= 0xC0) u = (u & 0x1F) << 6 | (s[1] & 0x3F), s++;
        *p++ = (unsigned char)(big ? u >> 8 : u & 0xFF);
        *p++ = (unsigned char)(big ? u & 0xFF : u >> 8);
    }
    *len = (size_t)(p - out);
    return (char *)out;
}

/* The encodings expat reads, as declared or as a byte order mark says; problems located in the
 * file's own characters (a column is a character in ISO-8859-1 and in UTF-16 as in UTF-8). */
static void test_xml_encodings(void)
{
    const char *doc = "<?xml version='1.0' encoding='UTF-16'?>\n<graphml><graph><node id='\xc3\xa9\xce\xb2'/>"
                      "<node id='x'/></graph></graphml>\n";
    for (int variant = 0; variant < 3; variant++) {
        size_t len;
        char *text = utf16(doc, variant == 1, variant != 2, &len);
        mg_graph *g = text ? load("utf16.graphml", text, len, NULL) : NULL;
        CHECK(g && mg_graph_node_count(g) == 2);
        if (g) CHECK_STR(id_of(g, 0), "\xc3\xa9\xce\xb2");
        mg_graph_free(g);
        free(text);
    }
    size_t len;
    char *text = utf16("<graphml><graph><node id='\xc3\xa9\xc3\xa9'/>\r\n<node id='\xc3\xa9'/><node id='\xc3\xa9'/></graph></graphml>",
                       false, true, &len);
    mg_diagnostics *d = NULL;
    mg_graph *g = text ? load("dup16.graphml", text, len, &d) : NULL;
    const mg_diagnostic *first = mg_diagnostics_get(d, 0);
    CHECK(!g && first && first->line == 2 && first->column == 21 && strstr(first->message, "duplicate node id '\xc3\xa9'"));
    mg_diagnostics_free(d);
    free(text);

    /* ISO-8859-1 under its other names, US-ASCII; Latin-1 columns count bytes as characters */
    const char *names[] = {"ISO-8859-1", "latin1", "l1", "iso_8859-1"};
    for (size_t i = 0; i < 4; i++) {
        char buf[200];
        snprintf(buf, sizeof buf, "<?xml version='1.0' encoding='%s'?><graphml><graph><node id='caf\xe9'/></graph></graphml>", names[i]);
        g = load("latin1.graphml", buf, 0, NULL);
        CHECK(g && strcmp(id_of(g, 0), "caf\xc3\xa9") == 0);
        mg_graph_free(g);
    }
    g = load("l1.graphml", "<?xml version='1.0' encoding='latin1'?><graphml><graph><node id='\xe9\xe9'/><node id='x' x='1' x='2'/></graph></graphml>", 0, &d);
    first = mg_diagnostics_get(d, 0);
    CHECK(!g && first && first->line == 1 && first->column == 90 && strstr(first->message, "attribute 'x' given twice"));
    mg_diagnostics_free(d);
    g = load("ascii.graphml", "<?xml version='1.0' encoding='US-ASCII'?><graphml><graph><node id='a'/></graph></graphml>", 0, NULL);
    CHECK(g && mg_graph_node_count(g) == 1);
    mg_graph_free(g);
    g = load("ascii.graphml", "<?xml version='1.0' encoding='ASCII'?><graphml><graph><node id='\xc3\xa9'/></graph></graphml>", 0, &d);
    CHECK(!g && mg_diagnostics_count(d) == 1);
    mg_diagnostics_free(d);
}

/* Entities: a DOCTYPE may declare them, but a reference to one is an unknown entity wherever it
 * stands, an external one is never loaded, and expansion is refused before it grows. */
static void test_xml_entities(void)
{
    char path[256], doc[4096];
    const char *tmp = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/mechgraph_xxe_%p.txt", tmp && *tmp == '/' ? tmp : "/tmp", (void *)path);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f) return;
    fputs("SECRET-TEXT", f);
    fclose(f);
    const char *uses[] = {"<data key='l'>&x;</data>", "<data key='l'>a&x;b</data>", "", "<data key='l'>&p;</data>"};
    const int columns[] = {28, 29, 11, 28};
    for (size_t i = 0; i < 4; i++) {
        snprintf(doc, sizeof doc,
                 "<?xml version='1.0'?>\n<!DOCTYPE graphml [<!ENTITY x SYSTEM 'file://%s'><!ENTITY %% e SYSTEM 'file://%s'> %%e;"
                 "<!ENTITY p 'plain'>]>\n"
                 "<graphml><key id='l' for='node' attr.name='label'/><graph>\n<node id=%s>%s</node></graph></graphml>\n",
                 path, path, i == 2 ? "'&x;'" : "'a'", uses[i]);
        mg_diagnostics *d = NULL;
        mg_graph *g = load("xxe.graphml", doc, 0, &d);
        const mg_diagnostic *first = mg_diagnostics_get(d, 0);
        CHECK(!g && first && first->line == 4 && first->column == columns[i] && strstr(first->message, "unknown entity"));
        for (size_t k = 0; k < mg_diagnostics_count(d); k++) CHECK(!strstr(mg_diagnostics_get(d, k)->message, "SECRET"));
        if (!first || first->column != columns[i]) fprintf(stderr, "xxe %zu: %d:%d %s\n", i, first ? first->line : 0, first ? first->column : 0, first ? first->message : "");
        mg_diagnostics_free(d);
    }
    remove(path);
    /* a billion laughs in an attribute value: expat's limit on expansion, or the unknown entity */
    size_t n = 0;
    n += (size_t)snprintf(doc + n, sizeof doc - n, "<!DOCTYPE graphml [<!ENTITY l0 'lol'>");
    for (int k = 1; k < 10; k++)
        n += (size_t)snprintf(doc + n, sizeof doc - n, "<!ENTITY l%d '&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;'>", k, k - 1,
                              k - 1, k - 1, k - 1, k - 1, k - 1, k - 1, k - 1, k - 1, k - 1);
    snprintf(doc + n, sizeof doc - n, "]>\n<graphml><graph><node id='&l9;'/></graph></graphml>");
    mg_diagnostics *d = NULL;
    mg_graph *g = load("laughs.graphml", doc, 0, &d);
    const mg_diagnostic *first = mg_diagnostics_get(d, 0);
    CHECK(!g && first && first->line == 2 && (strstr(first->message, "billion laughs") || strstr(first->message, "unknown entity")));
    mg_diagnostics_free(d);
}

static void test_graphml_attributes(void)
{
    /* keys by attr.name, whatever their ids; label beats name in any order; defaults; for="all";
     * types by name and alias; relations, signs and Cytoscape's unsigned words; undirected edges */
    const char *text =
        "<graphml>"
        "<key id='k0' for='node' attr.name='name'/><key id='k1' for='node' attr.name='Label'/>"
        "<key id='k2' for='node' attr.name='type'><default>Protein</default></key>"
        "<key id='k3' for='node' attr.name='synonyms'/><key id='k4' for='node' attr.name='xrefs'/>"
        "<key id='k5' for='edge' attr.name='interaction'/><key id='k6' for='edge' attr.name='sign' attr.type='int'/>"
        "<key id='k7' for='edge' attr.name='weight' attr.type='double'/><key id='k8' for='all' attr.name='note'/>"
        "<key id='k9' for='graph' attr.name='name'/><key id='k10' for='node' attr.name='x' attr.type='float'/>"
        "<graph edgedefault='undirected'><data key='k9'>toy</data>"
        "<node id='A'><data key='k0'>name of A</data><data key='k1'>label of A</data><data key='k10'>1.5</data>"
        "<data key='k3'>a1|a 2</data><data key='k4'>ncbigene:1|hetionet:Gene::1</data></node>"
        "<node id='B'><data key='k0'>name of B</data><data key='k2'>disease</data></node>"
        "<node id='C'><data key='k2'>Biological Process</data></node>"
        "<node id='D'><data key='k2'>something else</data></node>"
        "<edge source='A' target='B'><data key='k6'>-1</data><data key='k7'>0.25</data></edge>"
        "<edge source='B' target='C' directed='true'><data key='k5'>pp</data><data key='k6'>1</data></edge>"
        "<edge source='C' target='D'><data key='k6'>1.0</data><data key='k8'>n</data></edge>"
        "<edge source='D' target='A'><data key='k5'>activation</data><data key='k6'>-1</data></edge>"
        "<edge source='A' target='A'/>"
        "</graph></graphml>";
    mg_graph *g = load("attrs.graphml", text, 0, NULL);
    CHECK(g != NULL);
    if (!g) return;
    CHECK_STR(mg_graph_name(g), "toy");
    const mg_node *a = mg_graph_node(g, 0), *b = mg_graph_node(g, 1);
    CHECK_STR(a->label, "label of A");
    CHECK_STR(b->label, "name of B");
    CHECK(a->type == MG_NODE_GENE && b->type == MG_NODE_DISEASE);
    CHECK(mg_graph_node(g, 2)->type == MG_NODE_PROCESS && mg_graph_node(g, 3)->type == MG_NODE_ENTITY);
    CHECK(a->synonym_count == 2 && strcmp(a->synonyms[1], "a 2") == 0);
    CHECK(a->xref_count == 2 && strcmp(a->xrefs[1].key, "hetionet") == 0 && strcmp(a->xrefs[1].value, "Gene::1") == 0);
    CHECK(edge(g, 0)->relation == MG_REL_INHIBITS && edge(g, 0)->weight == 0.25);
    CHECK(edge(g, 1)->relation == MG_REL_ASSOCIATED_WITH); /* interaction outranks sign */
    CHECK(edge(g, 2)->relation == MG_REL_ACTIVATES);
    CHECK_STR(edge(g, 2)->note, "n");
    CHECK(edge(g, 3)->relation == MG_REL_ACTIVATES);
    CHECK(edge(g, 4)->source == 0 && edge(g, 4)->target == 0);
    CHECK(edge(g, 0)->source == 0 && edge(g, 0)->target == 1); /* undirected: ends as written */
    mg_graph_free(g);
}

static void test_evidence(void)
{
    /* one piece of evidence per study, or as many as the count for a single study; more pieces
     * than studies among several studies cannot be told apart: one per study. DOIs pair with
     * studies where an edge lists as many of each; a study's id stands for its citation */
    const char *text =
        "<graphml><key id='r' for='edge' attr.name='references'/><key id='d' for='edge' attr.name='dois'/>"
        "<key id='c' for='edge' attr.name='evidence_count'/><graph>"
        "<node id='A'/><node id='B'/>"
        "<edge source='A' target='B'><data key='r'>s1|s2</data><data key='d'>10.1/one|10.1/two</data>"
        "<data key='c'>2</data></edge>"
        "<edge source='A' target='B'><data key='r'>s3</data><data key='c'>3</data></edge>"
        "<edge source='A' target='B'><data key='r'>s1|s3</data><data key='d'>10.1/one</data><data key='c'>5</data></edge>"
        "<edge source='B' target='A'><data key='c'>4</data></edge>"
        "</graph></graphml>";
    mg_graph *g = load("evidence.graphml", text, 0, NULL);
    CHECK(g != NULL);
    if (!g) return;
    CHECK(mg_graph_reference_count(g) == 3);
    CHECK_STR(mg_graph_reference(g, 0)->doi, "10.1/one");
    CHECK_STR(mg_graph_reference(g, 1)->doi, "10.1/two");
    CHECK(mg_graph_reference(g, 2)->doi == NULL);
    CHECK_STR(mg_graph_reference(g, 2)->citation, "s3");
    CHECK(edge(g, 0)->evidence_count == 2 && strcmp(edge(g, 0)->evidence[1].ref->id, "s2") == 0);
    CHECK(edge(g, 1)->evidence_count == 3 && strcmp(edge(g, 1)->evidence[2].ref->id, "s3") == 0);
    CHECK(edge(g, 2)->evidence_count == 2);
    CHECK(edge(g, 3)->evidence_count == 0);
    mg_graph_free(g);
}

static void test_cyjs(void)
{
    /* the flat form; networkx's integer nodes and values; Cytoscape desktop's SUIDs; a graph
     * name in networkx's [key, value] pairs; lists as arrays, xrefs as an object */
    const char *flat = "{\"data\": [[\"name\", \"flat\"]], \"directed\": false, \"elements\": ["
                       "{\"data\": {\"source\": 1, \"target\": \"x\", \"sign\": -1}},"
                       "{\"group\": \"nodes\", \"data\": {\"id\": \"1\", \"value\": 1, \"type\": \"mirna\","
                       " \"synonyms\": [\"one\", \"uno\"], \"xrefs\": {\"mirbase\": \"MIMAT1\"}}},"
                       "{\"data\": {\"id\": \"n2\", \"value\": \"x\", \"name\": \"X\"}},"
                       "{\"data\": {\"id\": \"7\", \"SUID\": 7, \"name\": \"Seven\"}},"
                       "{\"group\": \"edges\", \"data\": {\"source\": \"7\", \"target\": \"Seven\", \"weight\": 3,"
                       " \"references\": [\"s1\"], \"evidence_count\": 2}}]}";
    mg_graph *g = load("flat.json", flat, 0, NULL);
    CHECK(g != NULL);
    if (!g) return;
    CHECK_STR(mg_graph_name(g), "flat");
    CHECK(mg_graph_node_count(g) == 3 && mg_graph_edge_count(g) == 2);
    CHECK_STR(id_of(g, 2), "Seven");
    CHECK(mg_graph_node(g, 0)->type == MG_NODE_MIRNA && mg_graph_node(g, 0)->synonym_count == 2);
    CHECK_STR(mg_graph_node(g, 0)->xrefs[0].value, "MIMAT1");
    CHECK_STR(mg_graph_node(g, 1)->label, "X");
    CHECK(edge(g, 0)->source == 0 && edge(g, 0)->target == 1 && edge(g, 0)->relation == MG_REL_INHIBITS);
    CHECK(edge(g, 1)->source == 2 && edge(g, 1)->target == 2 && edge(g, 1)->weight == 3.0);
    CHECK(edge(g, 1)->evidence_count == 2);
    mg_graph_free(g);
}

static void test_choice_of_reader(void)
{
    const char *graphml = "  <graphml><graph><node id='a'/></graph></graphml>";
    const char *cyjs = "{\"format_version\": \"1.0\", \"elements\": {\"nodes\": [{\"data\": {\"id\": \"a\"}}]}}";
    const char *json = "{\"format\": \"mechgraph-1\", \"nodes\": [{\"id\": \"a\", \"type\": \"gene\"}], \"edges\": []}";
    const char *names[] = {"noext", "x.xml", "x.GRAPHML"};
    for (size_t i = 0; i < 3; i++) {
        mg_graph *g = load(names[i], graphml, 0, NULL);
        CHECK(g && mg_graph_node_count(g) == 1);
        mg_graph_free(g);
    }
    const char *json_names[] = {"noext", "x.json", "x.cyjs"};
    for (size_t i = 0; i < 3; i++) {
        mg_graph *g = load(json_names[i], cyjs, 0, NULL);
        CHECK(g && mg_graph_node_count(g) == 1);
        mg_graph_free(g);
    }
    mg_graph *g = load("x.json", json, 0, NULL);
    CHECK(g && mg_graph_node(g, 0)->type == MG_NODE_GENE);
    mg_graph_free(g);

    mg_input_format f = MG_INPUT_AUTO;
    CHECK(mg_input_format_parse(&f, "graphml") == MG_OK && f == MG_INPUT_GRAPHML);
    CHECK(mg_input_format_parse(&f, "cyjs") == MG_OK && f == MG_INPUT_CYJS);
    CHECK(mg_input_format_parse(&f, "sif") == MG_OK && f == MG_INPUT_SIF);
    CHECK(mg_input_format_parse(&f, "NODES") == MG_OK && f == MG_INPUT_NODES);
    CHECK(mg_input_format_parse(&f, "graphm") == MG_EINVAL && strstr(mg_last_error(), "did you mean 'graphml'"));
    CHECK(mg_input_format_parse(&f, "zzzzzzzz") == MG_EINVAL && strstr(mg_last_error(), "json, tsv, sif, graphml, cyjs, nodes, csv, indra or sbml"));
    CHECK_STR(mg_input_format_name(MG_INPUT_CYJS), "cyjs");
    CHECK_STR(mg_input_format_name(MG_INPUT_JSON), "json");
    CHECK(mg_input_format_name((mg_input_format)99) == NULL);

    /* a format given explicitly wins over the name */
    mg_diagnostics *d = NULL;
    mg_diagnostics_new(&d);
    g = NULL;
    CHECK(mg_graph_load_buffer(&g, graphml, strlen(graphml), "x.tsv", MG_INPUT_GRAPHML, d) == MG_OK);
    mg_graph_free(g);
    g = NULL;
    CHECK(mg_graph_load_buffer(&g, cyjs, strlen(cyjs), "x.json", MG_INPUT_JSON, d) == MG_EINVAL && !g);
    mg_diagnostics_free(d);
}

/* Problems are reported in file order, even those found only at the end (edge ends). */
static void test_order_and_cap(void)
{
    const char *text = "<graphml><graph>\n<edge source='a' target='zz'/>\n<node id='a'/>\n<node id='a'/>\n</graph></graphml>";
    mg_diagnostics *d = NULL;
    mg_graph *g = load("order.graphml", text, 0, &d);
    CHECK(g == NULL && mg_diagnostics_count(d) == 2);
    if (mg_diagnostics_count(d) == 2) {
        CHECK(mg_diagnostics_get(d, 0)->line == 2 && strstr(mg_diagnostics_get(d, 0)->message, "unknown node 'zz'"));
        CHECK(mg_diagnostics_get(d, 1)->line == 4 && strstr(mg_diagnostics_get(d, 1)->message, "duplicate node id"));
    }
    mg_diagnostics_free(d);

    /* 2500 duplicates: the first 1000 in file order are kept, the others counted */
    size_t n = 2501;
    char *big = malloc(n * 20 + 64);
    if (!big) return;
    char *p = big + sprintf(big, "<graphml><graph>\n");
    for (size_t i = 0; i < n; i++) p += sprintf(p, "<node id='dup'/>\n");
    strcpy(p, "</graph></graphml>");
    g = load("dups.graphml", big, 0, &d);
    CHECK(g == NULL && mg_diagnostics_count(d) == 1000 && mg_diagnostics_dropped(d) == 1500);
    CHECK(mg_diagnostics_count(d) && mg_diagnostics_get(d, 0)->line == 3 && mg_diagnostics_get(d, 999)->line == 1002);
    mg_diagnostics_free(d);
    free(big);
}

typedef struct {
    const char *name; /* the file name: .graphml or .cyjs */
    const char *text;
    size_t len;        /* 0: strlen */
    int line, column;  /* of the first problem (GraphML) */
    const char *path;  /* of the first problem (Cytoscape.js) */
    const char *message;
} bad_case;

static const bad_case bad[] = {
    {"empty.graphml", "", 0, 1, 1, NULL, "empty file"},
    {"blank.graphml", " \n\t\n", 0, 1, 1, NULL, "empty file"},
    {"text.graphml", "hello", 0, 1, 1, NULL, "expected '<' to start the root element"},
    {"svg.graphml", "<svg/>", 0, 1, 1, NULL, "expected a GraphML document"},
    {"unclosed.graphml", "<graphml><graph><node id='a'>", 0, 1, 30, NULL, "expected </node> to close the <node> of line 1"},
    {"truncated.graphml", "<graphml><graph><node id='a'/>\n<edge source='a' tar", 0, 2, 21, NULL,
     "unexpected end of file inside the tag <edge>"},
    {"truncated_value.graphml", "<graphml><graph><node id='a", 0, 1, 26, NULL, "value of the attribute 'id' is not closed"},
    {"mismatch.graphml", "<graphml><graph>\n  </grahp></graphml>", 0, 2, 3, NULL, "end tag </grahp> does not match <graph>"},
    {"forgotten.graphml", "<graphml><graph><node id='a'></graph></graphml>", 0, 1, 30, NULL,
     "expected </node> (for the <node> of line 1) before </graph>"},
    {"entity.graphml", "<graphml><graph><node id='a&nbsp;'/></graph></graphml>", 0, 1, 28, NULL, "unknown entity '&nbsp;'"},
    {"bare_amp.graphml", "<graphml><graph><node id='a & b'/></graph></graphml>", 0, 1, 29, NULL, "a bare '&'"},
    {"charref.graphml", "<graphml><graph><node id='a&#0;'/></graph></graphml>", 0, 1, 28, NULL,
     "names a character XML does not allow"},
    {"charref_hex.graphml", "<graphml><graph><node id='a&#xZZ;'/></graph></graphml>", 0, 1, 28, NULL,
     "invalid character reference"},
    {"unquoted.graphml", "<graphml><graph><node id=a/></graph></graphml>", 0, 1, 26, NULL,
     "expected the value of the attribute 'id' in quotes"},
    {"no_equals.graphml", "<graphml><graph><node id/></graph></graphml>", 0, 1, 23, NULL, "expected '=' and a value"},
    {"twice.graphml", "<graphml><graph><node id='a' id='b'/></graph></graphml>", 0, 1, 30, NULL, "attribute 'id' given twice"},
    {"lt_in_value.graphml", "<graphml><graph><node id='a<b'/></graph></graphml>", 0, 1, 28, NULL, "'<' in an attribute value"},
    {"unknown_node.graphml", "<graphml><graph><node id='a'/>\n<edge source='a' target='b'/></graph></graphml>", 0, 2, 18,
     NULL, "unknown node 'b' as the edge's target"},
    {"missing_id.graphml", "<graphml><graph>\n <node/></graph></graphml>", 0, 2, 2, NULL, "missing attribute 'id'"},
    {"missing_end.graphml", "<graphml><graph><node id='a'/><edge source='a'/></graph></graphml>", 0, 1, 31, NULL,
     "missing attribute 'target'"},
    {"duplicate.graphml", "<graphml><graph><node id='a'/>\n<node id='a'/></graph></graphml>", 0, 2, 7, NULL,
     "duplicate node id 'a' (first given at line 1)"},
    {"utf8.graphml", "<graphml><graph><node id='\xc3\x28'/></graph></graphml>", 0, 1, 27, NULL, "invalid UTF-8 (byte 0xc3)"},
    {"nul.graphml", "<graphml><graph><node id='a\0b'/></graph></graphml>", 49, 1, 28, NULL, "NUL byte"},
    {"control.graphml", "<graphml><graph><node id='a'/>\x01</graph></graphml>", 0, 1, 31, NULL, "control character 0x01"},
    /* UTF-16 is read (test_xml_encodings); a truncated one is located in characters, not bytes */
    {"utf16.graphml", "\xff\xfe<\0g\0", 6, 1, 3, NULL, "unexpected end of file inside the tag <g>"},
    {"ebcdic.graphml", "<?xml version='1.0' encoding='EBCDIC-US'?><graphml/>", 0, 1, 31, NULL, "unsupported encoding 'EBCDIC-US'"},
    {"not_utf16.graphml", "<?xml version='1.0' encoding='UTF-16'?><graphml/>", 0, 1, 31, NULL, "not in the encoding its declaration names"},
    {"sjis.graphml", "<?xml version='1.0' encoding='Shift_JIS'?><graphml/>", 0, 1, 31, NULL, "unsupported encoding 'Shift_JIS'"},
    /* ISO-8859-1 is read as the same text in UTF-8: a problem after a Latin-1 byte keeps its column */
    {"latin1.graphml", "<?xml version='1.0' encoding='ISO-8859-1'?>\n<graphml><graph><node id='\xe9'/>\n<node id='\xe9'/></graph></graphml>",
     0, 3, 7, NULL, "duplicate node id '\xc3\xa9'"},
    {"deep.graphml", NULL, 0, 1, 0, NULL, "elements nested deeper than 256 levels"}, /* built below */
    {"second_root.graphml", "<graphml><graph/></graphml><graphml/>", 0, 1, 28, NULL, "a second root element"},
    {"after_root.graphml", "<graphml><graph/></graphml> x", 0, 1, 29, NULL, "text after the end of the root element"},
    {"comment.graphml", "<graphml><graph/><!-- no end", 0, 1, 29, NULL, "the comment opened at line 1 is not closed"},
    {"bang.graphml", "<graphml><graph/><!ELEMENT x></graphml>", 0, 1, 18, NULL, "expected a comment, a CDATA section"},
    {"late_doctype.graphml", "<graphml><graph/><!DOCTYPE x></graphml>", 0, 1, 18, NULL, "a DOCTYPE must come before the root element"},
    {"late_decl.graphml", "<?xml version='1.0'?><?xml version='1.0'?><graphml/>", 0, 1, 22, NULL, "may only stand at the very start"},
    {"cdata_after.graphml", "<graphml><graph/></graphml><![CDATA[x]]>", 0, 1, 28, NULL, "markup after the end of the root element"},
    {"no_name.graphml", "<graphml><graph/>< /graphml>", 0, 1, 18, NULL, "expected an element name after '<', found a space"},
    {"no_space.graphml", "<graphml><graph><node id='a'x='1'/></graph></graphml>", 0, 1, 29, NULL, "expected a space before the attribute 'x'"},
    {"no_graph.graphml", "<graphml>\n</graphml>", 0, 2, 1, NULL, "no <graph>"},
    {"two_graphs.graphml", "<graphml><graph/><graph/></graphml>", 0, 1, 18, NULL, "a second <graph>"},
    {"nested.graphml", "<graphml><graph><node id='a'><graph/></node></graph></graphml>", 0, 1, 30, NULL,
     "nested graphs are not supported"},
    {"port.graphml", "<graphml><graph><node id='a'><port name='p'/></node></graph></graphml>", 0, 1, 30, NULL,
     "ports are not supported"},
    {"edge_port.graphml", "<graphml><graph><node id='a'/><edge source='a' target='a' sourceport='p'/></graph></graphml>", 0,
     1, 59, NULL, "ports are not supported (attribute 'sourceport')"},
    {"hyperedge.graphml", "<graphml><graph><hyperedge><endpoint node='a'/></hyperedge></graph></graphml>", 0, 1, 17, NULL,
     "hyperedges are not supported"},
    {"unknown_key.graphml", "<graphml><graph><node id='a'><data key='k'>x</data></node></graph></graphml>", 0, 1, 36, NULL,
     "unknown key 'k'"},
    {"wrong_owner.graphml",
     "<graphml><key id='w' for='edge' attr.name='weight'/><graph><node id='a'><data key='w'>1</data></node></graph></graphml>",
     0, 1, 79, NULL, "key 'w' (line 1) is not declared for a node"},
    {"edgedefault.graphml", "<graphml><graph edgedefault='both'/></graphml>", 0, 1, 17, NULL,
     "expected edgedefault=\"directed\" or \"undirected\""},
    {"relation.graphml",
     "<graphml><key id='r' for='edge' attr.name='relation'/><graph><node id='a'/><edge source='a' target='a'>"
     "<data key='r'>inhibitz</data></edge></graph></graphml>",
     0, 1, 118, NULL, "unknown relation 'inhibitz' (did you mean 'inhibits'?)"},
    {"weight.graphml",
     "<graphml><key id='w' for='edge' attr.name='weight'/><graph><node id='a'/><edge source='a' target='a'>"
     "<data key='w'>-1</data></edge></graph></graphml>",
     0, 1, 116, NULL, "expected a weight (a number from 0 to 1e300), found '-1'"},
    {"count.graphml",
     "<graphml><key id='r' for='edge' attr.name='references'/><key id='c' for='edge' attr.name='evidence_count'/>"
     "<graph><node id='a'/><edge source='a' target='a'><data key='r'>s1|s2</data><data key='c'>1</data></edge></graph></graphml>",
     0, 1, 197, NULL, "evidence count 1 is less than the 2 studies listed"},
    {"doi.graphml",
     "<graphml><key id='r' for='edge' attr.name='references'/><key id='d' for='edge' attr.name='dois'/>"
     "<graph><node id='a'/><edge source='a' target='a'><data key='r'>s1</data><data key='d'>doi.org/x</data></edge></graph></graphml>",
     0, 1, 184, NULL, "'doi.org/x' is not a DOI"},
    {"xrefs.graphml",
     "<graphml><key id='x' for='node' attr.name='xrefs'/><graph><node id='a'><data key='x'>ncbigene</data></node></graph></graphml>",
     0, 1, 86, NULL, "expected xrefs as database:identifier"},

    {"bom.graphml", "\xEF\xBB\xBF<graphml><graph><node/></graph></graphml>", 0, 1, 17, NULL, "missing attribute 'id'"},
    {"empty.cyjs", "", 0, 1, 1, NULL, "empty file"},
    {"bom.cyjs", "\xEF\xBB\xBF{\"elements\": x}", 0, 1, 14, NULL, "invalid JSON: unexpected 'x'"},
    {"syntax.cyjs", "{\"elements\": {\"nodes\": [}", 0, 1, 25, NULL, "invalid JSON: unexpected '}'"},
    {"truncated.cyjs", "{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"a", 0, 1, 43, NULL, "unexpected end of file"},
    {"after.cyjs", "{\"elements\": {}} x", 0, 1, 18, NULL, "unexpected text after the end"},
    {"nul.cyjs", "{\"elements\": \0}", 15, 1, 14, NULL, "NUL byte"},
    {"utf8.cyjs", "{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"\xe2\x82\"}}]}}", 0, 1, 42, NULL, "invalid UTF-8"},
    {"deep.cyjs", NULL, 0, 1, 77, NULL, "JSON nested deeper than 64 levels"}, /* built below */
    {"array.cyjs", "[]", 0, 0, 0, "(top level)", "expected an object with 'elements'"},
    {"no_elements.cyjs", "{\"nodes\": []}", 0, 0, 0, "(top level)", "missing member 'elements'"},
    {"elements_type.cyjs", "{\"elements\": 3}", 0, 0, 0, "elements", "expected an object with 'nodes' and 'edges', or an array"},
    {"nodes_type.cyjs", "{\"elements\": {\"nodes\": {}}}", 0, 0, 0, "elements.nodes", "expected an array, found an object"},
    {"no_data.cyjs", "{\"elements\": {\"nodes\": [{\"id\": \"a\"}]}}", 0, 0, 0, "elements.nodes[0]", "missing member 'data'"},
    {"data_type.cyjs", "{\"elements\": {\"nodes\": [{\"data\": []}]}}", 0, 0, 0, "elements.nodes[0].data",
     "expected an object, found an array"},
    {"missing_id.cyjs", "{\"elements\": {\"nodes\": [{\"data\": {\"name\": \"a\"}}]}}", 0, 0, 0, "elements.nodes[0].data",
     "missing member 'id'"},
    {"duplicate.cyjs", "{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"a\"}}, {\"data\": {\"id\": \"a\"}}]}}", 0, 0, 0,
     "elements.nodes[1].data.id", "duplicate node id 'a' (also elements.nodes[0].data.id)"},
    {"unknown_node.cyjs",
     "{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"SIRT6\"}}], \"edges\": [{\"data\": {\"source\": \"sirt6\", \"target\": \"SIRT6\"}}]}}",
     0, 0, 0, "elements.edges[0].data.source", "unknown node 'sirt6' as the edge's source (edge ends are exact ids: did you mean 'SIRT6'?)"},
    {"source_type.cyjs",
     "{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"a\"}}], \"edges\": [{}, {}, {}, {\"data\": {\"source\": null, \"target\": \"a\"}},"
     " {\"data\": {\"source\": {}, \"target\": \"a\"}}]}}",
     0, 0, 0, "elements.edges[0]", "missing member 'data'"},
    {"source_object.cyjs",
     "{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"a\"}}], \"edges\": [{\"data\": {\"source\": {}, \"target\": \"a\"}}]}}", 0,
     0, 0, "elements.edges[0].data.source", "expected a string naming a node, found an object"},
    {"null_source.cyjs",
     "{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"a\"}}], \"edges\": [{\"data\": {\"source\": null, \"target\": \"a\"}}]}}", 0,
     0, 0, "elements.edges[0].data.source", "expected a string naming a node, found null"},
    {"null_id.cyjs", "{\"elements\": {\"nodes\": [{\"data\": {\"id\": null, \"value\": \"a\"}}]}}", 0, 0, 0,
     "elements.nodes[0].data.id", "expected a string naming the node, found null"},
    {"fraction.cyjs", "{\"elements\": {\"nodes\": [{\"data\": {\"id\": 1.5}}]}}", 0, 0, 0, "elements.nodes[0].data.id",
     "expected a string naming the node, found a number"},
    {"group.cyjs", "{\"elements\": [{\"group\": \"node\", \"data\": {\"id\": \"a\"}}]}", 0, 0, 0, "elements[0].group",
     "expected \"nodes\" or \"edges\""},
    {"flat_order.cyjs",
     "{\"elements\": [{\"data\": {\"source\": \"a\", \"target\": \"b\"}}, {\"data\": {\"id\": \"a\"}}, {\"data\": {\"id\": \"a\"}}]}",
     0, 0, 0, "elements[0].data.target", "unknown node 'b'"},
    {"weight.cyjs",
     "{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"a\"}}], \"edges\": [{\"data\": {\"source\": \"a\", \"target\": \"a\", "
     "\"weight\": true}}]}}",
     0, 0, 0, "elements.edges[0].data.weight", "expected a number, found a boolean"},
    {"relation.cyjs",
     "{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"a\"}}], \"edges\": [{\"data\": {\"source\": \"a\", \"target\": \"a\", "
     "\"interaction\": \"+-\"}}]}}",
     0, 0, 0, "elements.edges[0].data.interaction", "expected a relation or a sign"},
    {"synonyms.cyjs", "{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"a\", \"synonyms\": [\"x\", \"\"]}}]}}", 0, 0, 0,
     "elements.nodes[0].data.synonyms", "empty synonym"},
    {"directed.cyjs", "{\"directed\": \"yes\", \"elements\": {}}", 0, 0, 0, "directed", "expected true or false"},
};

static char *deep_text(const char *name)
{
    char *s = malloc(8192);
    if (!s) return NULL;
    char *p = s;
    if (strstr(name, ".graphml")) {
        p += sprintf(p, "<graphml>");
        for (int i = 0; i < 300; i++) p += sprintf(p, "<y>");
    } else {
        p += sprintf(p, "{\"elements\": ");
        for (int i = 0; i < 100; i++) *p++ = '[';
        *p = '\0';
    }
    return s;
}

static void test_bad_inputs(void)
{
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        const bad_case *c = &bad[i];
        char *built = c->text ? NULL : deep_text(c->name);
        const char *text = c->text ? c->text : built;
        if (!text) continue;
        mg_diagnostics *d = NULL;
        mg_graph *g = load(c->name, text, c->len, &d);
        const mg_diagnostic *first = mg_diagnostics_get(d, 0);
        bool ok = g == NULL && first && strstr(first->message, c->message);
        if (ok && c->path) ok = first->path && strcmp(first->path, c->path) == 0 && first->line == 0;
        if (ok && !c->path) ok = first->line == c->line && (c->column == 0 || first->column == c->column);
        if (!ok) {
            fprintf(stderr, "%s: expected %s%s%d:%d '%s', got %s %d:%d '%s'\n", c->name, c->path ? c->path : "",
                    c->path ? " " : "", c->line, c->column, c->message, first && first->path ? first->path : "",
                    first ? first->line : -1, first ? first->column : -1, first ? first->message : "(no problem)");
            check_failures++;
        }
        mg_graph_free(g);
        mg_diagnostics_free(d);
        free(built);
    }
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    test_xml_text();
    test_xml_encodings();
    test_xml_entities();
    test_graphml_attributes();
    test_evidence();
    test_cyjs();
    test_choice_of_reader();
    test_order_and_cap();
    test_bad_inputs();
    CHECK_DONE();
}
