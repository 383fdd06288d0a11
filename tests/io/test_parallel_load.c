/* test_parallel_load.c - loading a tab-separated file gives the same graph, warnings and errors,
 * byte for byte, on 1, 2 and 5 threads (io_file.c's read-ahead): a real-looking TSV, Hetionet's
 * SIF, a headless SIF, each plain and gzipped, and bad inputs with errors on various lines (the
 * last one, one on a line that spans blocks, a NUL byte, truncated and corrupt gzip data, the
 * input limit). MECHGRAPH_READ_BLOCK makes the blocks small, so that these small files cross
 * many of them. Labelled `threads`: scripts/test.sh runs it under ThreadSanitizer too. */
#include "check.h"
#include "mechgraph.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <zlib.h>

/* A growable text, for the inputs and the dumps. */
typedef struct {
    char *s;
    size_t len, cap;
} text;

static void put(text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        t->cap = (t->len + n + 1) * 2;
        t->s = realloc(t->s, t->cap);
        if (!t->s) abort();
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = '\0';
}

static void puts_(text *t, const char *s) { put(t, s, strlen(s)); }

static void putf(text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void putf(text *t, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    put(t, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* Everything a load gives: the status, the message, every diagnostic, and the graph. */
static void dump(text *out, mg_error_t err, const mg_graph *g, const mg_diagnostics *d)
{
    putf(out, "status %d: %s\n", (int)err, err ? mg_last_error() : "");
    char line[1024];
    for (size_t i = 0; i < mg_diagnostics_count(d); i++) {
        mg_diagnostic_format(mg_diagnostics_get(d, i), line, sizeof line);
        putf(out, "diag %s\n", line);
    }
    putf(out, "dropped %zu\n", mg_diagnostics_dropped(d));
    if (!g) return;
    for (mg_id v = 0; v < mg_graph_node_count(g); v++) {
        const mg_node *n = mg_graph_node(g, v);
        putf(out, "node %s|%s|%d|%s|%zu\n", n->id, n->label, (int)n->type, n->note ? n->note : "-", n->xref_count);
    }
    for (mg_id e = 0; e < mg_graph_edge_count(g); e++) {
        const mg_edge *x = mg_graph_edge(g, e);
        putf(out, "edge %lld %lld %d %.17g %s %zu\n", (long long)x->source, (long long)x->target, (int)x->relation, x->weight,
             x->note ? x->note : "-", x->evidence_count);
    }
    for (mg_id v = 0; v < mg_graph_node_count(g); v++) {
        size_t k;
        const mg_id *in = mg_graph_incident(g, v, 0, &k);
        putf(out, "in %lld:", (long long)v);
        for (size_t i = 0; i < k; i++) putf(out, " %lld", (long long)in[i]);
        const mg_id *outs = mg_graph_incident(g, v, 1, &k);
        putf(out, " out:");
        for (size_t i = 0; i < k; i++) putf(out, " %lld", (long long)outs[i]);
        put(out, "\n", 1);
    }
}

static char dir[] = "/tmp/mg-parallel-XXXXXX"; /* the cases' files, made by main */

/* Writes `data` to a new file with the given suffix (".tsv", ".sif.gz" ...), gzipped when `gz`. */
static void write_file(char *path, size_t size, const char *suffix, const text *data, bool gz)
{
    static int files;
    snprintf(path, size, "%s/%d%s", dir, files++, suffix);
    if (gz) {
        gzFile f = gzopen(path, "wb");
        if (!f || gzwrite(f, data->s, (unsigned)data->len) != (int)data->len) abort();
        gzclose(f);
    } else {
        FILE *f = fopen(path, "wb");
        if (!f || fwrite(data->s, 1, data->len, f) != data->len) abort();
        fclose(f);
    }
}

static text load_dump(const char *path, int threads, const char *block)
{
    if (block) setenv("MECHGRAPH_READ_BLOCK", block, 1);
    else unsetenv("MECHGRAPH_READ_BLOCK");
    mg_set_threads(threads);
    mg_diagnostics *d = NULL;
    mg_graph *g = NULL;
    if (mg_diagnostics_new(&d)) abort();
    mg_error_t err = mg_graph_load_with(&g, path, NULL, d);
    text t = {0};
    dump(&t, err, g, d);
    mg_graph_free(g);
    mg_diagnostics_free(d);
    mg_set_threads(0);
    unsetenv("MECHGRAPH_READ_BLOCK");
    return t;
}

/* The blocks the cases are read in: tiny (every line crosses one), odd, and the default. */
static const char *const blocks[] = {"16", "37", "4096", NULL};
enum { BLOCKS = sizeof blocks / sizeof *blocks };

/* Loads `path` on 1, 2 and 5 threads with every block size: each thread count gives what 1
 * thread gives with the same blocks; with `same_for_blocks`, every block size gives the same
 * too (corrupt gzip data drops the block it spoils, so where blocks fall shows there). Returns
 * the default blocks' dump on 1 thread, for the caller's own checks. */
static text check_threads(const char *label, const char *path, bool same_for_blocks)
{
    text first = {0};
    for (size_t b = 0; b < BLOCKS; b++) {
        text one = load_dump(path, 1, blocks[b]);
        for (int threads = 2; threads <= 5; threads += 3) {
            text other = load_dump(path, threads, blocks[b]);
            if (strcmp(one.s, other.s) != 0) {
                fprintf(stderr, "%s: block %s, %d threads differ from 1 thread:\n--- 1 thread\n%.2000s\n--- %d threads\n%.2000s\n",
                        label, blocks[b] ? blocks[b] : "default", threads, one.s, threads, other.s);
                check_failures++;
            }
            free(other.s);
        }
        if (b == BLOCKS - 1) {
            if (same_for_blocks && strcmp(first.s, one.s) != 0) {
                fprintf(stderr, "%s: the default blocks differ from blocks of %s:\n%.2000s\n---\n%.2000s\n", label, blocks[0],
                        one.s, first.s);
                check_failures++;
            }
            free(first.s);
            return one;
        }
        if (b == 0) first = one;
        else {
            if (same_for_blocks && strcmp(first.s, one.s) != 0) {
                fprintf(stderr, "%s: blocks of %s differ from blocks of %s\n", label, blocks[b], blocks[0]);
                check_failures++;
            }
            free(one.s);
        }
    }
    return first;
}

/* Each case plain and gzipped: the same results either way (but the file's name). */
static text check_case(const char *label, const char *suffix, const text *data)
{
    char plain[80], gz[80], gz_suffix[32];
    snprintf(gz_suffix, sizeof gz_suffix, "%s.gz", suffix);
    write_file(plain, sizeof plain, suffix, data, false);
    write_file(gz, sizeof gz, gz_suffix, data, true);
    text a = check_threads(label, plain, true), b = check_threads(label, gz, true);
    unlink(plain);
    unlink(gz);
    free(b.s);
    return a;
}

static const char *const genes[] = {"TP53", "MDM2", "AKT1", "MTOR", "SIRT6", "IL6", "TNF", "NFKB1", "STAT3", "JAK2",
                                    "CDKN1A", "BAX", "BCL2", "CASP3", "EGFR", "KRAS", "BRAF", "MAPK1", "α-synuclein", "PINK1"};
enum { GENES = sizeof genes / sizeof *genes };

static void show(const text *d) { if (getenv("MG_TEST_SHOW")) fprintf(stderr, "%.1500s\n", d->s); }

static void test_real_looking_tsv(void)
{
    text t = {0};
    puts_(&t, "source\ttarget\tsign\tpmid\n");
    for (int i = 0; i < 400; i++) {
        if (i % 97 == 50) puts_(&t, "# a comment between the rows\n");
        if (i % 131 == 7) puts_(&t, "\n");
        const char *eol = i % 5 == 0 ? "\r\n" : "\n";
        putf(&t, "%s\t%s\t%s\t%d%s", genes[(i * 7) % GENES], genes[(i * 13 + 3) % GENES], i % 3 ? "+" : "-", 10000000 + i, eol);
    }
    text d = check_case("tsv", ".tsv", &t);
    CHECK(strstr(d.s, "status 0: ") && strstr(d.s, "node α-synuclein|"));
    free(d.s);
    free(t.s);
}

static void test_hetionet_sif(void)
{
    static const char *const metaedges[] = {"GiG", "CtD", "DaG", "AeG", "CbG", "GpBP"};
    text t = {0};
    puts_(&t, "source\tmetaedge\ttarget\n");
    for (int i = 0; i < 600; i++)
        putf(&t, "Gene::%d\t%s\tGene::%d\n", (i * 7919) % 211, metaedges[i % 6], (i * 104729) % 199);
    text d = check_case("sif", ".sif", &t);
    show(&d);
    CHECK(strstr(d.s, "status 0: ") != NULL);
    free(d.s);
    free(t.s);
}

static void test_headless_sif(void)
{
    text t = {0};
    for (int i = 0; i < 300; i++) {
        /* spaces until a line holds a tab, then tabs: the rule a line at a time */
        if (i < 100) putf(&t, "%s activates %s %s\n", genes[i % GENES], genes[(i + 1) % GENES], genes[(i + 5) % GENES]);
        else putf(&t, "%s\t%s\t%s\r", genes[i % GENES], i % 2 ? "1" : "-1", genes[(i * 3) % GENES]);
    }
    puts_(&t, "lone node\n");
    text d = check_case("headless sif", ".sif", &t);
    show(&d);
    CHECK(strstr(d.s, "status 0: ") && strstr(d.s, "node lone node|"));
    free(d.s);
    free(t.s);
}

/* Errors on lines spread through the file, one on a line longer than several blocks (its
 * column counted across them), and one on the last line, which has no line end. */
static void test_errors(void)
{
    text t = {0};
    puts_(&t, "source\ttarget\trelation\n");
    for (int i = 2; i <= 500; i++) {
        if (i == 5) puts_(&t, "A\t\xff\xfe\tactivates\n");
        else if (i == 77) puts_(&t, "A\tB\tactivatse\n");
        else if (i == 150) puts_(&t, "onlyone\n");
        else if (i == 222) {
            puts_(&t, "A\t");
            for (int k = 0; k < 30; k++) puts_(&t, "long-name-");
            puts_(&t, "\tinhibitz\n");
        } else if (i == 300) puts_(&t, "C\tD\t1e999\n");
        else if (i == 500) puts_(&t, "E\tF\tnot a relation");
        else putf(&t, "%s\t%s\t%s\n", genes[i % GENES], genes[(i * 3) % GENES], i % 2 ? "activates" : "inhibits");
    }
    text d = check_case("errors", ".tsv", &t);
    show(&d);
    CHECK(strstr(d.s, ":5:3: invalid UTF-8") != NULL);
    CHECK(strstr(d.s, ":77:") && strstr(d.s, ":150:") && strstr(d.s, ":222:304: ") && strstr(d.s, ":300:"));
    CHECK(strstr(d.s, ":500:5: ") != NULL);
    CHECK(strstr(d.s, "status 0: ") == NULL);
    free(d.s);
    free(t.s);
}

/* A NUL byte stops the reading at its block: what comes before it is still reported. */
static void test_nul(void)
{
    text t = {0};
    puts_(&t, "source\ttarget\n");
    for (int i = 0; i < 200; i++) putf(&t, "%s\t%s\n", genes[i % GENES], i == 40 ? "bad\xc3" : genes[(i + 1) % GENES]);
    put(&t, "X\tY\0Z\n", 6);
    for (int i = 0; i < 50; i++) putf(&t, "%s\t%s\n", genes[i % GENES], genes[(i + 2) % GENES]);
    char plain[80];
    write_file(plain, sizeof plain, ".tsv", &t, false);
    text d = check_threads("nul", plain, false);
    show(&d);
    CHECK(strstr(d.s, "NUL byte") != NULL);
    unlink(plain);
    free(d.s);
    free(t.s);
}

/* Gzip data cut short, and corrupted: the damage is reported where the text stops, after the
 * problems of the lines before it. */
static void test_damaged_gzip(void)
{
    text t = {0};
    puts_(&t, "source\ttarget\tsign\n");
    for (int i = 0; i < 3000; i++) putf(&t, "n%d\tn%d\t%s\n", (i * 31) % 997, (i * 17) % 991, i == 10 ? "?" : "+");
    char gz[80];
    write_file(gz, sizeof gz, ".tsv.gz", &t, true);
    FILE *f = fopen(gz, "rb");
    text bytes = {0};
    char buf[4096];
    size_t n;
    while (f && (n = fread(buf, 1, sizeof buf, f)) > 0) put(&bytes, buf, n);
    if (f) fclose(f);
    unlink(gz);
    text cut = {0};
    put(&cut, bytes.s, bytes.len / 2);
    write_file(gz, sizeof gz, ".tsv.gz", &cut, false);
    text d = check_threads("truncated gzip", gz, true);
    show(&d);
    CHECK(strstr(d.s, "truncated gzip data") && strstr(d.s, ":12:11: expected a relation"));
    unlink(gz);
    free(d.s);
    bytes.s[bytes.len - 6] ^= 0x55; /* the CRC: found at the end */
    write_file(gz, sizeof gz, ".tsv.gz", &bytes, false);
    d = check_threads("corrupt gzip", gz, false);
    show(&d);
    CHECK(strstr(d.s, "corrupt gzip data") != NULL);
    unlink(gz);
    free(d.s);
    free(cut.s);
    free(bytes.s);
    free(t.s);
}

/* The input limit, reached in the middle of the file, plain and gzipped. */
static void test_input_limit(void)
{
    text t = {0};
    puts_(&t, "source\ttarget\n");
    for (int i = 0; i < 400; i++) putf(&t, "%s\t%s%s\n", genes[i % GENES], genes[(i + 1) % GENES], i == 3 ? "\t?" : "");
    setenv("MECHGRAPH_MAX_INPUT", "3000", 1);
    char plain[80], gz[80];
    write_file(plain, sizeof plain, ".tsv", &t, false);
    write_file(gz, sizeof gz, ".tsv.gz", &t, true);
    text a = check_threads("input limit", plain, false), b = check_threads("input limit, gzip", gz, false);
    show(&a);
    show(&b);
    CHECK(strstr(a.s, "input limit") && strstr(b.s, "input limit"));
    unsetenv("MECHGRAPH_MAX_INPUT");
    unlink(plain);
    unlink(gz);
    free(a.s);
    free(b.s);
    free(t.s);
}

/* A graph large enough for the incidence lists to be built on two threads (65,536 edges). */
static void test_large(void)
{
    text t = {0};
    puts_(&t, "source\ttarget\n");
    for (int i = 0; i < 70000; i++) putf(&t, "n%ld\tn%ld\n", (long)i * 7919 % 5003, (long)i * 104729 % 4999);
    char plain[80];
    write_file(plain, sizeof plain, ".tsv", &t, false);
    text one = load_dump(plain, 1, NULL), two = load_dump(plain, 2, NULL), five = load_dump(plain, 5, "4096");
    CHECK(strcmp(one.s, two.s) == 0 && strcmp(one.s, five.s) == 0);
    CHECK(strstr(one.s, "status 0: ") != NULL);
    unlink(plain);
    free(one.s);
    free(two.s);
    free(five.s);
    free(t.s);
}

/* Names enough (60,000) for the reader to look ahead of the parser for their lookups (a table
 * past 64k slots, io_tsv.c): a header TSV with CRLF lines, a comment and an empty name near the
 * end, and a headless SIF with lone CRs, on every thread count and block size. The lookahead is
 * a hint: the answers and the error's place are what one thread with no lookahead gives. */
static void test_many_names(void)
{
    text t = {0};
    puts_(&t, "source\ttarget\tsign\r\n");
    for (int i = 0; i < 60000; i++) putf(&t, "g%d\tg%d\t%s\r\n", i, (i * 7 + 3) % 60000, i % 2 ? "+" : "-");
    puts_(&t, "# a comment\r\ng1\t\t+\r\ng2\tg3\t-\r\n");
    char tsv[80], sif[80];
    write_file(tsv, sizeof tsv, ".tsv", &t, false);
    text a = check_threads("many names", tsv, true);
    CHECK(strstr(a.s, "60003:4: empty node name") != NULL);
    free(t.s);
    t = (text){0};
    for (int i = 0; i < 60000; i++) putf(&t, "s%d\t%s\ts%d%s", i, i % 3 ? "activates" : "inhibits", (i * 11 + 5) % 60000, i % 5 ? "\n" : "\r");
    write_file(sif, sizeof sif, ".sif", &t, false);
    text b = check_threads("many names, SIF", sif, true);
    CHECK(strstr(b.s, "status 0: ") != NULL);
    unlink(tsv);
    unlink(sif);
    free(a.s);
    free(b.s);
    free(t.s);
}

int main(void)
{
    if (!mkdtemp(dir)) return 1;
    test_real_looking_tsv();
    test_hetionet_sif();
    test_headless_sif();
    test_errors();
    test_nul();
    test_damaged_gzip();
    test_input_limit();
    test_large();
    test_many_names();
    mg_load_profile p;
    mg_load_profile_get(&p);
    CHECK(p.load > 0 && p.parse > 0 && p.load >= p.index);
    rmdir(dir);
    CHECK_DONE();
}
