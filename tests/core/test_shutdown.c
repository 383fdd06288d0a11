/*
 * test_shutdown.c - mechgraph replaces igraph's error handlers only until mg_shutdown: a host that
 * uses igraph itself gets its own handlers back, also after several calls into the library. The
 * library loads igraph on first use (core/lazy_igraph.c): a call that uses no igraph leaves the
 * host's handlers alone; one that does installs mechgraph's in its thread, and so does every later
 * entry point's mg_init.
 */
#include "check.h"
#include "mechgraph.h"

#include <igraph.h>
#include <stdlib.h>

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
    /* nothing used igraph yet: the host's handlers are untouched */
    CHECK(igraph_set_error_handler(host_error) == host_error);
    double *scores = calloc(mg_graph_node_count(g) + 1, sizeof *scores);
    CHECK(scores && mg_hub_scores(scores, NULL, g, MG_HUB_EIGENVECTOR, NULL) == MG_OK);
    /* while mechgraph's handlers are in place, igraph's are not the host's */
    igraph_error_handler_t *during = igraph_set_error_handler(igraph_error_handler_printignore);
    CHECK(during != host_error);
    igraph_set_error_handler(during);
    mg_shutdown();
    CHECK(igraph_set_error_handler(host_error) == host_error);
    CHECK(igraph_set_warning_handler(host_warning) == host_warning);
    /* igraph is loaded now: the next entry point's mg_init installs mechgraph's handlers at once */
    CHECK(mg_graph_neighborhood(&nb, g, 0, 1, MG_DIRECTION_BOTH) == MG_OK);
    mg_neighborhood_clear(&nb);
    during = igraph_set_error_handler(igraph_error_handler_printignore);
    CHECK(during != host_error);
    igraph_set_error_handler(during);
    mg_shutdown();
    CHECK(igraph_set_error_handler(host_error) == host_error);
    CHECK(igraph_set_warning_handler(host_warning) == host_warning);
    mg_shutdown(); /* a second time does nothing */
    CHECK(igraph_set_error_handler(host_error) == host_error);
    free(scores);
    mg_graph_free(g);
    return check_failures ? 1 : 0;
}
