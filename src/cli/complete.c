/*
 * complete.c - `mechgraph __complete WORD...`: what the shell completions (completions/) offer
 * for the last WORD, one a line, from the same tables as --help: commands, their options, the
 * values of options that take a word of a closed vocabulary, and node ids of the graph the line
 * names (--graph) or the built-in one. Hidden: not in --help; a file argument prints nothing, so
 * the shell completes file names.
 */
#include "cli.h"

#include <strings.h>
#include <string.h>

static void offer(const char *word, const char *prefix)
{
    if (strncasecmp(word, prefix, strlen(prefix)) == 0) fprintf(cli_out(), "%s\n", word);
}

static void offer_list(const char *const *words, const char *prefix)
{
    for (; *words; words++) offer(*words, prefix);
}

static const cli_option *find(const cli_command *cmd, const char *word)
{
    if (strncmp(word, "--", 2) != 0) return NULL;
    for (const cli_option *o = cmd ? cmd->options : NULL; o && o->name; o++)
        if (strcmp(o->name, word + 2) == 0) return o;
    for (const cli_option *o = cli_global_options; o->name; o++)
        if (strcmp(o->name, word + 2) == 0) return o;
    return NULL;
}

/* The values of an option, by the placeholder of its argument; false when it takes a file or text. */
static bool offer_values(const char *arg, const char *prefix)
{
    static const char *const exports[] = {"json", "graphml", "cyjs", "sif", "sif-signed", "tsv", "neo4j", "dot", NULL};
    static const char *const signs[] = {"+", "-", NULL};
    static const char *const dirs[] = {"out", "in", "both", NULL};
    static const char *const layouts[] = {"dot", "neato", "fdp", "sfdp", "circo", NULL};
    static const char *const rules[] = {"id", "xref", "name", NULL};
    static const char *const modes[] = {"edge", "study", "year", NULL};
    if (strcmp(arg, "SIGN") == 0) offer_list(signs, prefix);
    else if (strcmp(arg, "DIR") == 0) offer_list(dirs, prefix);
    else if (strcmp(arg, "LAYOUT") == 0) offer_list(layouts, prefix);
    else if (strcmp(arg, "RULE") == 0) offer_list(rules, prefix);
    else if (strcmp(arg, "edge|study|year") == 0) offer_list(modes, prefix);
    else if (strcmp(arg, "TYPES") == 0)
        for (int t = 0; t < MG_NODE_TYPE_COUNT; t++) offer(mg_node_type_name((mg_node_type)t), prefix);
    else if (strcmp(arg, "RELATIONS") == 0)
        for (int r = 0; r < MG_RELATION_COUNT; r++) offer(mg_relation_name((mg_relation)r), prefix);
    else if (strcmp(arg, "METRIC") == 0 || strcmp(arg, "M1,M2,...") == 0)
        for (int m = 0; m < MG_HUB_METRIC_COUNT; m++) offer(mg_hub_metric_name((mg_hub_metric)m), prefix);
    else if (strcmp(arg, "METHODS") == 0)
        for (int m = 0; m < MG_HYP_METHOD_COUNT; m++) offer(mg_hyp_method_name((mg_hyp_method)m), prefix);
    else if (strcmp(arg, "FORMAT") == 0) offer_list(exports, prefix);
    else return false;
    return true;
}

int cli_complete(int argc, char **argv)
{
    /* argv: the words after "__complete"; the last is the one being completed (maybe "") */
    const char *prefix = argc ? argv[argc - 1] : "";
    const cli_command *cmd = NULL;
    const char *graph = NULL;
    for (int i = 0; i + 1 < argc; i++) {
        const cli_option *o = find(cmd, argv[i]);
        if (o && o->arg) {
            if (strcmp(o->name, "graph") == 0) graph = argv[i + 1];
            i++;
        } else if (!cmd && argv[i][0] != '-') {
            cmd = cli_find_command(argv[i]);
        }
    }
    const cli_option *before = argc >= 2 ? find(cmd, argv[argc - 2]) : NULL;
    if (before && before->arg) {
        if (strcmp(before->name, "from") == 0 || strcmp(before->name, "graph-format") == 0)
            for (int k = 1; mg_input_format_name((mg_input_format)k); k++) offer(mg_input_format_name((mg_input_format)k), prefix);
        else if (strcmp(before->arg, "NODES") == 0 || strcmp(before->arg, "NODE") == 0 || strcmp(before->name, "aspect") == 0)
            goto nodes;
        else offer_values(before->arg, prefix);
        return 0;
    }
    if (prefix[0] == '-') {
        char word[80];
        for (const cli_option *o = cmd ? cmd->options : NULL; o && o->name; o++) {
            snprintf(word, sizeof word, "--%s", o->name);
            offer(word, prefix);
        }
        for (const cli_option *o = cli_global_options; o->name; o++) {
            snprintf(word, sizeof word, "--%s", o->name);
            offer(word, prefix);
        }
        return 0;
    }
    if (!cmd) {
        for (size_t i = 0; i < cli_command_count; i++) offer(cli_commands[i].name, prefix);
        return 0;
    }
    if (cmd->max_positional == 0 || cmd->run == cmd_validate || cmd->run == cmd_merge || cmd->run == cmd_studies) return 0;
nodes:;
    mg_graph *g = NULL;
    if (graph && strcmp(graph, CLI_BUILTIN_GRAPH) != 0 && strcmp(graph, "-") != 0 ? mg_graph_load(&g, graph, MG_INPUT_AUTO, NULL)
                                                         : mg_graph_load_default(&g, NULL))
        return 0;
    for (mg_id v = 0; v < mg_graph_node_count(g); v++) offer(mg_graph_node(g, v)->id, prefix);
    mg_graph_free(g);
    return 0;
}
