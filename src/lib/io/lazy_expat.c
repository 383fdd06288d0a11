/*
 * lazy_expat.c - expat loaded on first use (lazy_expat.h): only GraphML needs it, and a command
 * on the built-in graph starts without it.
 */
#define MG_LAZY_EXPAT_IMPL /* the table's own names, not the calls through it */
#include "io/lazy_expat.h"

mg_expat_api mg__expat;

#define MG_EXPAT_NAME(name) #name,
static const char *const symbols[] = {MG_EXPAT_SYMBOLS(MG_EXPAT_NAME)};
#undef MG_EXPAT_NAME
#define SYMBOL_COUNT (sizeof symbols / sizeof *symbols)

static const mg_dynlib expat_library = {"expat", MG_SONAME_EXPAT, MG_PATH_EXPAT, "MECHGRAPH_DLOPEN_EXPAT", symbols,
                                        SYMBOL_COUNT};

static mg_dynlib_attempt attempt = MG_DYNLIB_ATTEMPT_INIT;

static void load(void)
{
    void *addr[SYMBOL_COUNT];
    if ((attempt.status = mg__dynlib_open(&expat_library, addr, attempt.message, sizeof attempt.message))) return;
    size_t i = 0;
#define MG_EXPAT_FILL(name) mg__expat.name = (__typeof__(mg__expat.name))addr[i++];
    MG_EXPAT_SYMBOLS(MG_EXPAT_FILL)
#undef MG_EXPAT_FILL
}

mg_error_t mg__expat_use(void) { return mg__dynlib_use(&attempt, load); }
