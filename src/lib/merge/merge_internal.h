/*
 * merge_internal.h - what merge.c (the merged graph and its report) and merge_align.c (which
 * nodes of the inputs are one node) share.
 *
 * Every node of every input has a global number, its "gid": base[i] + its index in input i. The
 * aligner groups gids into components with a union-find; a component becomes one merged node.
 */
#ifndef MG_MERGE_INTERNAL_H
#define MG_MERGE_INTERNAL_H

#include "core/core.h"

struct mg_merge_report {
    mg_arena arena; /* the report's strings */
    size_t aligned[MG_ALIGN_NAME + 1];
    size_t dropped;
    /* while merging, `node` of an alignment or issue holds a gid (or -1); merge.c turns it into
     * the merged node's index once those exist */
    mg_merge_alignment *alignments;
    size_t alignment_count, alignment_cap;
    mg_merge_issue *issues;
    size_t issue_count, issue_cap;
    mg_merge_sign_conflict *conflicts;
    size_t conflict_count, conflict_cap;
};

typedef struct {
    const mg_graph *const *in;
    size_t count;
    size_t *base;    /* count + 1 entries: the gids of input i are base[i] .. base[i + 1] - 1 */
    size_t total;    /* gids */
    size_t *input;   /* per gid: its input */
    size_t *parent;  /* union-find, with path halving */
    size_t *size;    /* per root: members */
    size_t *first;   /* per root: the smallest member, whose record leads the merged node */
    size_t *typed;   /* per root: the smallest member with a stated type, or SIZE_MAX */
    size_t *next;    /* members of a component as a list: head is the root's `head`, SIZE_MAX ends */
    size_t *head, *tail;
    size_t *stamp, *stamp_owner; /* per input, to find two members of one input */
    size_t stamp_now;
    mg_merge_report *report;
} mg_aligner;

/** Allocates the aligner for `count` inputs; every gid starts alone. */
mg_error_t mg__aligner_init(mg_aligner *a, const mg_graph *const *in, size_t count, mg_merge_report *report);
void mg__aligner_free(mg_aligner *a);
/** Joins the nodes that are one, by the rules up to `last` (id, then xref, then name). */
mg_error_t mg__align(mg_aligner *a, mg_align_rule last);
/** The component of a gid (its root). */
size_t mg__aligner_root(mg_aligner *a, size_t gid);
/** The node record behind a gid. */
const mg_node *mg__aligner_node(const mg_aligner *a, size_t gid);

/** Appends an issue (message formatted into the report's arena); `node` is a gid or -1. */
mg_error_t mg__report_issue(mg_merge_report *r, mg_merge_issue_kind kind, mg_id node, size_t input, const char *fmt,
                            ...) MG_PRINTF(5, 6);

#endif
