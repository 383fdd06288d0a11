/*
 * interpose.c - a test helper, preloaded (LD_PRELOAD) by nothing_lost.py: an fsync() that first
 * raises the signal MG_TEST_SIGNAL_AT_FSYNC names, at the MG_TEST_FSYNC_NTH call (default the
 * first). mechgraph calls fsync() on an output's temporary file once it is written and before it
 * is renamed, so the signal arrives exactly while the temporary file exists: the handler must
 * remove it, and the old output must stay.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

int fsync(int fd)
{
    static int calls;
    const char *sig = getenv("MG_TEST_SIGNAL_AT_FSYNC"), *nth = getenv("MG_TEST_FSYNC_NTH");
    if (sig && ++calls == (nth ? atoi(nth) : 1)) raise(atoi(sig));
    int (*real)(int);
    void *sym = dlsym(RTLD_NEXT, "fsync");
    *(void **)&real = sym;
    return real ? real(fd) : 0;
}
