/* test_readers_tsv.c - the tab-separated readers beyond plain edge lists: Pathway Commons' SIF
 * and extended SIF, Hetionet's metaedges and node table, PathLinker's node files, --columns, and
 * streaming across the reader's buffer (lines split between chunks, a line longer than one). */
#include "check.h"
#include "mechgraph.h"

#include <stdlib.h>
#include <unistd.h>

static mg_graph *load_text(const char *text, mg_input_format format)
{
    mg_graph *g = NULL;
    if (mg_graph_load_buffer(&g, text, strlen(text), "case.tsv", format, NULL) != MG_OK)
        fprintf(stderr, "load: %s\n", mg_last_error());
    return g;
}

/* Writes text to a temporary file and loads it with options; the file is removed. */
static mg_error_t load_file(mg_graph **g, const char *text, size_t len, const mg_load_options *o, mg_diagnostics *d)
{
    char path[] = "/tmp/mg-test-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return MG_EIO;
    FILE *f = fdopen(fd, "w");
    fwrite(text, 1, len, f);
    fclose(f);
    mg_error_t err = mg_graph_load_with(g, path, o, d);
    unlink(path);
    return err;
}

static mg_id node(const mg_graph *g, const char *id)
{
    for (mg_id v = 0; v < mg_graph_node_count(g); v++)
        if (strcmp(mg_graph_node(g, v)->id, id) == 0) return v;
    return -1;
}

static const char *xref(const mg_node *n, const char *key)
{
    for (size_t i = 0; i < n->xref_count; i++)
        if (strcmp(n->xrefs[i].key, key) == 0) return n->xrefs[i].value;
    return NULL;
}

static void test_pathway_commons_sif(void)
{
    /* "-by" types run from the third column to the first */
    mg_graph *g = load_text("TP53\tcontrols-expression-of\tMDM2\nATP\tconsumption-controlled-by\tHK1\n"
                            "A\tin-complex-with\tB\n", MG_INPUT_SIF);
    CHECK(g && mg_graph_edge_count(g) == 3);
    if (!g) return;
    const mg_edge *e = mg_graph_edge(g, 0), *by = mg_graph_edge(g, 1);
    CHECK(e->relation == MG_REL_REGULATES && e->source == node(g, "TP53"));
    CHECK(by->source == node(g, "HK1") && by->target == node(g, "ATP"));
    CHECK(mg_graph_edge(g, 2)->relation == MG_REL_ASSOCIATED_WITH);
    mg_graph_free(g);
}

static void test_extended_sif(void)
{
    /* interactions, a blank line, then participants: types, names and xrefs; data source and
     * PubMed ids go to the edge's note */
    mg_graph *g = load_text("PARTICIPANT_A\tINTERACTION_TYPE\tPARTICIPANT_B\tINTERACTION_DATA_SOURCE\tINTERACTION_PUBMED_ID\n"
                            "AKT1\tcontrols-state-change-of\tGSK3B\tReactome\t123;456\n"
                            "CHEBI:15422\tchemical-affects\tAKT1\t\t\n"
                            "\n"
                            "PARTICIPANT\tPARTICIPANT_TYPE\tPARTICIPANT_NAME\tUNIFICATION_XREF\tRELATIONSHIP_XREF\n"
                            "AKT1\tProteinReference\tAKT1\tuniprot knowledgebase:P31749\thgnc symbol:AKT1;ncbi gene:207\n"
                            "CHEBI:15422\tSmallMoleculeReference\tATP\tchebi:CHEBI:15422\t\n",
                            MG_INPUT_SIF);
    CHECK(g && mg_graph_edge_count(g) == 2 && mg_graph_node_count(g) == 3);
    if (!g) return;
    const mg_node *akt = mg_graph_node(g, node(g, "AKT1")), *atp = mg_graph_node(g, node(g, "CHEBI:15422"));
    CHECK(akt->type == MG_NODE_GENE && atp->type == MG_NODE_CHEMICAL);
    CHECK_STR(atp->label, "ATP");
    CHECK_STR(xref(akt, "uniprot"), "P31749");
    CHECK_STR(xref(akt, "ncbigene"), "207");
    CHECK_STR(xref(atp, "chebi"), "CHEBI:15422");
    CHECK_STR(mg_graph_edge(g, 0)->note, "INTERACTION_DATA_SOURCE: Reactome; INTERACTION_PUBMED_ID: 123;456");
    CHECK(mg_graph_edge(g, 1)->note == NULL);
    CHECK(mg_graph_node(g, node(g, "GSK3B"))->type == MG_NODE_ENTITY);
    mg_graph_free(g);
}

