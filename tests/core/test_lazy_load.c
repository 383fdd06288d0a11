/*
 * test_lazy_load.c - the libraries loaded on first use (core/dynlib.c) are loaded once when many
 * threads need them at the same moment: every thread gets MG_OK and the same table, whatever
 * thread won. Run by ThreadSanitizer too (label `threads`). Each thread only loads (igraph and
 * Graphviz are not to be called from two threads at once).
 */
#include "check.h"
#include "core/lazy_igraph.h"
#include "io/lazy_expat.h"
#include "io/lazy_sbml.h"
#include "render/lazy_graphviz.h"

#include <pthread.h>

#define THREADS 8

static pthread_barrier_t start;

typedef struct {
    mg_error_t igraph, graphviz, sbml, expat;
} loaded;

static void *load_all(void *arg)
{
    loaded *l = arg;
    pthread_barrier_wait(&start);
    l->igraph = mg__igraph_use();
    l->graphviz = mg__graphviz_use();
    l->sbml = mg__sbml_use();
    l->expat = mg__expat_use();
    mg_shutdown(); /* the handlers this thread installed go back */
    return NULL;
}

int main(void)
{
    pthread_t t[THREADS];
    loaded l[THREADS];
    CHECK(pthread_barrier_init(&start, NULL, THREADS) == 0);
    for (int i = 0; i < THREADS; i++) CHECK(pthread_create(&t[i], NULL, load_all, &l[i]) == 0);
    for (int i = 0; i < THREADS; i++) {
        CHECK(pthread_join(t[i], NULL) == 0);
        CHECK(l[i].igraph == MG_OK && l[i].graphviz == MG_OK && l[i].sbml == MG_OK && l[i].expat == MG_OK);
    }
    pthread_barrier_destroy(&start);
    /* the tables are filled (these names call through them), and the data symbol is data */
    CHECK(igraph_create && igraph_set_error_handler);
    CHECK(agopen && gvContext);
    CHECK(Agdirected.directed);
    CHECK(readSBMLFromString && XML_ParserCreate);
    /* a later call is a no-op that still succeeds */
    CHECK(mg__igraph_use() == MG_OK && mg__graphviz_use() == MG_OK);
    mg_shutdown();
    return check_failures ? 1 : 0;
}
