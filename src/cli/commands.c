/*
 * commands.c - the command table: every subcommand's name, function, help and options, declared
 * as data so that --help is written from the same tables that parse. Kept apart from main.c so
 * that the command-line fuzz target (tests/fuzz/fuzz_cli.c) can parse without ever running.
 */
#include "cli.h"

#include <string.h>

static const cli_option no_options[] = {{0}};

/* The selection every command that reads the graph shares (load.c applies it once, after loading:
 * the command then works on the evidence that passes, the edges left with any and their nodes;
 * docs/selection.md). Declared once, so that names and help are the same everywhere. */
#define SELECTION_OPTIONS                                                                                        \
    {"context", 0, "DISEASE", "select the evidence in this disease (any name of its node, or as evidence writes it)"}, \
        SELECTION_OPTIONS_BUT_CONTEXT

/* `compare` takes --context as a text of its own (disease, model, organism, cells or system): the
 * other criteria are the shared ones. */
#define SELECTION_OPTIONS_BUT_CONTEXT                                                                            \
        {"organism", 0, "ORGANISM", "select the evidence in this organism (human = Homo sapiens, mouse, rat ...)"},    \
        {"system", 0, "SYSTEM", "select the evidence in vivo or in vitro (a study of both passes either)"},           \
        {"cell", 0, "CELL", "select the evidence whose cells name these words (mast cells, Th17, NPCs ...)"},          \
        {"study", 0, "REF", "select the evidence from one study (a reference id or a DOI)"},                          \
        {"review", 0, "REF", "select the evidence read in one review (zhou2024, aldoghachi2023)"},                   \
        {"min-studies", 0, "N", "keep only edges left with at least N distinct studies"},                             \
        {"no-cautioned", 0, NULL, "leave out evidence with a caution (docs/format.md, Cautions)"}

static const cli_option info_options[] = {SELECTION_OPTIONS, {0}};

static const cli_option nodes_options[] = {
    {"type", 't', "TYPES", "only nodes of these types (comma-separated, repeatable)"},
    {"match", 'm', "TEXT", "only nodes whose id, label or a synonym contains TEXT (normalised)"},
    SELECTION_OPTIONS,
    {0},
};

/* Options shared by the commands that search paths (path, effects, render --path): declared
 * once, so their names and help cannot drift apart. */
#define EDGE_FILTER_OPTIONS                                                                              \
    {"relation", 'r', "RELATIONS", "follow only these relations (comma-separated, repeatable)"},             \
        {"exclude-structural", 0, NULL, "do not follow is_a, part_of and derived_from edges"},                \
        {"avoid", 0, "NODES", "never pass through these nodes (comma-separated, repeatable)"},                \
        {"budget", 0, "N", "stop after N search steps and say so (default 20000000)"}

#define PATH_SEARCH_OPTIONS                                                                           \
    {"max-len", 'l', "N", "paths of at most N edges (default 5 when listing all paths)"},                  \
        {"min-len", 0, "N", "paths of at least N edges (default 1)"}, {"shortest", 's', NULL, "all shortest paths"}, \
        {"k", 'k', "N", "the N shortest simple paths (Yen's algorithm)"},                                  \
        {"weighted", 'w', NULL, "cost = edge weights instead of hop count"},                               \
        {"sign", 0, "SIGN", "only paths with this net sign, + or - (a signed search)"},                    \
        {"expand-signs", 0, NULL, "list a path whose parallel edges disagree once per net sign"},          \
        {"via", 0, "NODES", "only paths through these nodes (comma-separated, repeatable)"},               \
        {"limit", 0, "N", "at most N paths (default 1000; 0: up to 1000000, the most one answer holds)"}, EDGE_FILTER_OPTIONS

static const cli_option path_options[] = {
    PATH_SEARCH_OPTIONS,
    {"types", 't', "TYPES", "allowed node types between the ends (comma-separated)"},
    {"evidence", 'e', NULL, "show each edge's citations"},
    {"coherent", 0, NULL, "only paths whose every hop is reported in one disease context"},
    {"no-subtypes", 0, NULL, "do not also start from FROM's subtypes (is_a: iMSC-exosome for iMSC-EV)"},
    {"pathlinker", 0, NULL, "PathLinker's ranking: weights as probabilities, cost -log10(w/W), k=100"},
    {"node-types", 0, "FILE", "sources and targets from a PathLinker node-types file"},
    SELECTION_OPTIONS,
    {0},
};

