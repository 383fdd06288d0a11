/*
 * merge_report.c - the report of a merge: which rule aligned each node, the sign conflicts between
 * inputs and the issues (ambiguous names, clashing types, renamed ids), with their accessors.
 * merge.c and merge_align.c fill it.
 */
#include "merge_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static const char *const rule_names[] = {"id", "xref", "name"};
static const char *const issue_names[] = {"ambiguous", "type", "xref", "renamed", "duplicate"};

const char *mg_align_rule_name(mg_align_rule rule)
{
    return (unsigned)rule < sizeof rule_names / sizeof *rule_names ? rule_names[rule] : NULL;
}

const char *mg_merge_issue_kind_name(mg_merge_issue_kind kind)
{
    return (unsigned)kind < sizeof issue_names / sizeof *issue_names ? issue_names[kind] : NULL;
}

void mg_merge_report_free(mg_merge_report *report)
{
    if (!report) return;
    free(report->alignments);
    free(report->issues);
    free(report->conflicts);
    mg_arena_free(&report->arena);
    free(report);
}

size_t mg_merge_report_aligned(const mg_merge_report *r, mg_align_rule rule)
{
    return (unsigned)rule <= MG_ALIGN_NAME ? r->aligned[rule] : 0;
}

size_t mg_merge_report_dropped(const mg_merge_report *r) { return r->dropped; }
size_t mg_merge_report_alignment_count(const mg_merge_report *r) { return r->alignment_count; }
size_t mg_merge_report_conflict_count(const mg_merge_report *r) { return r->conflict_count; }
size_t mg_merge_report_issue_count(const mg_merge_report *r) { return r->issue_count; }

const mg_merge_alignment *mg_merge_report_alignment(const mg_merge_report *r, size_t i)
{
    return i < r->alignment_count ? &r->alignments[i] : NULL;
}

const mg_merge_sign_conflict *mg_merge_report_conflict(const mg_merge_report *r, size_t i)
{
    return i < r->conflict_count ? &r->conflicts[i] : NULL;
}

const mg_merge_issue *mg_merge_report_issue(const mg_merge_report *r, size_t i)
{
    return i < r->issue_count ? &r->issues[i] : NULL;
}

mg_error_t mg__report_issue(mg_merge_report *r, mg_merge_issue_kind kind, mg_id node, size_t input, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    mg_error_t err = mg__reserve((void **)&r->issues, &r->issue_cap, r->issue_count + 1, sizeof *r->issues);
    if (err) return err;
    const char *text = mg_arena_strdup(&r->arena, msg);
    if (!text) return mg__fail(MG_ENOMEM, "out of memory");
    r->issues[r->issue_count++] = (mg_merge_issue){kind, node, input, text};
    return MG_OK;
}
