/*
 * lazy_expat.c - expat loaded on first use (lazy_expat.h): only GraphML needs it, and a command
 * on the built-in graph starts without it.
 */
#define MG_LAZY_EXPAT_IMPL /* the table's own names, not the calls through it */
#include "io/lazy_expat.h"

#include <pthread.h>

mg_expat_api mg__expat;

#define MG_EXPAT_NAME(name) #name,
static const char *const symbols[] = {MG_EXPAT_SYMBOLS(MG_EXPAT_NAME)};
#undef MG_EXPAT_NAME
#define SYMBOL_COUNT (sizeof symbols / sizeof *symbols)

static const mg_dynlib expat_library = {"expat", MG_SONAME_EXPAT, MG_PATH_EXPAT, "MECHGRAPH_DLOPEN_EXPAT", symbols,
                                        SYMBOL_COUNT};

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static mg_error_t load_status;
static char load_message[512];

static void load(void)
{
    void *addr[SYMBOL_COUNT];
    load_status = mg__dynlib_open(&expat_library, addr, load_message, sizeof load_message);
    if (load_status) return;
    size_t i = 0;
#define MG_EXPAT_FILL(name) mg__expat.name = (__typeof__(mg__expat.name))addr[i++];
    MG_EXPAT_SYMBOLS(MG_EXPAT_FILL)
#undef MG_EXPAT_FILL
}

mg_error_t mg__expat_use(void)
{
    pthread_once(&load_once, load);
    return load_status ? mg__fail(load_status, "%s", load_message) : MG_OK;
}
