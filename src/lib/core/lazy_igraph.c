/*
 * lazy_igraph.c - igraph loaded on first use (lazy_igraph.h), and its error and warning handlers:
 * the error handler records igraph's failures instead of aborting the process (igraph's default).
 * mg_init and mg_shutdown keep their contract (per thread, the host's handlers given back) without
 * loading igraph: the handlers go in when igraph is first used in a thread, or at mg_init once it
 * is loaded.
 */
#define MG_LAZY_IGRAPH_IMPL /* the table's own names, not the calls through it */
#include "core/lazy_igraph.h"

#include <stdatomic.h>
#include <stdio.h>

mg_igraph_api mg__igraph;

#define MG_IGRAPH_NAME(name) #name,
static const char *const symbols[] = {MG_IGRAPH_SYMBOLS(MG_IGRAPH_NAME)};
#undef MG_IGRAPH_NAME
#define SYMBOL_COUNT (sizeof symbols / sizeof *symbols)

static const mg_dynlib igraph_library = {"igraph", MG_SONAME_IGRAPH, MG_PATH_IGRAPH, "MECHGRAPH_DLOPEN_IGRAPH",
                                         symbols, SYMBOL_COUNT};

static mg_dynlib_attempt attempt = MG_DYNLIB_ATTEMPT_INIT;
static atomic_bool loaded; /* the table is filled: mg_init may install the handlers */

static void load(void)
{
    void *addr[SYMBOL_COUNT];
    if ((attempt.status = mg__dynlib_open(&igraph_library, addr, attempt.message, sizeof attempt.message))) return;
    size_t i = 0;
#define MG_IGRAPH_FILL(name) mg__igraph.name = (__typeof__(mg__igraph.name))addr[i++];
    MG_IGRAPH_SYMBOLS(MG_IGRAPH_FILL)
#undef MG_IGRAPH_FILL
    atomic_store_explicit(&loaded, true, memory_order_release);
}

static void record_igraph_error(const char *reason, const char *file, int line, igraph_error_t err)
{
    (void)file;
    (void)line;
    /* igraph expects the handler to free what its finally stack holds. */
    mg__igraph.IGRAPH_FINALLY_FREE();
    mg__fail(MG_EINTERNAL, "igraph: %s (%s)", reason, mg__igraph.igraph_strerror(err));
}

static void ignore_igraph_warning(const char *reason, const char *file, int line)
{
    (void)reason;
    (void)file;
    (void)line;
}

/* The host's handlers, replaced here and given back by mg_shutdown (per thread, as igraph keeps
 * its handlers when built with thread-local storage). */
static _Thread_local bool installed;
static _Thread_local igraph_error_handler_t *host_error;
static _Thread_local igraph_warning_handler_t *host_warning;

static void install(void)
{
    /* Setting a handler is cheap and idempotent. Whatever handler was there before is the host's,
     * unless it is ours: the host may have set another since the last call. */
    igraph_error_handler_t *e = mg__igraph.igraph_set_error_handler(record_igraph_error);
    igraph_warning_handler_t *w = mg__igraph.igraph_set_warning_handler(ignore_igraph_warning);
    if (!installed || e != record_igraph_error) host_error = e;
    if (!installed || w != ignore_igraph_warning) host_warning = w;
    installed = true;
}

void mg_init(void)
{
    if (atomic_load_explicit(&loaded, memory_order_acquire)) install();
}

void mg_shutdown(void)
{
    if (!installed) return;
    mg__igraph.igraph_set_error_handler(host_error);
    mg__igraph.igraph_set_warning_handler(host_warning);
    installed = false;
}

mg_error_t mg__igraph_use(void)
{
    mg_error_t err = mg__dynlib_use(&attempt, load);
    if (!err) install();
    return err;
}

mg_error_t mg__from_igraph(igraph_error_t err)
{
    return err == IGRAPH_ENOMEM ? MG_ENOMEM : MG_EINTERNAL;
}
