/*
 * dynlib.c - opening a shared library by its SONAME and resolving the symbols mechgraph takes
 * from it, for the dependencies loaded on first use (igraph, Graphviz, libSBML): a command that
 * uses none of them starts without mapping and relocating their thirty-odd shared objects.
 */
#define _GNU_SOURCE /* secure_getenv: a setuid host never loads what its caller's environment names */
#include "core/core.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

static void *open_library(const mg_dynlib *lib, const char **name, char *message, size_t size)
{
    const char *forced = lib->env ? secure_getenv(lib->env) : NULL;
    *name = forced && *forced ? forced : lib->soname;
    void *h = dlopen(*name, RTLD_NOW | RTLD_LOCAL);
    if (h) return h;
    const char *why = dlerror();
    snprintf(message, size, "unable to load %s from '%s': %s", lib->what, *name, why ? why : "unknown error");
    /* the configured file itself, for a library outside the loader's search path (a prefix of
     * its own that pkg-config found) */
    if ((forced && *forced) || !lib->path || !*lib->path) return NULL;
    if ((h = dlopen(lib->path, RTLD_NOW | RTLD_LOCAL))) *name = lib->path;
    return h;
}

mg_error_t mg__dynlib_open(const mg_dynlib *lib, void **addr, char *message, size_t size)
{
    const char *name;
    void *h = open_library(lib, &name, message, size);
    if (!h) return MG_EINTERNAL;
    for (size_t i = 0; i < lib->count; i++) {
        (void)dlerror();
        addr[i] = dlsym(h, lib->symbols[i]);
        if (!addr[i]) {
            const char *why = dlerror();
            snprintf(message, size, "unable to load %s from '%s': %s", lib->what, name,
                     why ? why : "a symbol is missing");
            dlclose(h);
            return MG_EINTERNAL;
        }
    }
    message[0] = '\0';
    return MG_OK;
}

mg_error_t mg__dynlib_use(mg_dynlib_attempt *attempt, void (*load)(void))
{
    pthread_once(&attempt->once, load);
    return attempt->status ? mg__fail(attempt->status, "%s", attempt->message) : MG_OK;
}