static void test_hetionet(void)
{
    mg_graph *g = load_text("source\tmetaedge\ttarget\nCompound::DB01\tCtD\tDisease::DOID:9352\n"
                            "Compound::DB01\tCuG\tGene::8877\nGene::8877\tGr>G\tGene::1\n", MG_INPUT_TSV);
    CHECK(g && mg_graph_edge_count(g) == 3);
    if (g) {
        CHECK(mg_graph_edge(g, 0)->relation == MG_REL_ALLEVIATES);
        CHECK(mg_graph_edge(g, 1)->relation == MG_REL_UPREGULATES);
        CHECK(mg_graph_edge(g, 2)->relation == MG_REL_REGULATES);
    }
    mg_graph_free(g);
    /* the node table, CRLF as published: kinds as types, the id and its identifier as xrefs */
    g = load_text("id\tname\tkind\r\nGene::8877\tSPHK1\tGene\r\nDisease::DOID:9352\ttype 2 diabetes mellitus\tDisease\r\n"
                  "Side Effect::C0000737\tAbdominal pain\tSide Effect\r\n", MG_INPUT_TSV);
    CHECK(g && mg_graph_node_count(g) == 3 && mg_graph_edge_count(g) == 0);
    if (!g) return;
    const mg_node *sphk1 = mg_graph_node(g, 0), *t2d = mg_graph_node(g, 1), *pain = mg_graph_node(g, 2);
    CHECK(sphk1->type == MG_NODE_GENE && t2d->type == MG_NODE_DISEASE && pain->type == MG_NODE_ENTITY);
    CHECK_STR(sphk1->label, "SPHK1");
    CHECK_STR(xref(sphk1, "hetionet"), "Gene::8877");
    CHECK_STR(xref(sphk1, "ncbigene"), "8877");
    CHECK_STR(xref(t2d, "doid"), "DOID:9352");
    CHECK_STR(pain->note, "kind: Side Effect");
    mg_graph_free(g);
}

static void test_pathlinker_files(void)
{
    /* a '#' first line is a header when it reads as one; later '#' lines are comments */
    mg_graph *g = load_text("#Node\tNode type\nS1\tsource\n# a comment\nT1\ttarget\n", MG_INPUT_TSV);
    CHECK(g && mg_graph_node_count(g) == 2 && mg_graph_edge_count(g) == 0);
    if (g) CHECK_STR(mg_graph_node(g, 0)->note, "kind: source");
    mg_graph_free(g);
    g = load_text("#tail\thead\tedge_weight\nS1\tA\t0.5\n", MG_INPUT_TSV);
    CHECK(g && mg_graph_edge_count(g) == 1 && mg_graph_edge(g, 0)->weight == 0.5);
    mg_graph_free(g);
    /* a '#' first line that is no header is a comment, and the header may follow it */
    g = load_text("# exported 2024\nsource\ttarget\tsign\nA\tB\t-1\n", MG_INPUT_TSV);
    CHECK(g && mg_graph_edge_count(g) == 1 && mg_graph_edge(g, 0)->relation == MG_REL_INHIBITS);
    mg_graph_free(g);
}

static void test_columns(void)
{
    const char *mirtarbase = "mirna\ttarget_symbol\ttarget_entrez\tsupport_type\n"
                             "hsa-miR-20a-5p\tHIF1A\t3091\tFunctional MTI\n";
    mg_load_options o = MG_LOAD_OPTIONS_INIT;
    o.format = MG_INPUT_TSV;
    o.columns = "source=mirna,target=target_symbol";
    mg_graph *g = NULL;
    CHECK(load_file(&g, mirtarbase, strlen(mirtarbase), &o, NULL) == MG_OK);
    CHECK(g && mg_graph_edge_count(g) == 1 && node(g, "HIF1A") == mg_graph_edge(g, 0)->target);
    mg_graph_free(g);
    /* by number, no header; a sign column in the third */
    o.columns = "target=1,source=2,sign=3";
    CHECK(load_file(&g, "B\tA\t-\nC\tA\t+\n", 12, &o, NULL) == MG_OK);
    CHECK(g && mg_graph_edge_count(g) == 2);
    if (g) {
        CHECK(mg_graph_edge(g, 0)->source == node(g, "A") && mg_graph_edge(g, 0)->relation == MG_REL_INHIBITS);
        CHECK(mg_graph_edge(g, 1)->relation == MG_REL_ACTIVATES);
    }
    mg_graph_free(g);
    /* a named column the header lacks is a located error */
    mg_diagnostics *d;
    mg_diagnostics_new(&d);
    o.columns = "source=mirna,target=gene";
    CHECK(load_file(&g, mirtarbase, strlen(mirtarbase), &o, d) == MG_EINVAL && !g);
    CHECK(mg_diagnostics_count(d) == 1 && strstr(mg_diagnostics_get(d, 0)->message, "'gene' for the target"));
    mg_diagnostics_free(d);
    /* malformed specifications */
    CHECK(mg_load_columns_check("source=1") == MG_EINVAL);
    CHECK(mg_load_columns_check("source=1,target=2,sign=3,relation=4") == MG_EINVAL);
    CHECK(mg_load_columns_check("source=1,target=2,colour=3") == MG_EINVAL);
    CHECK(strstr(mg_last_error(), "unknown role 'colour'") != NULL);
    CHECK(mg_load_columns_check("source1,target=2") == MG_EINVAL);
    CHECK(mg_load_columns_check("id=1,type=2") == MG_OK);
    CHECK(mg_load_columns_check(NULL) == MG_OK);
}

