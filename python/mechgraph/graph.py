"""Graph: a graph loaded once, and the command line's questions asked of it.

Every query runs the command line's own code in this process (libmechgraph-cli, mg_cli_run) on the
loaded graph and returns its --json answer parsed: the dictionaries are the CLI's JSON, documented
in docs/schemas/*.schema.json, equal to `mechgraph COMMAND ... --json` by construction.
"""

import json
import os
import tempfile
import warnings

from . import _native
from .errors import MechgraphError, OptionError, from_status, messages

# options a method sets itself, or that would leave the process (--timeout's timer)
_RESERVED = {"json", "jsonl", "graph", "output", "o", "timeout", "from", "columns", "graph_format", "help"}
# the selection (docs/selection.md): Graph.select's keywords
SELECTION = ("context", "organism", "system", "cell", "study", "review", "min_studies", "no_cautioned")
# reader options: load's keywords besides the selection (`from` is a Python keyword: format)
READER = {"format": "--from", "columns": "--columns"}
# the commands without the selection options: on a selected Graph they read its part as a graph
NO_SELECTION = {"show", "studies"}


class MechgraphWarning(UserWarning):
    """What the command line prints as "mechgraph: warning: ..." (a reader skipped a statement,
    a sign conflict between merged graphs)."""


def _words(value):
    if isinstance(value, (list, tuple, set, frozenset)):
        return ",".join(str(v) for v in value)
    return str(value)


def options_to_args(options, reserved=_RESERVED):
    """Keyword arguments as command-line options: max_len=3 -> --max-len 3; True -> a flag;
    False and None -> left out; a list -> comma-separated."""
    args = []
    for key, value in options.items():
        if key in reserved:
            raise OptionError(f"'{key}' is set by the method itself, not passed as an option", 2)
        if value is None or value is False:
            continue
        name = "--" + key.replace("_", "-")
        if value is True:
            args.append(name)
        else:
            args += [name, _words(value)]
    return args


def _warn(err):
    for line in messages(err):
        if line.startswith("warning: "):
            warnings.warn(line[len("warning: "):], MechgraphWarning, stacklevel=3)


def load(*paths, **reader_options):
    """Loads a graph: no path, the built-in one; one file in any format mechgraph reads (JSON,
    GraphML, Cytoscape.js, TSV, SIF, CSV, INDRA, SBML-qual, gzip-compressed or not; "builtin"
    names the built-in graph); several, merged as `mechgraph merge` does. Keywords: format
    (--from: json, graphml, cyjs, tsv, sif, csv, nodes, indra, sbml), columns (--columns
    "source=A,target=B,..."), and the selection's (context=..., organism=... as Graph.select).
    Raises DataError (a ValueError) with the located messages when a file does not read."""
    reader = {k: v for k, v in reader_options.items() if k in READER}
    criteria = {k: v for k, v in reader_options.items() if k in SELECTION}
    unknown = set(reader_options) - set(reader) - set(criteria)
    if unknown:
        raise OptionError(f"load() takes no option {', '.join(sorted(unknown))}; it takes "
                          f"{', '.join(list(READER) + list(SELECTION))}", 2)
    args = []
    for path in paths:
        args += ["--graph", os.fspath(path)]
    for key, value in reader.items():
        if value is not None:
            args += [READER[key], str(value)]
    status, handle, err = _native.load(args)
    if status:
        raise from_status(status, err)
    _warn(err)
    graph = Graph(handle)
    return graph.select(**criteria) if criteria else graph


