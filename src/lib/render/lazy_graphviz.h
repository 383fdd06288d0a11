/*
 * lazy_graphviz.h - Graphviz (libgvc and libcgraph), loaded on first use: the functions render.c
 * calls, in one table filled by mg__graphviz_use() from the libraries opened by their SONAMEs
 * (core/dynlib.c). Included by render.c alone, instead of Graphviz's headers: after it, agopen(...)
 * calls through the table. Call mg__graphviz_use() (and check it) before the first call.
 */
#ifndef MG_LAZY_GRAPHVIZ_H
#define MG_LAZY_GRAPHVIZ_H

#include "core/core.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

/* Every Graphviz symbol the library uses, by library: a new call fails the link
 * (-Wl,--no-undefined) until it is listed here. Agdirected is data: its address is kept. */
#define MG_GVC_SYMBOLS(X) X(gvContext) X(gvFreeLayout) X(gvFreeRenderData) X(gvLayout) X(gvRenderData)
#define MG_CGRAPH_SYMBOLS(X)                                                                      \
    X(Agdirected) X(agattr) X(agclose) X(agedge) X(agnode) X(agopen) X(agsafeset) X(agseterr)     \
    X(agseterrf) X(agstrdup_html) X(agstrfree) X(agsubg) X(agsubnode) X(agwrite)

typedef struct {
#define MG_GRAPHVIZ_SLOT(name) __typeof__(&name) name;
    MG_GVC_SYMBOLS(MG_GRAPHVIZ_SLOT)
    MG_CGRAPH_SYMBOLS(MG_GRAPHVIZ_SLOT)
#undef MG_GRAPHVIZ_SLOT
} mg_graphviz_api;

/** The table; valid once mg__graphviz_use() has returned MG_OK in any thread. */
extern mg_graphviz_api mg__graphviz;

/** Loads libgvc and libcgraph once per process (thread-safe). MG_OK, or MG_EINTERNAL with a
 * message naming the library and the loader's reason. O(1) after the first call. */
mg_error_t mg__graphviz_use(void);

#ifndef MG_LAZY_GRAPHVIZ_IMPL
#define gvContext mg__graphviz.gvContext
#define gvFreeLayout mg__graphviz.gvFreeLayout
#define gvFreeRenderData mg__graphviz.gvFreeRenderData
#define gvLayout mg__graphviz.gvLayout
#define gvRenderData mg__graphviz.gvRenderData
#define Agdirected (*mg__graphviz.Agdirected)
#define agattr mg__graphviz.agattr
#define agclose mg__graphviz.agclose
#define agedge mg__graphviz.agedge
#define agnode mg__graphviz.agnode
#define agopen mg__graphviz.agopen
#define agsafeset mg__graphviz.agsafeset
#define agseterr mg__graphviz.agseterr
#define agseterrf mg__graphviz.agseterrf
#define agstrdup_html mg__graphviz.agstrdup_html
#define agstrfree mg__graphviz.agstrfree
#define agsubg mg__graphviz.agsubg
#define agsubnode mg__graphviz.agsubnode
#define agwrite mg__graphviz.agwrite
#endif

#endif