static void test_streaming(void)
{
    /* 300,000 edges (about 4 MB, several of the reader's chunks) and one line longer than a chunk,
     * whose error must still name its line */
    size_t cap = 8 << 20, len = 0;
    char *text = malloc(cap);
    len += (size_t)sprintf(text + len, "source\ttarget\n");
    for (int i = 0; i < 300000; i++) len += (size_t)sprintf(text + len, "n%d\tn%d\n", i % 1000, (i * 7) % 1000);
    mg_load_options o = MG_LOAD_OPTIONS_INIT;
    mg_graph *g = NULL;
    CHECK(load_file(&g, text, len, &o, NULL) == MG_OK);
    CHECK(g && mg_graph_edge_count(g) == 300000 && mg_graph_node_count(g) == 1000);
    mg_graph_free(g);
    for (size_t i = 0; i < (2u << 20); i++) text[len++] = 'x';
    text[len++] = '\n';
    mg_diagnostics *d;
    mg_diagnostics_new(&d);
    CHECK(load_file(&g, text, len, &o, d) == MG_EINVAL && !g);
    CHECK(mg_diagnostics_count(d) == 1 && mg_diagnostics_get(d, 0)->line == 300002);
    mg_diagnostics_free(d);
    free(text);
}

/* Issue 24: a name starting with '#' (after spaces, or after backslashes) made its TSV or SIF
 * row a comment, so an export read back had lost the row without a word. Every row comes back. */
static void test_hash_names_round_trip(void)
{
    static const char json[] =
        "{\"format\":\"mechgraph-1\",\"references\":[],\"nodes\":["
        "{\"id\":\"#x\",\"type\":\"entity\"},{\"id\":\" #y\",\"type\":\"entity\"},"
        "{\"id\":\"\\\\#z\",\"type\":\"entity\"},{\"id\":\"B\",\"type\":\"entity\"},"
        "{\"id\":\"#lone\",\"type\":\"entity\"}],\"edges\":["
        "{\"source\":\"#x\",\"target\":\"B\",\"relation\":\"activates\"},"
        "{\"source\":\" #y\",\"target\":\"B\",\"relation\":\"activates\"},"
        "{\"source\":\"\\\\#z\",\"target\":\"B\",\"relation\":\"activates\"},"
        "{\"source\":\"B\",\"target\":\"#x\",\"relation\":\"inhibits\"}]}";
    mg_graph *g = load_text(json, MG_INPUT_JSON);
    CHECK(g && mg_graph_edge_count(g) == 4 && node(g, "\\#z") >= 0);
    if (!g) return;
    const mg_export_format formats[] = {MG_EXPORT_TSV, MG_EXPORT_SIF};
    const char *const paths[] = {"hash_names.tmp.tsv", "hash_names.tmp.sif"};
    for (int k = 0; k < 2; k++) {
        CHECK(mg_export(g, formats[k], paths[k]) == MG_OK);
        mg_graph *back = NULL;
        CHECK(mg_graph_load(&back, paths[k], MG_INPUT_AUTO, NULL) == MG_OK && back);
        unlink(paths[k]);
        if (!back) continue;
        CHECK(mg_graph_edge_count(back) == 4);
        /* the SIF keeps the lone node, the TSV (edges only) does not */
        CHECK(mg_graph_node_count(back) == (k ? 5 : 4));
        const char *const ids[] = {"#x", " #y", "\\#z", "B"};
        for (int i = 0; i < 4; i++) CHECK(node(back, ids[i]) >= 0);
        CHECK(!k || node(back, "#lone") >= 0);
        const mg_edge *e = mg_graph_edge(back, 3);
        CHECK(e->source == node(back, "B") && e->target == node(back, "#x") && e->relation == MG_REL_INHIBITS);
        mg_graph_free(back);
    }
    mg_graph_free(g);
}

int main(void)
{
    test_hash_names_round_trip();
    test_pathway_commons_sif();
    test_extended_sif();
    test_hetionet();
    test_pathlinker_files();
    test_columns();
    test_streaming();
    CHECK_DONE();
}
