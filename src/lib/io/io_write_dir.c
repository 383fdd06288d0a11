/*
 * io_write_dir.c - a folder of outputs written all or nothing (Neo4j's nodes.csv, edges.csv and
 * import.sh), also when several writers write the same folder at once.
 *
 * Renaming the files one by one cannot do it: a rename failing after another succeeded left a
 * new nodes.csv beside an old edges.csv, and two writers' renames interleaved left a mixed pair
 * (4 runs in 500). So the files are written into a fresh folder beside the target,
 * "FOLDER.tmp.XXXXXX", which takes the target's place in one step:
 * - no target yet: renameat2(RENAME_NOREPLACE) names it;
 * - a target: renameat2(RENAME_EXCHANGE) swaps the two folders atomically; the old one, now under
 *   the temporary name, is then removed.
 * Whatever the interleaving of writers, the folder's name always names one writer's whole folder.
 * The old folder must hold nothing but the names written (else those would be removed with it:
 * it is refused instead, before anything is written). A file system without RENAME_EXCHANGE
 * (EINVAL) falls back to renaming the files one by one, as before, which is all or nothing for
 * one writer but not under concurrent ones.
 */
#define _GNU_SOURCE /* renameat2, flock */
#include "io/io.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#define FILES_MAX 8

/* Refuses an old folder holding anything but `names`, each a regular file. */
static mg_error_t check_old(const char *path, const char *const *names, size_t n)
{
    DIR *d = opendir(path);
    if (!d) return mg__fail(MG_EIO, "unable to write '%s': %s", path, strerror(errno));
    mg_error_t err = MG_OK;
    for (struct dirent *e; !err && (e = readdir(d));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        bool known = false;
        for (size_t i = 0; i < n && !known; i++) known = strcmp(e->d_name, names[i]) == 0;
        struct stat st;
        if (!known)
            err = mg__fail(MG_EIO, "unable to write '%s': it holds '%s', which the export would remove (it replaces the "
                                   "folder whole): give a new folder or one written by an export",
                           path, e->d_name);
        else if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISREG(st.st_mode))
            err = mg__fail(MG_EIO, "unable to write '%s/%s': it is not a regular file", path, e->d_name);
    }
    closedir(d);
    return err;
}

/* The folder being written: its name, its files' names (listed for a signal handler), its lock. */
typedef struct {
    char *tmp;           /* "FOLDER.tmp.XXXXXX/", the slash marking a folder for the handler */
    char *files[FILES_MAX];
    int slot, file_slot[FILES_MAX], fd;
    size_t n;
} folder;

/* Writes one file of the folder and flushes it to disk. */
static mg_error_t write_one(folder *f, size_t i, const char *name, const char *data, size_t size, mode_t mode)
{
    int fd = openat(f->fd, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) return mg__fail(MG_EIO, "unable to write '%s': %s", f->files[i], strerror(errno));
    size_t done = 0;
    mg_error_t err = MG_OK;
    while (!err && done < size) {
        ssize_t k = write(fd, data + done, size - done);
        if (k < 0 && errno != EINTR) err = mg__fail(MG_EIO, "unable to write '%s': %s", f->files[i], strerror(errno));
        if (k > 0) done += (size_t)k;
    }
    if (!err && fsync(fd) != 0) err = mg__fail(MG_EIO, "unable to write '%s': %s", f->files[i], strerror(errno));
    if (close(fd) != 0 && !err) err = mg__fail(MG_EIO, "unable to write '%s': %s", f->files[i], strerror(errno));
    return err;
}

