#!/usr/bin/python3
"""The SIF, signed SIF and Neo4j exports read by their consumers' own rules, written here from
those tools' documentation (no consumer runs in the test):

- Cytoscape's SIF reader (Cytoscape manual, "Supported Network File Formats", SIF): no header; a
  file holding any tab is split by tabs only (spaces belong to names), else by runs of spaces;
  a line of one name is a node, a line "source type target [target ...]" is one edge per
  target; an edge listed twice with the same type is one edge. The nodes and edges read must be
  exactly the graph's (its distinct source-relation-target triples).
- CellNOpt's readSIF / CARNIVAL's prior knowledge network: three columns, the middle one 1
  (activation) or -1 (inhibition) and nothing else. Read as CARNIVAL reads its table (tab-
  separated, so names keep their spaces), it must give exactly the graph's signed edges.
- neo4j-admin database import's header rules (Neo4j operations manual, "Import", CSV header
  format): nodes have one :ID column and a :LABEL column; relationships :START_ID, :END_ID and
  :TYPE; every other column is name or name:type, type among the importer's (int, long, float,
  double, boolean, byte, short, char, string, point, date ... and arrays as type[]); names unique.

usage: consumers.py MECHGRAPH DATA_DIR CURATED_GRAPH_JSON
"""
import csv
import json
import os
import subprocess
import sys
import tempfile

MECHGRAPH, DATA, CURATED = sys.argv[1], sys.argv[2], sys.argv[3]
failures = []
tmp = tempfile.mkdtemp()
SIGN = {"inhibits": -1, "downregulates": -1, "decreases": -1, "alleviates": -1, "regulates": 0, "associated_with": 0,
        "is_a": 0, "part_of": 0, "derived_from": 0}
NEO4J_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
               "localtime", "time", "localdatetime", "datetime", "duration"}


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def run(args):
    out = subprocess.run([MECHGRAPH] + args, capture_output=True, text=True)
    if out.returncode:
        fail(f"{' '.join(args)}: exit {out.returncode}: {out.stderr.strip()[:300]}")
    return out


def cell(s):
    """What a SIF cell holds of a name: tab, LF and CR become spaces (docs/export.md)."""
    return "".join(" " if c in "\t\n\r" else c for c in s)


def cytoscape_sif(text):
    """Cytoscape's reader: (nodes, edges as a set of (source, type, target))."""
    tabs = "\t" in text
    nodes, edges = set(), set()
    for number, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        fields = line.split("\t") if tabs else line.split()
        if len(fields) == 2:
            fail(f"SIF line {number}: two fields, which Cytoscape cannot read: {line!r}")
            continue
        nodes.add(fields[0])
        for target in fields[2:]:
            nodes.add(target)
            edges.add((fields[0], fields[1], target))
    return nodes, edges


def check_sif(label, graph_file):
    g = json.loads(run(["export", "--graph", graph_file, "-o", "-", "--to", "json"]).stdout or "{}")
    text = run(["export", "--graph", graph_file, "-o", "-", "--to", "sif"]).stdout
    nodes, edges = cytoscape_sif(text)
    want_nodes = {cell(n["id"]) for n in g.get("nodes", [])}
    want_edges = {(cell(e["source"]), e["relation"], cell(e["target"])) for e in g.get("edges", [])}
    if nodes != want_nodes:
        fail(f"{label}: SIF nodes differ: extra {sorted(nodes - want_nodes)[:5]}, missing {sorted(want_nodes - nodes)[:5]}")
    if edges != want_edges:
        fail(f"{label}: SIF edges differ: extra {sorted(edges - want_edges)[:5]}, missing {sorted(want_edges - edges)[:5]}")
    # the signed SIF, as CARNIVAL reads its prior knowledge network
    text = run(["export", "--graph", graph_file, "-o", "-", "--to", "sif-signed"]).stdout
    got = []
    for number, line in enumerate(text.splitlines(), 1):
        fields = line.split("\t")
        if len(fields) != 3 or fields[1] not in ("1", "-1"):
            fail(f"{label}: signed SIF line {number} is not 'A<TAB>1|-1<TAB>B': {line!r}")
            continue
        got.append((fields[0], int(fields[1]), fields[2]))
    want = [(cell(e["source"]), SIGN.get(e["relation"], 1), cell(e["target"])) for e in g.get("edges", [])
            if SIGN.get(e["relation"], 1)]
    if got != want:
        fail(f"{label}: signed SIF: {len(got)} edges, expected {len(want)}; first difference "
             f"{next(((a, b) for a, b in zip(got, want) if a != b), None)}")
    print(f"{label}: SIF {len(nodes)} nodes and {len(edges)} edges, signed SIF {len(got)} edges")


def check_neo4j_header(label, header, nodes_file):
    names = []
    for column in header:
        name, _, kind = column.partition(":")
        if kind in ("ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE"):
            names.append(":" + kind if not name else name)
            continue
        if kind and kind.removesuffix("[]").lower() not in NEO4J_TYPES:
            fail(f"{label}: column {column!r}: unknown type {kind!r}")
        if not name:
            fail(f"{label}: column {column!r} has no name")
        names.append(name)
    kinds = [c.partition(":")[2] for c in header]
    if len(set(names)) != len(names):
        fail(f"{label}: names repeated in {header}")
    need = ["ID", "LABEL"] if nodes_file else ["START_ID", "END_ID", "TYPE"]
    for k in need:
        if kinds.count(k) != 1:
            fail(f"{label}: expected one :{k} column, found {kinds.count(k)}")


def check_neo4j(label, graph_file):
    d = os.path.join(tmp, "neo4j-" + label)
    run(["export", "--graph", graph_file, "--to", "neo4j", "-o", d])
    for name, is_nodes in (("nodes.csv", True), ("edges.csv", False)):
        with open(os.path.join(d, name), newline="", encoding="utf-8") as f:
            check_neo4j_header(f"{label} {name}", next(csv.reader(f)), is_nodes)


check_sif("curated", CURATED)
for name in ("nasty.json", "inject.json", "good.sif", "pc_extended.sif", "signed.tsv"):
    check_sif(name, os.path.join(DATA, name))
    check_neo4j(name, os.path.join(DATA, name))
check_neo4j("curated", CURATED)
print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