static const cli_option effects_options[] = {
    {"upstream", 'u', NULL, "what influences NODES, instead of what NODES influence"},
    {"max-len", 'l', "N", "within N edges (default 5)"},
    EDGE_FILTER_OPTIONS,
    {"sign", 0, "SIGN", "only effects with this net sign, + or -"},
    {"type", 't', "TYPES", "only effects on nodes of these types (comma-separated, repeatable)"},
    {"evidence", 'e', NULL, "show each edge's citations"},
    {"inherited", 0, NULL, "also list what NODE inherits through is_a (its parents' effects)"},
    {"no-subtypes", 0, NULL, "do not add what only NODE's subtypes (is_a) reach"},
    SELECTION_OPTIONS,
    {0},
};

static const cli_option neighbors_options[] = {
    {"depth", 'd', "D", "within D edges (default 1)"},
    {"direction", 0, "DIR", "follow edges out, in or both (default both)"},
    {"relation", 'r', "RELATIONS", "follow only these relations (comma-separated, repeatable)"},
    {"sign", 0, "SIGN", "follow only edges of this sign, + (raises) or - (lowers)"},
    {"type", 't', "TYPES", "list only nodes of these types (comma-separated, repeatable)"},
    SELECTION_OPTIONS,
    {0},
};

static const cli_option hubs_options[] = {
    {"metric", 'm', "METRIC", "rank by this metric (default consensus; see below)"},
    {"metrics", 0, "M1,M2,...", "several metrics side by side, ranked by the first"},
    {"top", 'n', "N", "the N first nodes (default 20; 0 for all)"},
    {"type", 't', "TYPES", "rank only nodes of these types (the graph stays whole)"},
    {"exclude", 'x', "NODES", "remove these nodes from the graph first (comma-separated, repeatable)"},
    {"undirected", 'u', NULL, "ignore edge direction"},
    {"weighted", 'w', NULL, "weight edges by their number of studies, where the metric takes weights"},
    {"damping", 0, "D", "PageRank damping factor (default 0.85)"},
    {"samples", 0, "N", "shortest-path metrics from N sampled sources (approximate; 0: exact; default: exact, or "
                        "256 on a graph of more than 2e9 node-edge products)"},
    {"seed", 0, "N", "seed for sampling and EPC (default 1)"},
    {"clique-budget", 0, "N", "MCC: stop after N maximal cliques and say so (default 10000000; 0: no limit)"},
    {"epc-budget", 0, "N", "EPC: at most N union-find steps, V + E a reduction, and say so (default 2e9; 0: no limit)"},
    SELECTION_OPTIONS,
    {0},
};

static const cli_option render_options[] = {
    {"output", 'o', "FILE", "where to write (- for stdout); the format follows the extension"},
    {"format", 'f', "FORMAT", "dot, svg, png, pdf or html (a page with the SVG, a legend and the citations)"},
    {"layout", 'L', "LAYOUT", "dot (default, left to right), neato, fdp, sfdp or circo"},
    {"labels", 0, NULL, "write the relations on the edges"},
    {"cluster", 0, "disease", "group the nodes studied in a single disease"},
    {"title", 0, "TEXT", "a title above the picture"},
    {"no-legend", 0, NULL, "leave the legend out"},
    {"max-edges", 0, "N", "refuse to lay out more than N edges (default 5000; 0: no limit; DOT has none)"},
    {"focus", 0, "NODE", "draw NODE and its neighbourhood (--depth, default 1)"},
    {"depth", 'd', "D", "the neighbourhood's depth for --focus"},
    {"path", 0, NULL, "draw the paths from FROM to TO (with the options of `mechgraph path`)"},
    {"hubs", 0, "N", "draw the N top hubs (consensus) and the edges among them"},
    {"exclude", 'x', "NODES", "with --hubs: nodes removed before ranking"},
    {"types", 't', "TYPES", "draw only nodes of these types (with --path: between the ends)"},
    {"compare", 0, NULL, "draw a comparison panel of A [and B] (as `mechgraph compare A [B]` finds them)"},
    PATH_SEARCH_OPTIONS, /* with --path */
    SELECTION_OPTIONS,
    {0},
};

