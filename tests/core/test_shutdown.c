/*
 * test_shutdown.c - mg_init replaces igraph's error handlers only until mg_shutdown: a host that
 * uses igraph itself gets its own handlers back, also after several calls into the library.
 */
#include "check.h"
#include "mechgraph.h"

#include <igraph.h>

static void host_error(const char *reason, const char *file, int line, igraph_error_t err)
{
    (void)reason, (void)file, (void)line, (void)err;
}

static void host_warning(const char *reason, const char *file, int line) { (void)reason, (void)file, (void)line; }

int main(void)
{
    igraph_set_error_handler(host_error);
    igraph_set_warning_handler(host_warning);
    mg_graph *g = NULL;
    CHECK(mg_graph_load_default(&g, NULL) == MG_OK);
    mg_neighborhood nb;
    CHECK(mg_graph_neighborhood(&nb, g, 0, 1, MG_DIRECTION_BOTH) == MG_OK);
    mg_neighborhood_clear(&nb);
    /* while mechgraph's handlers are in place, igraph's are not the host's */
    igraph_error_handler_t *during = igraph_set_error_handler(igraph_error_handler_printignore);
    CHECK(during != host_error);
    igraph_set_error_handler(during);
    mg_shutdown();
    CHECK(igraph_set_error_handler(host_error) == host_error);
    CHECK(igraph_set_warning_handler(host_warning) == host_warning);
    mg_shutdown(); /* a second time does nothing */
    CHECK(igraph_set_error_handler(host_error) == host_error);
    mg_graph_free(g);
    return check_failures ? 1 : 0;
}
