/*
 * output_target.c - the one rule every writer follows before it writes a named output (io_write.c,
 * io_write_dir.c): what the name may be, what a replaced file keeps, and the temporary files a
 * killed writer left beside it.
 *
 * - The name must be absent or a regular file (a symbolic link is followed: the file it names is
 *   replaced, the link stays). A device, FIFO, socket or directory (and so /dev/null, /dev/stdout,
 *   a /proc/self/fd link) is refused before anything is written: renaming a regular file over it
 *   would replace the system's /dev/null for root, or hang on a FIFO. Standard output is "-".
 * - A replaced file keeps its permission bits (a 0600 file stays 0600) and, where the process may
 *   give it, its owner and group (fchown, best effort: only root may give a file away).
 * - A temporary file ("NAME.tmp.XXXXXX") that no writer holds a lock on, and that has not been
 *   touched for STALE_SECONDS, is what a SIGKILL (which no handler sees) left: the next write to
 *   NAME removes it. Writers hold an flock on their temporary file until it is renamed, and the
 *   kernel drops the lock when its process dies, however it dies.
 */
#define _GNU_SOURCE /* flock, realpath, renameat2: Linux, and the BSDs under other names */
#include "io/io.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* A writer creates its temporary file, then locks it: the age keeps the cleaner off the file in
 * between (microseconds; a generous margin for a loaded machine). */
#define STALE_SECONDS 10

static const char *kind_of(mode_t mode)
{
    if (S_ISDIR(mode)) return "a directory";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISFIFO(mode)) return "a FIFO";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

mg_error_t mg__output_target(const char *path, bool directory, mg__output_old *old)
{
    memset(old, 0, sizeof *old);
    struct stat st;
    if (stat(path, &st) != 0) {
        if (errno == ENOENT) return MG_OK; /* a new file (a dangling link is replaced by it) */
        return mg__fail(MG_EIO, "unable to write '%s': %s", path, strerror(errno));
    }
    bool fits = directory ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode);
    if (!fits) {
        if (directory)
            return mg__fail(MG_EIO, "unable to write '%s': it is %s, not a directory", path,
                            S_ISREG(st.st_mode) ? "a file" : kind_of(st.st_mode));
        return mg__fail(MG_EIO, "unable to write '%s': it is %s, and only a regular file is replaced (standard output is '-')",
                        path, kind_of(st.st_mode));
    }
    old->exists = true;
    old->mode = st.st_mode & 07777;
    old->uid = st.st_uid;
    old->gid = st.st_gid;
    return MG_OK;
}

void mg__output_keep(int fd, const mg__output_old *old, mode_t fresh)
{
    if (!old->exists) {
        (void)fchmod(fd, fresh);
        return;
    }
    /* owner first: a chown clears the set-id bits, which the chmod then sets as they were */
    struct stat st;
    if (fstat(fd, &st) == 0 && (st.st_uid != old->uid || st.st_gid != old->gid)) {
        if (fchown(fd, old->uid, old->gid) != 0) (void)fchown(fd, (uid_t)-1, old->gid); /* the group alone, if ours */
    }
    (void)fchmod(fd, old->mode);
}

/* Whether `name` is prefix + six characters of mkstemp's alphabet. */
static bool temporary_of(const char *name, const char *prefix, size_t plen)
{
    if (strncmp(name, prefix, plen) != 0 || strlen(name) != plen + 6) return false;
    for (const char *p = name + plen; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))) return false;
    return true;
}

/* Removes a stale temporary directory of io_write_dir.c: the files it may hold, then itself. */
static void remove_stale_dir(int dirfd, const char *name)
{
    int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return;
    DIR *d = fdopendir(fd);
    if (!d) {
        close(fd);
        return;
    }
    for (struct dirent *e; (e = readdir(d));)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) (void)unlinkat(fd, e->d_name, 0);
    closedir(d);
    (void)unlinkat(dirfd, name, AT_REMOVEDIR);
}

void mg__output_remove_stale(const char *tmp_template)
{
    /* tmp_template is "DIR/NAME.tmp.XXXXXX": the prefix is its last component less the X's */
    const char *slash = strrchr(tmp_template, '/');
    const char *base = slash ? slash + 1 : tmp_template;
    size_t plen = strlen(base);
    if (plen < 6) return;
    plen -= 6;
    char *dir = slash ? strndup(tmp_template, (size_t)(slash - tmp_template) + (slash == tmp_template)) : strdup(".");
    if (!dir) return;
    int dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    free(dir);
    if (dirfd < 0) return;
    int scan = dup(dirfd);
    DIR *d = scan >= 0 ? fdopendir(scan) : NULL;
    if (!d) {
        if (scan >= 0) close(scan);
        close(dirfd);
        return;
    }
    time_t now = time(NULL);
    for (struct dirent *e; (e = readdir(d));) {
        if (!temporary_of(e->d_name, base, plen)) continue;
        int fd = openat(dirfd, e->d_name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) continue;
        struct stat st;
        /* ours (same owner), old enough, and no writer's lock on it */
        if (fstat(fd, &st) == 0 && (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) && st.st_uid == geteuid() &&
            now - st.st_mtime >= STALE_SECONDS && flock(fd, LOCK_EX | LOCK_NB) == 0) {
            if (S_ISDIR(st.st_mode)) remove_stale_dir(dirfd, e->d_name);
            else (void)unlinkat(dirfd, e->d_name, 0);
        }
        close(fd);
    }
    closedir(d);
    close(dirfd);
}
