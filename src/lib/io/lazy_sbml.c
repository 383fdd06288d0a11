/*
 * lazy_sbml.c - libSBML loaded on first use (lazy_sbml.h): a command that neither reads nor
 * writes SBML starts without it, its C++ runtime and libxml2.
 */
#define MG_LAZY_SBML_IMPL /* the table's own names, not the calls through it */
#include "io/lazy_sbml.h"

#include <pthread.h>

mg_sbml_api mg__sbml;

#define MG_SBML_NAME(name) #name,
static const char *const symbols[] = {MG_SBML_SYMBOLS(MG_SBML_NAME)};
#undef MG_SBML_NAME
#define SYMBOL_COUNT (sizeof symbols / sizeof *symbols)

static const mg_dynlib sbml_library = {"libSBML", MG_SONAME_SBML, MG_PATH_SBML, "MECHGRAPH_DLOPEN_SBML", symbols,
                                       SYMBOL_COUNT};

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static mg_error_t load_status;
static char load_message[512];

static void load(void)
{
    void *addr[SYMBOL_COUNT];
    load_status = mg__dynlib_open(&sbml_library, addr, load_message, sizeof load_message);
    if (load_status) return;
    size_t i = 0;
#define MG_SBML_FILL(name) mg__sbml.name = (__typeof__(mg__sbml.name))addr[i++];
    MG_SBML_SYMBOLS(MG_SBML_FILL)
#undef MG_SBML_FILL
}

mg_error_t mg__sbml_use(void)
{
    pthread_once(&load_once, load);
    return load_status ? mg__fail(load_status, "%s", load_message) : MG_OK;
}
