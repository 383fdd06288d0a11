/*
 * lazy_graphviz.c - libgvc and libcgraph loaded on first use (lazy_graphviz.h): a command that
 * draws nothing starts without Graphviz and its plugins' chains.
 */
#define MG_LAZY_GRAPHVIZ_IMPL /* the table's own names, not the calls through it */
#include "lazy_graphviz.h"

mg_graphviz_api mg__graphviz;

#define MG_GRAPHVIZ_NAME(name) #name,
static const char *const gvc_symbols[] = {MG_GVC_SYMBOLS(MG_GRAPHVIZ_NAME)};
static const char *const cgraph_symbols[] = {MG_CGRAPH_SYMBOLS(MG_GRAPHVIZ_NAME)};
#undef MG_GRAPHVIZ_NAME
#define GVC_COUNT (sizeof gvc_symbols / sizeof *gvc_symbols)
#define CGRAPH_COUNT (sizeof cgraph_symbols / sizeof *cgraph_symbols)

static const mg_dynlib gvc_library = {"Graphviz (libgvc)", MG_SONAME_GVC, MG_PATH_GVC, "MECHGRAPH_DLOPEN_GVC",
                                      gvc_symbols, GVC_COUNT};
static const mg_dynlib cgraph_library = {"Graphviz (libcgraph)", MG_SONAME_CGRAPH, MG_PATH_CGRAPH,
                                         "MECHGRAPH_DLOPEN_CGRAPH", cgraph_symbols, CGRAPH_COUNT};

static mg_dynlib_attempt attempt = MG_DYNLIB_ATTEMPT_INIT;

static void load(void)
{
    /* cgraph first: libgvc needs it, and its own message is the clearer one */
    void *cg[CGRAPH_COUNT], *gv[GVC_COUNT];
    attempt.status = mg__dynlib_open(&cgraph_library, cg, attempt.message, sizeof attempt.message);
    if (!attempt.status) attempt.status = mg__dynlib_open(&gvc_library, gv, attempt.message, sizeof attempt.message);
    if (attempt.status) return;
    size_t i = 0;
#define MG_GRAPHVIZ_FILL(name) mg__graphviz.name = (__typeof__(mg__graphviz.name))gv[i++];
    MG_GVC_SYMBOLS(MG_GRAPHVIZ_FILL)
#undef MG_GRAPHVIZ_FILL
    i = 0;
#define MG_GRAPHVIZ_FILL(name) mg__graphviz.name = (__typeof__(mg__graphviz.name))cg[i++];
    MG_CGRAPH_SYMBOLS(MG_GRAPHVIZ_FILL)
#undef MG_GRAPHVIZ_FILL
}

mg_error_t mg__graphviz_use(void) { return mg__dynlib_use(&attempt, load); }