static const cli_option export_options[] = {
    {"output", 'o', "FILE", "where to write (- for stdout; a directory for neo4j)"},
    {"to", 0, "FORMAT", "json, graphml, cyjs, sif, sif-signed, tsv, neo4j, dot or sbml-qual (default: from the extension)"},
    SELECTION_OPTIONS,
    {0},
};

static const cli_option hypotheses_options[] = {
    {"method", 'm', "METHODS", "abc, transfer, link, dwpc, contradictions, gaps, comparisons (comma-separated; default all, combined)"},
    {"subject", 0, "NODES", "hypotheses about these subjects only (comma-separated, repeatable, or @FILE)"},
    {"subject-type", 0, "TYPES", "subjects of these node types only"},
    {"object", 0, "NODES", "hypotheses about these objects only"},
    {"object-type", 0, "TYPES", "objects of these node types only"},
    {"top", 'n', "N", "the N best (default 20; 0 for all, every method's candidates uncut)"},
    {"per-method", 0, "N", "candidates each method keeps, best first (default 10000; 0 for all); a cut is said"},
    {"jsonl", 0, NULL, "one hypothesis a line, as JSON (JSON Lines)"},
    {"budget", 0, "N", "work units per method, then stop and say so (default 2000000)"},
    {"weights", 0, "M=W,...", "weights of the combination (default: docs/hypotheses.md)"},
    {"evaluate", 0, NULL, "leave-one-out: how well each method recovers hidden facts, against baselines"},
    {"by", 0, "edge|study|year", "with --evaluate: rank the listing with one edge, one study, or all after --cutoff held out"},
    {"cutoff", 0, "YEAR", "with --by year: keep the evidence of studies published up to YEAR"},
    {"grid", 0, NULL, "with --evaluate: search the weights {0, 0.5, 1, 2} for the best MRR"},
    {"calibrate", 0, NULL, "fit each method's calibration on this graph's studies (leave one out) and print it"},
    {"fit", 0, NULL, "rank with a calibration fitted on this graph's studies (default: the built-in graph's)"},
    {"repeats", 0, "N", "with --evaluate: random orders averaged for the random baseline (default 100)"},
    {"seed", 0, "N", "with --evaluate: seed of the random baseline (default 1)"},
    SELECTION_OPTIONS,
    {0},
};

static const cli_option compare_options[] = {
    {"aspect", 'a', "NAME", "only the comparisons of this aspect (a node's name, or words of the aspect)"},
    {"context", 0, "TEXT", "only the evidence whose disease, model, organism, cells or system name TEXT"},
    {"no-subtypes", 0, NULL, "leave out the comparisons of A's and B's subtypes (is_a: IFN-γ-iMSC-EV for iMSC-EV)"},
    SELECTION_OPTIONS_BUT_CONTEXT,
    {0},
};

static const cli_option merge_options[] = {
    {"output", 'o', "FILE", "where to write the merged graph (- for stdout)"},
    {"to", 0, "FORMAT", "json (default), graphml, cyjs, sif, sif-signed, tsv, neo4j, dot or sbml-qual (default: from the extension)"},
    {"align", 0, "RULE", "the last alignment rule tried: id, xref, or name (default: all three)"},
    {"keep-unmatched", 0, NULL, "keep the nodes of edge-less graphs (node tables) that align with nothing"},
    SELECTION_OPTIONS,
    {0},
};

