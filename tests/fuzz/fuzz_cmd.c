/* fuzz_cmd.c - a libFuzzer target that runs whole commands in-process (mg_cli_run), where the
 * `cli` target only parses them. The input is the words after `mechgraph`, split on NUL bytes;
 * when it starts with "G:", the text up to the first empty word ("\0\0") is a small graph (read
 * as TSV, also written to g.tsv so that --graph g.tsv and merge find it), else the built-in graph
 * is lent. Commands run in a fresh temporary folder (the working directory, emptied after each
 * run); '/' in a word becomes '_', so no word names a file outside it (-o /etc/x, --graph ../y).
 * A command ends in 0, 1 or 2, saying why for 1 and 2 (stderr, or validate's JSON): never a crash, a leak, undefined
 * behaviour or another status. */
#define _GNU_SOURCE /* mkdtemp */
#include "fuzz.h"

#include "mechgraph_cli.h"

#include <dirent.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_WORDS 64

static mg_graph *builtin;

/* Removes what a command wrote (files, and Neo4j folders of files). */
static void empty_folder(const char *path, int depth)
{
    DIR *d = opendir(path);
    if (!d) return;
    for (struct dirent *e; (e = readdir(d));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        char sub[4096];
        snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
        struct stat st;
        if (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode) && depth < 3) {
            empty_folder(sub, depth + 1);
            rmdir(sub);
        } else {
            unlink(sub);
        }
    }
    closedir(d);
}

static char folder[] = "/tmp/mg-fuzz-cmd-XXXXXX";

static void remove_folder(void)
{
    empty_folder(folder, 0);
    rmdir(folder);
}

static int setup(void)
{
    if (!mkdtemp(folder) || chdir(folder) != 0) return -1;
    atexit(remove_folder);
    mg_diagnostics *d = NULL;
    if (mg_diagnostics_new(&d)) return -1;
    mg_error_t err = mg_graph_load_default(&builtin, d);
    mg_diagnostics_free(d);
    return err ? -1 : 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;
    if (!ready) ready = setup() == 0 ? 1 : -1;
    if (ready < 0) return 0;
    char *text = malloc(size + 1);
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    for (size_t i = 0; i < size; i++)
        if (text[i] == '/') text[i] = '_';
    char *p = text, *end = text + size;
    mg_graph *small = NULL;
    if (size >= 2 && memcmp(text, "G:", 2) == 0) {
        char *stop = memmem(text + 2, size - 2, "\0\0", 2);
        size_t len = stop ? (size_t)(stop - text - 2) : size - 2;
        FILE *f = fopen("g.tsv", "wb");
        if (f) {
            fwrite(text + 2, 1, len, f);
            fclose(f);
        }
        mg_diagnostics *d = NULL;
        if (!mg_diagnostics_new(&d)) {
            (void)mg_graph_load_buffer(&small, text + 2, len, "g.tsv", MG_INPUT_TSV, d);
            mg_diagnostics_free(d);
        }
        p = stop ? stop + 2 : end;
    }
    const char *argv[MAX_WORDS];
    int argc = 0;
    for (; p < end && argc < MAX_WORDS; p += strlen(p) + 1) argv[argc++] = p;
    if (argc) {
        char *out = NULL, *err = NULL;
        const mg_graph *g = small ? small : builtin;
        int status = mg_cli_run(&out, &err, g, g, argc, argv);
        FUZZ_ASSERT(status == 0 || status == 1 || status == 2 || status == -1);
        /* a failure says why: on stderr, or in the JSON on stdout (validate --json) */
        bool said = (err && *err) || (out && *out);
        if ((status == 1 || status == 2) && !said) {
            fprintf(stderr, "status %d without a message:", status);
            for (int i = 0; i < argc; i++) fprintf(stderr, " '%s'", argv[i]);
            fputc('\n', stderr);
        }
        if (status == 1 || status == 2) FUZZ_ASSERT(said);
        if (status >= 0) FUZZ_ASSERT(out && err);
        mg_cli_text_free(out);
        mg_cli_text_free(err);
    }
    mg_graph_free(small);
    empty_folder(".", 0);
    free(text);
    return 0;
}
