/*
 * parallel.c - the library's threads: how many (mg_set_threads, MECHGRAPH_THREADS, the cores),
 * and mg__parallel_for, which runs numbered pieces of work over them. A piece's result must not
 * depend on the thread that ran it: callers cut the work into pieces by the data alone (never by
 * the thread count) and merge the pieces in their order, so any --threads gives the same bytes.
 */
#include "core/core.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

static atomic_int chosen_threads; /* 0: not chosen (MECHGRAPH_THREADS, else the cores) */

void mg_set_threads(int threads) { atomic_store(&chosen_threads, threads > 0 ? threads : 0); }

int mg_threads_from_text(const char *text)
{
    if (!text || !*text) return 0;
    char *end;
    errno = 0;
    long n = strtol(text, &end, 10);
    if (errno || *end || n < 1 || n > MG_THREADS_MAX) return 0;
    return (int)n;
}

int mg_threads(void)
{
    int n = atomic_load(&chosen_threads);
    if (n > 0) return n;
    n = mg_threads_from_text(getenv("MECHGRAPH_THREADS"));
    if (n > 0) return n;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    return cores < 1 ? 1 : cores > MG_THREADS_MAX ? MG_THREADS_MAX : (int)cores;
}

typedef struct {
    void (*run)(void *context, size_t piece);
    void *context;
    size_t pieces;
    atomic_size_t next; /* the next piece to take */
} parallel_job;

static void *worker(void *arg)
{
    parallel_job *job = arg;
    for (;;) {
        size_t piece = atomic_fetch_add(&job->next, 1);
        if (piece >= job->pieces) return NULL;
        job->run(job->context, piece);
    }
}

void mg__parallel_for(size_t pieces, void (*run)(void *context, size_t piece), void *context)
{
    parallel_job job = {.run = run, .context = context, .pieces = pieces};
    atomic_init(&job.next, 0);
    size_t threads = (size_t)mg_threads();
    if (threads > pieces) threads = pieces;
    pthread_t helper[MG_THREADS_MAX];
    size_t started = 0;
    /* the calling thread is one of them; a helper that cannot start leaves its share to the
     * others (the work is the same, only slower) */
    while (started + 1 < threads && pthread_create(&helper[started], NULL, worker, &job) == 0) started++;
    worker(&job);
    for (size_t i = 0; i < started; i++) pthread_join(helper[i], NULL);
}
