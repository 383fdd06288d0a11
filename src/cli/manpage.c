/*
 * manpage.c - `mechgraph --man`: the manual page mechgraph(1) in roff, written from the same
 * command and option tables as --help, so the two cannot drift apart. The build runs it to make
 * mechgraph.1, which `cmake --install` puts under share/man/man1.
 */
#include "cli.h"

#include <string.h>

/* Text for roff: a backslash doubled, a leading dot or quote escaped, "-" as \- in options. */
static void roff(FILE *f, const char *s)
{
    bool line_start = true;
    for (; *s; s++) {
        if (line_start && (*s == '.' || *s == '\'')) fputs("\\&", f);
        if (*s == '\\') fputs("\\e", f);
        else if (*s == '-') fputs("\\-", f);
        else fputc(*s, f);
        line_start = *s == '\n';
    }
}

static void option_item(FILE *f, const cli_option *o)
{
    fputs(".TP\n", f);
    if (o->short_name) fprintf(f, "\\fB\\-%c\\fR, ", o->short_name);
    fputs("\\fB\\-\\-", f);
    roff(f, o->name);
    fputs("\\fR", f);
    if (o->arg) {
        fputs(" \\fI", f);
        roff(f, o->arg);
        fputs("\\fR", f);
    }
    fputc('\n', f);
    roff(f, o->help);
    fputc('\n', f);
}

void cli_print_man(FILE *f)
{
    fprintf(f, ".TH MECHGRAPH 1 \"\" \"mechgraph %s\" \"User Commands\"\n", MG_VERSION);
    fputs(".SH NAME\nmechgraph \\- questions on a signed, evidence\\-annotated graph of iMSC and iMSC\\-EV mechanisms\n", f);
    fputs(".SH SYNOPSIS\n\\fBmechgraph\\fR \\fIcommand\\fR [\\fIoptions\\fR]\n", f);
    fputs(".SH DESCRIPTION\nmechgraph answers questions on a signed, directed, evidence\\-annotated graph of the mechanisms\n"
          "of iPSC\\-derived MSCs (iMSCs) and their extracellular vesicles (iMSC\\-EVs). The curated graph is\n"
          "built in; \\fB\\-\\-graph\\fR reads another (\\- for standard input).\n", f);
    fputs(".SH OPTIONS FOR EVERY COMMAND\n", f);
    for (const cli_option *o = cli_global_options; o->name; o++) option_item(f, o);
    fputs(".SH COMMANDS\n", f);
    for (size_t i = 0; i < cli_command_count; i++) {
        const cli_command *c = &cli_commands[i];
        fputs(".SS \"mechgraph ", f);
        roff(f, c->usage);
        fputs("\"\n", f);
        roff(f, c->summary);
        fputs(".\n.PP\n", f);
        if (c->help && *c->help) {
            roff(f, c->help);
            fputc('\n', f);
        }
        for (const cli_option *o = c->options; o && o->name; o++) option_item(f, o);
        for (const cli_alias *a = cli_aliases; a->command; a++)
            if (strcmp(a->command, c->name) == 0)
                fprintf(f, ".TP\n\\fB\\-\\-%s\\fR\nthe old name of \\fB\\-\\-%s\\fR (a warning; goes after %s)\n", a->old_name,
                        a->new_name, a->until);
        if (c->examples) {
            fputs(".PP\nExamples:\n.PP\n.nf\n.RS\n", f);
            roff(f, c->examples);
            fputs(".RE\n.fi\n", f);
        }
    }
    fputs(".SH EXIT STATUS\n0 success, 1 bad input or data, 2 misuse of the command line, 124 stopped by \\fB\\-\\-timeout\\fR\n"
          "(a signal: 128 + its number). A closed pipe on standard output ends a command quietly with 0.\n", f);
    fputs(".SH SEE ALSO\nThe documents in share/mechgraph and the project's docs/ folder: format.md, paths.md, hubs.md,\n"
          "hypotheses.md, selection.md, reliability.md; the JSON shapes in docs/schemas.\n", f);
}
