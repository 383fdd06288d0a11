/*
 * io_write.c - outputs written whole or not at all: each file goes to a temporary file beside it
 * ("FILE.tmp.XXXXXX", so that rename() never crosses file systems; FILE cut short when the name
 * would be too long), flushed to disk, then renamed into place; a failure removes the temporary
 * file and leaves the old output as it was.
 *
 * The temporary files being written are also listed where a signal handler can find them:
 * mg_remove_temporary_files() unlinks them, so that a command interrupted (Ctrl-C, kill, a
 * --timeout) leaves no stray file either. The list is a few lock-free atomic pointers; signals
 * are blocked while an entry and its file appear together, and while files are renamed, so the
 * handler never sees a file without its entry, an entry without its file, or half of a
 * several-file output renamed.
 *
 * What may be written, what a replaced file keeps and how a killed writer's temporary file goes
 * is output_target.c's rule; a folder written whole (Neo4j's CSVs) is io_write_dir.c's.
 */
#define _GNU_SOURCE /* flock, realpath, renameat2: Linux, and the BSDs under other names */
#include "io/io.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

/* Outputs written at the same time (one command writes at most two; a Neo4j folder four entries;
 * threads may add more). */
#define IN_FLIGHT_MAX 16

static _Atomic(char *) in_flight[IN_FLIGHT_MAX];

int mg__enlist(char *path)
{
    for (int i = 0; i < IN_FLIGHT_MAX; i++) {
        char *expected = NULL;
        if (atomic_compare_exchange_strong(&in_flight[i], &expected, path)) return i;
    }
    return -1;
}

void mg__delist(int slot)
{
    if (slot >= 0) atomic_store(&in_flight[slot], NULL);
}

void mg_remove_temporary_files(void)
{
    /* async-signal-safe: lock-free atomic operations, unlink() and rmdir() only; files first,
     * then the folders (ending in '/') that held them */
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < IN_FLIGHT_MAX; i++) {
            char *path = atomic_load(&in_flight[i]);
            if (!path) continue;
            size_t len = strlen(path);
            bool folder = len && path[len - 1] == '/';
            if (folder != (pass == 1)) continue;
            if (!atomic_compare_exchange_strong(&in_flight[i], &path, NULL)) continue;
            if (folder) rmdir(path);
            else unlink(path);
        }
    }
}

void mg__block_signals(sigset_t *saved)
{
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, saved);
}

void mg__restore_signals(const sigset_t *saved) { pthread_sigmask(SIG_SETMASK, saved, NULL); }

typedef struct {
    char *path; /* where the output goes: the name given, or the file a link names */
    char *tmp;
    int fd, slot;
} pending;

/* The suffix of a temporary file; mkstemp fills in the X's. */
#define TMP_SUFFIX ".tmp.XXXXXX"

/* When the name would be longer than a file name may be (NAME_MAX), NAME is cut to fit, at a
 * character boundary, so that any valid output name has a temporary file (a name of 245 to 255
 * bytes failed with "File name too long"). */
char *mg__temporary_name(const char *path)
{
    size_t len = strlen(path), suffix = strlen(TMP_SUFFIX);
    const char *slash = strrchr(path, '/');
    size_t base = slash ? (size_t)(slash + 1 - path) : 0, keep = len - base;
    if (keep + suffix > NAME_MAX) {
        keep = NAME_MAX - suffix;
        while (keep && ((unsigned char)path[base + keep] & 0xC0) == 0x80) keep--; /* not inside a character */
    }
    char *tmp = malloc(base + keep + suffix + 1);
    if (tmp) {
        memcpy(tmp, path, base + keep);
        memcpy(tmp + base + keep, TMP_SUFFIX, suffix + 1);
    }
    return tmp;
}

/* Checks the output's name (output_target.c), then creates its temporary file, locked (so that
 * no later writer takes it for a killed writer's) and listed, signals blocked in between. */
