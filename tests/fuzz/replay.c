/* replay.c - a main() for the fuzz targets where libFuzzer is not linked (gcc, valgrind): runs
 * LLVMFuzzerTestOneInput once on each file named, and on each file of each directory named, as
 * `fuzz_json corpus/json regressions/json` does under libFuzzer. The normal test suite replays
 * the seed corpora and every crash ever found this way, under ASan+UBSan or memcheck.
 * usage: fuzz_<target> FILE|DIR...   Exit 0, or 1 when a file cannot be read (a crash aborts). */
#include "fuzz.h"

#include <dirent.h>
#include <errno.h>
#include <string.h>

/* Reads a whole file into a malloc'd buffer (exactly its size: no NUL added, as libFuzzer gives
 * it, so that reading past the end is caught). */
static int read_file(const char *path, uint8_t **data, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    size_t cap = 4096, len = 0;
    uint8_t *buf = malloc(cap);
    int status = buf ? 0 : -1;
    while (!status) {
        if (len == cap) {
            uint8_t *bigger = realloc(buf, cap *= 2);
            if (!bigger) {
                status = -1;
                break;
            }
            buf = bigger;
        }
        size_t n = fread(buf + len, 1, cap - len, f);
        len += n;
        if (n == 0) break;
    }
    if (ferror(f)) status = -1;
    fclose(f);
    uint8_t *exact = status ? NULL : malloc(len ? len : 1);
    if (exact) memcpy(exact, buf, len);
    free(buf);
    if (!exact) return -1;
    *data = exact;
    *size = len;
    return 0;
}

static int run_file(const char *path)
{
    uint8_t *data;
    size_t size;
    if (read_file(path, &data, &size)) {
        fprintf(stderr, "replay: unable to read '%s': %s\n", path, strerror(errno));
        return 1;
    }
    LLVMFuzzerTestOneInput(data, size);
    free(data);
    return 0;
}

static int compare_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The files of a directory, in name order (so that a run is repeatable), each replayed. */
static int run_dir(const char *path, size_t *count)
{
    DIR *dir = opendir(path);
    if (!dir) return run_file(path) == 0 ? (++*count, 0) : 1;
    char **names = NULL;
    size_t n = 0, cap = 0;
    int status = 0;
    struct dirent *e;
    while (!status && (e = readdir(dir))) {
        if (e->d_name[0] == '.') continue; /* ., .. and hidden files (.gitkeep) */
        if (n == cap) {
            char **bigger = realloc(names, (cap = cap ? 2 * cap : 64) * sizeof *names);
            if (!bigger) status = 1;
            else names = bigger;
        }
        size_t len = strlen(path) + strlen(e->d_name) + 2;
        if (!status && !(names[n] = malloc(len))) status = 1;
        if (!status) snprintf(names[n++], len, "%s/%s", path, e->d_name);
    }
    closedir(dir);
    if (n) qsort(names, n, sizeof *names, compare_names);
    for (size_t i = 0; i < n; i++) {
        if (!status) status = run_file(names[i]);
        if (!status) ++*count;
        free(names[i]);
    }
    free(names);
    return status;
}

int main(int argc, char **argv)
{
    size_t count = 0;
    int status = 0;
    for (int i = 1; i < argc && !status; i++) status = run_dir(argv[i], &count);
    if (!status) printf("replayed %zu input%s\n", count, count == 1 ? "" : "s");
    return status;
}
