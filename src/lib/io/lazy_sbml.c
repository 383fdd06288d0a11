/*
 * lazy_sbml.c - libSBML loaded on first use (lazy_sbml.h): a command that neither reads nor
 * writes SBML starts without it, its C++ runtime and libxml2.
 */
#define MG_LAZY_SBML_IMPL /* the table's own names, not the calls through it */
#include "io/lazy_sbml.h"

mg_sbml_api mg__sbml;

#define MG_SBML_NAME(name) #name,
static const char *const symbols[] = {MG_SBML_SYMBOLS(MG_SBML_NAME)};
#undef MG_SBML_NAME
#define SYMBOL_COUNT (sizeof symbols / sizeof *symbols)

static const mg_dynlib sbml_library = {"libSBML", MG_SONAME_SBML, MG_PATH_SBML, "MECHGRAPH_DLOPEN_SBML", symbols,
                                       SYMBOL_COUNT};

static mg_dynlib_attempt attempt = MG_DYNLIB_ATTEMPT_INIT;

static void load(void)
{
    void *addr[SYMBOL_COUNT];
    if ((attempt.status = mg__dynlib_open(&sbml_library, addr, attempt.message, sizeof attempt.message))) return;
    size_t i = 0;
#define MG_SBML_FILL(name) mg__sbml.name = (__typeof__(mg__sbml.name))addr[i++];
    MG_SBML_SYMBOLS(MG_SBML_FILL)
#undef MG_SBML_FILL
}

mg_error_t mg__sbml_use(void) { return mg__dynlib_use(&attempt, load); }