/* Makes the temporary folder (mode `mode`), locked and listed with its files, signals blocked. */
static mg_error_t make(folder *f, const char *path, const char *const *names, size_t n, mode_t mode)
{
    char *name = mg__temporary_name(path);
    size_t len = name ? strlen(name) : 0;
    f->tmp = name ? malloc(len + 2) : NULL;
    if (!f->tmp) {
        free(name);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    memcpy(f->tmp, name, len + 1);
    free(name);
    mg__output_remove_stale(f->tmp);
    for (size_t i = 0; i < n; i++) {
        size_t k = len + strlen(names[i]) + 2;
        if (!(f->files[i] = malloc(k))) return mg__fail(MG_ENOMEM, "out of memory");
        f->n = i + 1;
    }
    sigset_t saved;
    mg__block_signals(&saved);
    bool made = mkdtemp(f->tmp) != NULL;
    int saved_errno = errno;
    if (made) {
        for (size_t i = 0; i < n; i++) {
            snprintf(f->files[i], len + strlen(names[i]) + 2, "%s/%s", f->tmp, names[i]);
            f->file_slot[i] = mg__enlist(f->files[i]);
        }
        strcat(f->tmp, "/");
        f->slot = mg__enlist(f->tmp);
    }
    mg__restore_signals(&saved);
    if (!made) {
        free(f->tmp);
        f->tmp = NULL;
        return mg__fail(MG_EIO, "unable to create a temporary folder for '%s': %s", path, strerror(saved_errno));
    }
    if ((f->fd = open(f->tmp, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
        return mg__fail(MG_EIO, "unable to write '%s': %s", path, strerror(errno));
    (void)flock(f->fd, LOCK_EX); /* not a killed writer's: mg__output_remove_stale leaves it */
    (void)fchmod(f->fd, mode);
    return MG_OK;
}

/* Removes the folder now under the temporary name (the new one on failure, the old one after an
 * exchange) and what it holds, delisting it; closes. */
static void discard(folder *f)
{
    if (f->tmp) {
        sigset_t saved;
        mg__block_signals(&saved);
        for (size_t i = 0; i < f->n; i++) {
            mg__delist(f->file_slot[i]);
            unlink(f->files[i]);
        }
        mg__delist(f->slot);
        rmdir(f->tmp);
        mg__restore_signals(&saved);
    }
    if (f->fd >= 0) close(f->fd);
    for (size_t i = 0; i < f->n; i++) free(f->files[i]);
    free(f->tmp);
}

/* The fallback without RENAME_EXCHANGE: each file renamed into the old folder, signals blocked. */
static mg_error_t rename_each(folder *f, const char *path, const char *const *names, size_t n)
{
    size_t len = strlen(path);
    mg_error_t err = MG_OK;
    if (mkdir(path, 0777) != 0 && errno != EEXIST)
        return mg__fail(MG_EIO, "unable to create the directory '%s': %s", path, strerror(errno));
    for (size_t i = 0; i < n && !err; i++) {
        char *to = malloc(len + strlen(names[i]) + 2);
        if (!to) return mg__fail(MG_ENOMEM, "out of memory");
        sprintf(to, "%s/%s", path, names[i]);
        if (rename(f->files[i], to) != 0) err = mg__fail(MG_EIO, "unable to write '%s': %s", to, strerror(errno));
        free(to);
    }
    return err;
}

mg_error_t mg__write_dir_atomic(const char *path, const char *const *names, const char *const *data, const size_t *sizes,
                                size_t n)
{
    if (n > FILES_MAX) return mg__fail(MG_EINVAL, "too many files for one folder (%zu)", n);
    mg__output_old old;
    mg_error_t err = mg__output_target(path, true, &old);
    if (!err && old.exists) err = check_old(path, names, n);
    if (err) return err;
    mode_t mask = umask(0);
    umask(mask);
    folder f = {.slot = -1, .fd = -1};
    for (size_t i = 0; i < FILES_MAX; i++) f.file_slot[i] = -1;
    err = make(&f, path, names, n, old.exists ? old.mode : 0777 & ~mask);
    for (size_t i = 0; i < n && !err; i++) {
        /* a replaced file keeps its mode, as a single output does */
        char *was = malloc(strlen(path) + strlen(names[i]) + 2);
        mg__output_old file_old = {0};
        if (was) {
            sprintf(was, "%s/%s", path, names[i]);
            if (old.exists) (void)mg__output_target(was, false, &file_old);
            free(was);
        }
        err = write_one(&f, i, names[i], data[i], sizes[i], file_old.exists ? file_old.mode : 0666 & ~mask);
    }
    if (!err && fsync(f.fd) != 0) err = mg__fail(MG_EIO, "unable to write '%s': %s", path, strerror(errno));
    if (!err) {
        sigset_t saved;
        mg__block_signals(&saved);
        size_t tl = strlen(f.tmp);
        f.tmp[tl - 1] = '\0'; /* renameat2 wants no trailing slash on the source */
        /* exchange with the folder there, or take the free name; a writer between the two makes
         * the name taken (then exchange) or free (then take it): a few tries settle it */
        int r = -1, e = 0;
        for (int tries = 0; tries < 8 && r != 0; tries++) {
            r = renameat2(AT_FDCWD, f.tmp, AT_FDCWD, path, RENAME_EXCHANGE);
            e = errno;
            if (r != 0 && e == ENOENT) {
                r = renameat2(AT_FDCWD, f.tmp, AT_FDCWD, path, RENAME_NOREPLACE);
                e = errno;
                if (r == 0) { /* nothing old to remove: the temporary name is gone */
                    for (size_t i = 0; i < f.n; i++) mg__delist(f.file_slot[i]), f.file_slot[i] = -1;
                    mg__delist(f.slot);
                    f.slot = -1;
                    f.tmp[0] = '\0';
                }
                if (r != 0 && e != EEXIST) break;
            } else if (r != 0) {
                break;
            }
        }
        f.tmp[tl - 1] = '/';
        mg__restore_signals(&saved);
        if (r != 0 && (e == EINVAL || e == ENOSYS)) {
            err = rename_each(&f, path, names, n);
        } else if (r != 0) {
            err = mg__fail(MG_EIO, "unable to write '%s': %s", path, strerror(e));
        } else if (!f.tmp[0]) {
            free(f.tmp);
            f.tmp = NULL;
        }
    }
    discard(&f);
    return err;
}
