/*
 * error.c - the last error message, per thread, and the igraph error handler that records
 * igraph's failures instead of aborting the process (igraph's default).
 */
#include "core/core.h"

#include <stdio.h>

static _Thread_local char last_error[1024];

const char *mg_last_error(void) { return last_error; }

mg_error_t mg__fail(mg_error_t code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
    return code;
}

static void record_igraph_error(const char *reason, const char *file, int line, igraph_error_t err)
{
    (void)file;
    (void)line;
    /* igraph expects the handler to free what its finally stack holds. */
    IGRAPH_FINALLY_FREE();
    snprintf(last_error, sizeof last_error, "igraph: %s (%s)", reason, igraph_strerror(err));
}

static void ignore_igraph_warning(const char *reason, const char *file, int line)
{
    (void)reason;
    (void)file;
    (void)line;
}

/* The host's handlers, replaced by mg_init and given back by mg_shutdown (per thread, as igraph
 * keeps its handlers when built with thread-local storage). */
static _Thread_local bool installed;
static _Thread_local igraph_error_handler_t *host_error;
static _Thread_local igraph_warning_handler_t *host_warning;

void mg_init(void)
{
    /* Setting a handler is cheap and idempotent. Whatever handler was there before is the host's,
     * unless it is ours: the host may have set another since the last call. */
    igraph_error_handler_t *e = igraph_set_error_handler(record_igraph_error);
    igraph_warning_handler_t *w = igraph_set_warning_handler(ignore_igraph_warning);
    if (!installed || e != record_igraph_error) host_error = e;
    if (!installed || w != ignore_igraph_warning) host_warning = w;
    installed = true;
}

void mg_shutdown(void)
{
    if (!installed) return;
    igraph_set_error_handler(host_error);
    igraph_set_warning_handler(host_warning);
    installed = false;
}

mg_error_t mg__from_igraph(igraph_error_t err)
{
    return err == IGRAPH_ENOMEM ? MG_ENOMEM : MG_EINTERNAL;
}