class Graph:
    """A loaded graph. Cheap queries, no reloading: every method runs on the graph in memory.
    Graphs never change; select() makes a new one. Safe to share between threads."""

    def __init__(self, handle, whole=None, criteria=None):
        if not handle:
            raise MechgraphError("no graph")
        self._handle = handle
        self._whole = whole  # the Graph this one was selected from (kept alive), or None
        self._criteria = dict(criteria or {})

    def __del__(self):
        handle, self._handle = getattr(self, "_handle", None), None
        if handle:
            try:
                _native.free(handle)
            except Exception:  # the interpreter is shutting down
                pass

    def __repr__(self):
        n, m = _native.counts(self._handle)
        sel = f", selection {self._criteria}" if self._criteria else ""
        return f"<mechgraph.Graph: {n} nodes, {m} edges{sel}>"

    # ---- running commands ----

    def _selection_args(self):
        return options_to_args(self._criteria, reserved=())

    def _command(self, words, options=None, positional=()):
        """Runs `mechgraph WORDS OPTIONS [selection] -- POSITIONAL` on this graph: (stdout, stderr).
        Names go after "--", so that one beginning with "-" is still a name."""
        args = list(words) + options_to_args(options or {})
        if words[0] == "compare":
            # compare's --context is its own (docs/compare.md): the graph's disease selection is
            # made already, and its --context would override the caller's
            args += options_to_args({k: v for k, v in self._criteria.items() if k != "context"}, reserved=())
        elif words[0] not in NO_SELECTION:
            args += self._selection_args()
        if positional:
            args += ["--"] + [_words(p) for p in positional]
        whole = self._whole._handle if self._whole is not None else None
        status, out, err = _native.run(args, self._handle, whole)
        if status:
            raise from_status(status, err)
        _warn(err)
        return out, err

    def _json(self, command, options=None, positional=()):
        out, _ = self._command([command, "--json"], options, positional)
        return json.loads(out)

    # ---- the graph ----

    def number_of_nodes(self):
        return _native.counts(self._handle)[0]

    def number_of_edges(self):
        return _native.counts(self._handle)[1]

    def info(self, **options):
        """`mechgraph info --json`: counts by type and relation, components, density."""
        return self._json("info", options)

    def node(self, name):
        """`mechgraph show NAME --json`: a node, its names and xrefs, its edges in and out with their
        evidence. NAME as the command line reads it (ids, labels, synonyms, normalised)."""
        return self._json("show", positional=[name])

    def nodes(self, type=None, match=None, **options):
        """`mechgraph nodes --json`: the nodes, of these types (a list or "a,b"), matching a text."""
        return self._json("nodes", dict(type=type, match=match, **options))

    def studies(self, ref=None, **options):
        """`mechgraph studies --json`, or `studies REF --json` for one study."""
        return self._json("studies", options, [ref] if ref is not None else [])

    # ---- questions ----

    def paths(self, source, target, **options):
        """`mechgraph path SOURCE TARGET --json`; SOURCE and TARGET are names or lists of names.
        Options as the command's: max_len, min_len, shortest, k, weighted, sign, via, avoid,
        relation, types, coherent, limit, budget ..."""
        return self._json("path", options, [source, target])

    def compare(self, a, b=None, **options):
        """`mechgraph compare A [B] --json`: the comparisons between A and B (or A and anything),
        grouped by aspect, seen from A's side (docs/compare.md). Options: aspect=, context= (the
        evidence's disease, model, organism, cells or system), no_subtypes=True, and the selection's
        organism=, study=, review= ... A question that finds nothing raises DataError naming what
        there is."""
        return self._json("compare", options, [a] if b is None else [a, b])

    def effects(self, nodes, **options):
        """`mechgraph effects NODES --json`: what NODES influence (upstream=True: what influences
        them), with the net sign."""
        return self._json("effects", options, [nodes])

    def neighbors(self, nodes, **options):
        """`mechgraph neighbors NODES --json`: the neighbourhood (depth, direction, relation, sign, type)."""
        return self._json("neighbors", options, [nodes])

    def hubs(self, metric=None, top=None, **options):
        """`mechgraph hubs --json`: nodes ranked by a centrality metric (default consensus)."""
        return self._json("hubs", dict(metric=metric, top=top, **options))

    def hypotheses(self, top=None, **options):
        """`mechgraph hypotheses --json`: ranked candidates (method, subject, object, ...); with
        evaluate=True or calibrate=True, those answers."""
        return self._json("hypotheses", dict(top=top, **options))

    def render(self, path, between=None, **options):
        """`mechgraph render -o PATH`: DOT, SVG, PNG, PDF or an HTML page (by the extension, or
        format=...). between=(FROM, TO) draws the paths between them (render --path FROM TO);
        focus=, depth=, hubs= as the command's options. Returns the path."""
        words, positional = ["render", "-o", os.fspath(path)], []
        if between is not None:
            words.append("--path")
            positional = list(between)
        self._command(words, options, positional)
        return path

    def export(self, path=None, to=None, **options):
        """`mechgraph export -o PATH`: json, graphml, cyjs, sif, sif-signed, tsv, neo4j, dot or
        sbml-qual (to=..., or by the extension). Without a path, returns the text (to= needed
        unless json)."""
        if path is not None:
            self._command(["export", "-o", os.fspath(path)], dict(to=to, **options))
            return path
        to = to or "json"
        with tempfile.TemporaryDirectory(prefix="mechgraph-") as tmp:
            out = os.path.join(tmp, "graph." + ("txt" if to != "json" else "json"))
            self._command(["export", "-o", out], dict(to=to, **options))
            with open(out, encoding="utf-8") as f:
                return f.read()

    def select(self, **criteria):
        """The selection of the command line (docs/selection.md) as a new Graph: context,
        organism, system, cell, study, review, min_studies, no_cautioned. Its answers say
        "selection" as `mechgraph ... --context X --json` does. Raises DataError when a value
        matches nothing (listing the graph's values) or nothing is left."""
        unknown = set(criteria) - set(SELECTION)
        if unknown:
            raise OptionError(f"select() takes no option {', '.join(sorted(unknown))}; it takes {', '.join(SELECTION)}", 2)
        if self._whole is not None:  # a selection of a selection: both criteria, on the whole graph
            return self._whole.select(**{**self._criteria, **criteria})
        criteria = {k: v for k, v in criteria.items() if v is not None and v is not False}
        if not criteria:
            return self
        status, handle, err = _native.load(options_to_args(criteria, reserved=()), base=self._handle)
        if status:
            raise from_status(status, err)
        return Graph(handle, whole=self, criteria=criteria)

    # ---- networkx and pandas ----

    def to_json(self):
        """The graph as mechgraph-1 JSON (docs/format.md), parsed."""
        return json.loads(self.export(to="json"))

    def to_networkx(self):
        """A networkx.MultiDiGraph: nodes with type, label, xrefs (and synonyms, note); edges keyed
        by their position, with relation, sign (-1, 0, 1 or "structural"), evidence (the
        mechgraph-1 records: ref, review, where, organism ...), and note, weight, origin where set;
        the references, name and description in G.graph."""
        from ._convert import to_networkx
        return to_networkx(self.to_json())

    def to_pandas(self):
        """(nodes, edges) as pandas DataFrames: one row per node (id, type, label ...), one per edge
        (source, target, relation, sign, studies, evidence ...). Needs pandas."""
        from ._convert import to_pandas
        return to_pandas(self.to_json())


def from_networkx(G, name=None):
    """A Graph from a networkx graph: node keys are ids; type (default "entity"), label, synonyms,
    xrefs, note from node attributes; relation (default "associated_with"), evidence, note,
    weight from edge attributes (sign is the relation's). Read by mechgraph's JSON reader, so a
    bad value raises DataError with its location."""
    from ._convert import networkx_to_json
    data = networkx_to_json(G, name)
    with tempfile.TemporaryDirectory(prefix="mechgraph-") as tmp:
        path = os.path.join(tmp, "networkx.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f)
        return load(path, format="json")
