/*
 * lazy_igraph.h - igraph, loaded on first use: the functions mechgraph calls, in one table filled
 * by mg__igraph_use() from the library opened by its SONAME (core/dynlib.c). A file that calls
 * igraph includes this header instead of <igraph.h>: after it, igraph_create(...) calls through
 * the table, so the code reads as plain igraph. Call mg__igraph_use() (and check it) before the
 * first igraph call on every path; the hubs do so where they build their igraph graph.
 */
#ifndef MG_LAZY_IGRAPH_H
#define MG_LAZY_IGRAPH_H

#include "core/core.h"

#include <igraph.h>

/* Every igraph symbol the library uses: a new call fails the link (-Wl,--no-undefined) until it
 * is listed here. */
#define MG_IGRAPH_SYMBOLS(X)                                                                      \
    X(IGRAPH_FINALLY_FREE)                                                                        \
    X(igraph_closeness)                                                                           \
    X(igraph_coreness)                                                                            \
    X(igraph_create)                                                                              \
    X(igraph_destroy)                                                                             \
    X(igraph_eigenvector_centrality)                                                              \
    X(igraph_hub_and_authority_scores)                                                            \
    X(igraph_maximal_cliques_callback)                                                            \
    X(igraph_set_error_handler)                                                                   \
    X(igraph_set_warning_handler)                                                                 \
    X(igraph_strerror)                                                                            \
    X(igraph_transitivity_local_undirected)                                                       \
    X(igraph_vector_destroy)                                                                      \
    X(igraph_vector_init)                                                                         \
    X(igraph_vector_int_destroy)                                                                  \
    X(igraph_vector_int_init)                                                                     \
    X(igraph_vector_int_size)                                                                     \
    X(igraph_vector_view)                                                                         \
    X(igraph_vss_all)

typedef struct {
#define MG_IGRAPH_SLOT(name) __typeof__(&name) name;
    MG_IGRAPH_SYMBOLS(MG_IGRAPH_SLOT)
#undef MG_IGRAPH_SLOT
} mg_igraph_api;

/** The table; valid once mg__igraph_use() has returned MG_OK in any thread. */
extern mg_igraph_api mg__igraph;

/** Loads igraph once per process (thread-safe) and installs the library's error and warning
 * handlers in this thread (mg_init's, kept until mg_shutdown). MG_OK, or MG_EINTERNAL with a
 * message naming the library and the loader's reason. O(1) after the first call. */
mg_error_t mg__igraph_use(void);

/** Maps an igraph error code to ours; igraph's message was recorded by the handler. */
mg_error_t mg__from_igraph(igraph_error_t err);

#ifndef MG_LAZY_IGRAPH_IMPL
#define IGRAPH_FINALLY_FREE mg__igraph.IGRAPH_FINALLY_FREE
#define igraph_closeness mg__igraph.igraph_closeness
#define igraph_coreness mg__igraph.igraph_coreness
#define igraph_create mg__igraph.igraph_create
#define igraph_destroy mg__igraph.igraph_destroy
#define igraph_eigenvector_centrality mg__igraph.igraph_eigenvector_centrality
#define igraph_hub_and_authority_scores mg__igraph.igraph_hub_and_authority_scores
#define igraph_maximal_cliques_callback mg__igraph.igraph_maximal_cliques_callback
#define igraph_set_error_handler mg__igraph.igraph_set_error_handler
#define igraph_set_warning_handler mg__igraph.igraph_set_warning_handler
#define igraph_strerror mg__igraph.igraph_strerror
#define igraph_transitivity_local_undirected mg__igraph.igraph_transitivity_local_undirected
#define igraph_vector_destroy mg__igraph.igraph_vector_destroy
#define igraph_vector_init mg__igraph.igraph_vector_init
#define igraph_vector_int_destroy mg__igraph.igraph_vector_int_destroy
#define igraph_vector_int_init mg__igraph.igraph_vector_int_init
#define igraph_vector_int_size mg__igraph.igraph_vector_int_size
#define igraph_vector_view mg__igraph.igraph_vector_view
#define igraph_vss_all mg__igraph.igraph_vss_all
#endif

#endif