static mg_error_t create(pending *p, const char *path, mode_t fresh)
{
    mg__output_old old;
    mg_error_t err = mg__output_target(path, false, &old);
    if (err) return err;
    /* a link is followed: its file is replaced, beside it, and the link stays */
    struct stat st;
    p->path = lstat(path, &st) == 0 && S_ISLNK(st.st_mode) ? realpath(path, NULL) : strdup(path);
    p->tmp = p->path ? mg__temporary_name(p->path) : NULL;
    if (!p->tmp) return mg__fail(MG_ENOMEM, "out of memory");
    mg__output_remove_stale(p->tmp);
    sigset_t saved;
    mg__block_signals(&saved);
    p->fd = mkstemp(p->tmp);
    int saved_errno = errno;
    if (p->fd >= 0) p->slot = mg__enlist(p->tmp);
    mg__restore_signals(&saved);
    if (p->fd < 0) {
        free(p->tmp);
        p->tmp = NULL;
        return mg__fail(MG_EIO, "unable to create a temporary file for '%s': %s", path, strerror(saved_errno));
    }
    (void)flock(p->fd, LOCK_EX);
    mg__output_keep(p->fd, &old, fresh);
    return MG_OK;
}

/* Writes and flushes to disk; the file stays open, and locked, until it is renamed. */
static mg_error_t fill(pending *p, const char *data, size_t size)
{
    size_t done = 0;
    while (done < size) {
        ssize_t n = write(p->fd, data + done, size - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return mg__fail(MG_EIO, "unable to write '%s': %s", p->path, strerror(errno));
        }
        done += (size_t)n;
    }
    if (fsync(p->fd) != 0) return mg__fail(MG_EIO, "unable to write '%s': %s", p->path, strerror(errno));
    return MG_OK;
}

/* Removes what is left of a write that did not finish (nothing after a rename), and closes. */
static void discard(pending *p)
{
    if (p->tmp) {
        sigset_t saved;
        mg__block_signals(&saved);
        mg__delist(p->slot);
        unlink(p->tmp);
        mg__restore_signals(&saved);
    }
    if (p->fd >= 0) close(p->fd);
    free(p->tmp);
    free(p->path);
}

static mg_error_t write_stdout(const char *data, size_t size)
{
    if (fwrite(data, 1, size, stdout) != size || fflush(stdout) != 0)
        return mg__fail(MG_EIO, "unable to write to standard output: %s", strerror(errno));
    return MG_OK;
}

mg_error_t mg__write_files_atomic(const char *const *paths, const char *const *data, const size_t *sizes, size_t n)
{
    if (n == 1 && strcmp(paths[0], "-") == 0) return write_stdout(data[0], sizes[0]);
    pending *p = calloc(n ? n : 1, sizeof *p);
    if (!p) return mg__fail(MG_ENOMEM, "out of memory");
    for (size_t i = 0; i < n; i++) p[i] = (pending){NULL, NULL, -1, -1};
    mode_t mask = umask(0);
    umask(mask);
    mg_error_t err = MG_OK;
    /* every name is checked before any file is made: a refused one writes nothing */
    for (size_t i = 0; i < n && !err; i++) {
        mg__output_old old;
        err = mg__output_target(paths[i], false, &old);
    }
    for (size_t i = 0; i < n && !err; i++)
        if (!(err = create(&p[i], paths[i], 0666 & ~mask))) err = fill(&p[i], data[i], sizes[i]);
    if (!err) {
        /* all renamed, or (a rename failing) none after it: no signal comes in between */
        sigset_t saved;
        mg__block_signals(&saved);
        size_t i = 0;
        for (; i < n && !err; i++) {
            if (rename(p[i].tmp, p[i].path) != 0) {
                err = mg__fail(MG_EIO, "unable to write '%s': %s", paths[i], strerror(errno));
                break;
            }
            mg__delist(p[i].slot);
            free(p[i].tmp);
            p[i].tmp = NULL;
        }
        mg__restore_signals(&saved);
    }
    for (size_t i = 0; i < n; i++) discard(&p[i]);
    free(p);
    return err;
}

mg_error_t mg__write_file_atomic(const char *path, const char *data, size_t size)
{
    return mg__write_files_atomic(&path, &data, &size, 1);
}