const cli_command cli_commands[] = {
    {"info", cmd_info, "describe the graph: counts by node type and relation, components, density", "info",
     "Without --graph, describes the built-in iMSC/iMSC-EV graph; with a selection, the part selected.",
     info_options, 0, 0,
     "mechgraph info\n"
     "mechgraph info --context 'renal I/R injury'\n"
     "mechgraph export -o - --to graphml | mechgraph info --graph -   # any graph, on standard input\n"},
    {"nodes", cmd_nodes, "list the nodes, optionally by type or matching a text", "nodes",
     "Lists id, type, in- and out-degree and label, sorted by id.\n"
     "Node types: cell vesicle mirna rna gene complex chemical pathway process disease intervention\n"
     "anatomy entity.",
     nodes_options, 0, 0,
     "mechgraph nodes --type mirna\n"
     "mechgraph nodes --match sirt\n"
     "mechgraph nodes --organism rat --json\n"},
    {"show", cmd_show, "show a node with all its edges in and out and their evidence", "show NODE",
     "NODE is an id, a label or a synonym, compared ignoring case, spaces, hyphens and\n"
     "underscores, with Greek letters matching their names (TGF-beta1 finds TGF-β1); then the last\n"
     "word's plural or singular (Tregs), a generic word dropped or added (p38 MAPK signaling),\n"
     "abbreviations (iPSC-MSC-exosomes) and the one name it begins (miR-105); the rule\n"
     "that found it is said on stderr. See docs/format.md, \"Names\".",
     no_options, 1, 1,
     "mechgraph show Sirt6\n"
     "mechgraph show TGF-beta1 --json\n"
     "mechgraph show miR-105   # completed to miR-105-5p\n"},
    {"export", cmd_export, "write the graph for Cytoscape, Gephi, networkx, Neo4j ...", "export -o FILE",
     "Formats: json (mechgraph-1), graphml (Gephi, yEd, networkx, igraph), cyjs (Cytoscape.js JSON:\n"
     "Cytoscape, networkx), sif, tsv (with evidence columns), neo4j (nodes.csv and edges.csv in a\n"
     "directory, for neo4j-admin import), dot. Type, relation, sign, weight, evidence count,\n"
     "references and DOIs go wherever the format can hold them. The file is replaced only when\n"
     "the export succeeds.",
     export_options, 0, 0,
     "mechgraph export -o mechanisms.graphml\n"
     "mechgraph export --to sif -o -\n"
     "mechgraph export --context 'skin wound' -o skin-wound.tsv\n"},
    {"hubs", cmd_hubs, "the hubs of the mechanisms: every cytoHubba method and more", "hubs",
     "Ranks nodes by a centrality metric computed on the simple graph (parallel edges merged,\n"
     "self-loops dropped), directed unless the metric is undirected by definition or --undirected\n"
     "is given. The default, consensus, is the mean rank over degree, betweenness, pagerank,\n"
     "harmonic and mcc. Ties are ordered by id. Metrics: degree in-degree out-degree betweenness\n"
     "closeness harmonic eigenvector pagerank hub authority coreness clustering, and cytoHubba's\n"
     "mcc dmnc mnc epc bottleneck eccentricity cytohubba-closeness radiality stress (with\n"
     "betweenness and degree, --undirected). Definitions: docs/hubs.md.",
     hubs_options, 0, 0,
     "mechgraph hubs --exclude iMSC,iMSC-EV,iMSC-exosome --top 10\n"
     "mechgraph hubs --metric MCC --top 5\n"
     "mechgraph hubs --metrics degree,betweenness --type gene --top 5\n"},
    {"path", cmd_path, "how FROM reaches TO: paths with their net effect and evidence", "path FROM TO",
     "FROM and TO are node names, comma-separated lists, or @FILE (one name per line).\n"
     "Lists every simple path of at most --max-len edges: coherent paths first (one disease context\n"
     "fits every hop), then mixed ones, each marked where its context changes; within each, by\n"
     "length, then by the number of studies behind them, then by node ids; --shortest and --k rank\n"
     "by cost instead. Paths also start at FROM's subtypes (is_a), marked so. A path's\n"
     "net sign is the product of its edges' signs: -> raises, -| lowers, -- unsigned, -? parallel\n"
     "edges disagree. Structural edges (is_a, part_of, derived_from) pass the sign through.\n"
     "--sign searches the sign-lifted graph, so the shortest path with that net sign is found even\n"
     "when a shorter one of the other sign exists. --pathlinker reads the network as PathLinker\n"
     "does and prints its output format (see docs/paths.md).",
     path_options, 0, 2,
     "mechgraph path iMSC-EV Sirt6\n"
     "mechgraph path iMSC-EV IVDD --shortest --sign - --evidence\n"
     "mechgraph path iMSC-EV,iMSC 'renal I/R injury' --coherent --max-len 3\n"},
    {"neighbors", cmd_neighbors, "the nodes within a few edges of a node or a set of nodes", "neighbors NODES",
     "NODES is a node name, a comma-separated list, or @FILE (one name per line).\n"
     "Lists the nodes within --depth edges, by depth then id, each with an edge from the layer before.",
     neighbors_options, 1, 1,
     "mechgraph neighbors SP1 --depth 2\n"
     "mechgraph neighbors Sirt6,PDE4D --sign -\n"
     "mechgraph neighbors iMSC-EV --direction out --type gene\n"},
    {"effects", cmd_effects, "everything a node influences (or is influenced by), with the net sign", "effects NODES",
     "NODES is a node name, a comma-separated list, or @FILE (one name per line); for several,\n"
     "each effect is listed once per net sign, from the node that reaches it first.\n"
     "Every node reachable within --max-len edges, once per net sign by which NODE influences it\n"
     "(+, -, or ? when only paths through unsigned edges reach it), with the shortest such path,\n"
     "a context-coherent one where one exists. A subtype's effects are its own: --inherited adds its\n"
     "parents' (through is_a); a parent's include what only its subtypes reach, marked so.",
     effects_options, 1, 1,
     "mechgraph effects miR-105-5p\n"
     "mechgraph effects iMSC-EV,iMSC-exosome --sign - --type disease\n"
     "mechgraph effects IVDD --upstream --max-len 2\n"},
    {"render", cmd_render, "draw the network or a part of it: DOT, SVG, PNG, PDF or an HTML page", "render [FROM TO | A [B]] -o FILE",
     "Draws through the Graphviz library. Nodes have a shape and a colour-blind-safe colour per\n"
     "type; edges an arrowhead per sign: -> raises, tee lowers, open diamond unsigned, dashed\n"
     "associated. In SVG and HTML, hovering a node or an edge shows its studies, and an edge links\n"
     "to its DOI. Without --path, --focus or --hubs, draws the whole graph (or the part --context,\n"
     "--organism, --study ... select); those three add up. --compare A [B] draws A's comparisons\n"
     "instead: A and B side by side, one row per aspect, > < or \u2248, citations. The file is\n"
     "written only when the drawing succeeds. See docs/render.md.",
     render_options, 0, 2,
     "mechgraph render --path iMSC-EV Sirt6 -o sirt6.svg\n"
     "mechgraph render --focus SP1 --depth 2 -o sp1.html\n"
     "mechgraph render --hubs 15 --format dot -o -\n"},
    {"hypotheses", cmd_hypotheses, "ranked, explained, evidence-backed candidates for what to test next",
     "hypotheses",
     "Methods: abc (Swanson's A-B-C, typed: agent or cargo -> mediator -> disease or process),\n"
     "transfer (a mediator of one disease proposed for a similar one), link (shared neighbours:\n"
     "resource allocation, Adamic-Adar, Jaccard, preferential attachment), dwpc (degree-weighted\n"
     "path counts, damping 0.4), contradictions (a pair with both signs; feedback loops), gaps\n"
     "(diseases with an outcome but no mechanism) and comparisons (an agent a review found better\n"
     "than another in one disease, proposed where the other works in a disease of its class). The\n"
     "default combines them: each method's score calibrated to the chance of being found later,\n"
     "joined per subject and object (noisy-OR), disputes and comparisons at a share of the best;\n"
     "ties by id. Every statement is built from the graph: labels, relations, cited first\n"
     "authors and years.\n"
     "--json prints {\"schema\": \"mechgraph-hypotheses-1\", \"hypotheses\": [...]}\n"
     "(docs/schemas/mechgraph-hypotheses-1.schema.json). See docs/hypotheses.md.",
     hypotheses_options, 0, 0,
     "mechgraph hypotheses --top 5\n"
     "mechgraph hypotheses --subject iMSC-EV --object-type disease --method abc\n"
     "mechgraph hypotheses --method link --top 3 --json\n"},
    {"merge", cmd_merge, "merge graphs into one: nodes aligned by id, xref and name, edges kept with their origin",
     "merge GRAPH GRAPH... -o FILE",
     "Reads the graphs in order ('builtin' names the built-in graph) and writes them as one. Nodes\n"
     "are aligned by id, then by xref (an id that is another graph's xref value, or an xref in\n"
     "common), then by a name (id, label or synonym, normalised) that names one node of each\n"
     "graph; a merged node keeps the first graph's id and gains the others' ids and labels as\n"
     "synonyms. Every edge is kept, with its evidence and its origin (the file it came from).\n"
     "A graph without edges (a node table) adds types, labels and names to the nodes it aligns\n"
     "with. Prints what was aligned, the sign conflicts (+ in one graph, - in another for the same\n"
     "pair) and the other issues; on stderr when the graph goes to stdout. Every command merges\n"
     "when --graph is given more than once. See docs/merge.md.",
     merge_options, 2, -1,
     "mechgraph export --context IVDD -o ivdd.tsv && mechgraph merge builtin ivdd.tsv -o merged.json\n"
     "mechgraph merge builtin builtin --align id -o - --to sif\n"},
    {"studies", cmd_studies, "the studies the graph cites, with their edges, reviews, diseases and organisms",
     "studies [REF]",
     "Without REF, lists every reference: its first author and year, the edges whose evidence cites\n"
     "it, the reviews that read it, the diseases and organisms of that evidence, and its DOI; then a\n"
     "\u26A0 line for each caution on a citation and for each study whose findings carry some. With\n"
     "REF, shows that study and every edge it supports with its evidence. REF is a reference id, a\n"
     "DOI (with or without doi: or https://doi.org/), a first author and year ('Nong 2016') or the\n"
     "beginning of the citation; an unknown REF lists the closest ids (exit 1).",
     no_options, 0, 1,
     "mechgraph studies\n"
     "mechgraph studies 'Yuan 2017'\n"
     "mechgraph studies 10.1186/s13287-021-02362-1 --json\n"},
    {"compare", cmd_compare, "how A compares with B (or anything): the reviews' head-to-head findings", "compare A [B]",
     "Lists every comparison between A and B in either order, or between A and anything, grouped\n"
     "by aspect: A's direction (> greater, < less, \u2248 similar) as the review words it, the context\n"
     "(disease, model, organism, cells, system) and the citations (study, review, where, the\n"
     "sentence's wording). A record of B against A is shown from A's side, its direction inverted,\n"
     "with the record as written beside it. A's and B's subtypes (is_a) are included, marked so,\n"
     "unless --no-subtypes. Comparisons are not edges: path, effects, hubs and neighbors never\n"
     "walk them. A question that finds nothing names what there is (exit 1). See docs/compare.md.",
     compare_options, 1, 2,
     "mechgraph compare iMSC BM-MSC\n"
     "mechgraph compare iMSC-EV SMMSC-EV --json\n"
     "mechgraph compare IFN-gamma-iMSC-EV iMSC-EV --no-subtypes\n"},
    {"validate", cmd_validate, "check graph files and report every problem, located", "validate [FILE...]",
     "Checks JSON syntax (file:line:column), the mechgraph-1 schema (JSON path), unique ids,\n"
     "edge ends, node types, relations and references. Without FILE, checks the built-in graph.\n"
     "Exit status 0 when every file is valid, 1 otherwise.",
     no_options, 0, -1,
     "mechgraph validate\n"
     "mechgraph export -o - | mechgraph validate -\n"},
};

