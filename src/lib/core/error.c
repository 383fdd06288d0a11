/*
 * error.c - the last error message, per thread (igraph's error handler, which records igraph's
 * failures here, is in lazy_igraph.c).
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
