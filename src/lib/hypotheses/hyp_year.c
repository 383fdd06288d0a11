/*
 * hyp_year.c - the year a reference was published, read from its citation text, for the time
 * slice of the held-out evaluation (hyp_holdout.c).
 */
#include "hyp_internal.h"

#include <ctype.h>

/* A year of 1900 to 2099 at p: four digits, not preceded or followed by another digit. */
static int year_at(const char *start, const char *p)
{
    if (p > start && isdigit((unsigned char)p[-1])) return 0;
    for (int i = 0; i < 4; i++)
        if (!isdigit((unsigned char)p[i])) return 0;
    if (isdigit((unsigned char)p[4])) return 0;
    int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    return y >= 1900 && y <= 2099 ? y : 0;
}

int mg_hyp_reference_year(const mg_reference *r)
{
    const char *c = r ? r->citation : NULL;
    if (!c) return 0;
    /* APA: "Authors (2017). Title" or "(2017a)", the first parenthesised year */
    for (const char *p = c; *p; p++) {
        if (*p != '(') continue;
        int y = year_at(c, p + 1);
        const char *q = p + 5;
        if (y && islower((unsigned char)*q)) q++;
        if (y && *q == ')') return y;
    }
    /* Vancouver: "Title. Journal 2020;26:1-2." or "... 2020." - a year after a space, before
     * ';', '.', ',' or ':' (a DOI's or a page's digits are never after a space and bounded so) */
    for (const char *p = c; *p; p++) {
        if (*p != ' ') continue;
        int y = year_at(c, p + 1);
        char next = p[5];
        if (y && (next == ';' || next == '.' || next == ',' || next == ':')) return y;
    }
    return 0;
}