const size_t cli_command_count = sizeof cli_commands / sizeof *cli_commands;

/* hypotheses' node options before 0.2, which the --from FORMAT and --to FORMAT of other commands
 * contradicted (docs/hypotheses.md) */
const cli_alias cli_aliases[] = {
    {"hypotheses", "from", "subject", "0.2"},
    {"hypotheses", "from-type", "subject-type", "0.2"},
    {"hypotheses", "to", "object", "0.2"},
    {"hypotheses", "to-type", "object-type", "0.2"},
    {0},
};

const cli_alias *cli_find_alias(const cli_command *cmd, const char *name, size_t len)
{
    for (const cli_alias *a = cli_aliases; a->command; a++)
        if (strcmp(a->command, cmd->name) == 0 && strlen(a->old_name) == len && strncmp(a->old_name, name, len) == 0)
            return a;
    return NULL;
}

const cli_command *cli_find_command(const char *name)
{
    for (size_t i = 0; i < cli_command_count; i++)
        if (strcmp(cli_commands[i].name, name) == 0) return &cli_commands[i];
    return NULL;
}

int cli_command_position(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) return i + 1 < argc ? i + 1 : -1;
        if (a[0] != '-' || a[1] == '\0') return i;
        /* global options that take a value in the next word */
        if (strcmp(a, "-g") == 0) i++;
        for (const cli_option *o = cli_global_options; o->name; o++)
            if (o->arg && a[1] == '-' && strcmp(a + 2, o->name) == 0) i++;
    }
    return -1;
}
