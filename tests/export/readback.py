#!/usr/bin/python3
"""`mechgraph export` read back by independent readers: GraphML by networkx's read_graphml,
Cytoscape.js JSON by networkx's cytoscape_graph, Neo4j's CSVs by Python's csv module, and
mechgraph JSON, SIF and TSV by mechgraph itself. Counts and attributes (type, label, relation,
sign, weight, evidence count, references) are compared with the source graph. DOT is read back
by cgraph in tests/unit/test_render.c (the same writer).

usage: readback.py MECHGRAPH GRAPH_JSON
"""
import csv
import json
import os
import subprocess
import sys
import tempfile

import networkx as nx

MECHGRAPH, SOURCE = sys.argv[1], sys.argv[2]
failures = []
SIGN = {"inhibits": -1, "downregulates": -1, "decreases": -1, "alleviates": -1, "regulates": 0, "associated_with": 0,
        "is_a": 0, "part_of": 0, "derived_from": 0}


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def run(args, expect=0):
    out = subprocess.run([MECHGRAPH] + args, capture_output=True, text=True)
    if out.returncode != expect:
        fail(f"{' '.join(args)}: exit {out.returncode}: {out.stderr.strip()[:300]}")
    return out


src = json.load(open(SOURCE))
nodes = {n["id"]: n for n in src["nodes"]}
edges = src["edges"]
tmp = tempfile.mkdtemp()


def refs_of(e):
    seen = []
    for x in e.get("evidence", []):
        if x["ref"] not in seen:
            seen.append(x["ref"])
    return seen


def check_edges(label, got):
    """got: list of (source, target, attributes) in file order"""
    if len(got) != len(edges):
        fail(f"{label}: {len(got)} edges, expected {len(edges)}")
        return
    for e, (s, t, a) in zip(edges, got):
        want = {"relation": e["relation"], "sign": SIGN.get(e["relation"], 1), "evidence_count": len(e.get("evidence", []))}
        have = {"relation": a.get("relation"), "sign": int(a.get("sign")), "evidence_count": int(a.get("evidence_count"))}
        if (s, t) != (e["source"], e["target"]) or have != want:
            fail(f"{label}: edge {e['source']} -> {e['target']}: {(s, t, have)} vs {want}")
            return
        if "|".join(refs_of(e)) != (a.get("references") or ""):
            fail(f"{label}: references of {s} -> {t}: {a.get('references')!r} vs {refs_of(e)}")
            return


# GraphML through networkx
path = os.path.join(tmp, "g.graphml")
run(["export", "-o", path])
G = nx.read_graphml(path)
if G.number_of_nodes() != len(nodes):
    fail(f"graphml: {G.number_of_nodes()} nodes, expected {len(nodes)}")
for v, a in G.nodes(data=True):
    if a.get("type") != nodes[v]["type"] or a.get("label") != nodes[v].get("label", v):
        fail(f"graphml: node {v}: {a}")
        break
# GraphML edge ids are e0, e1 ...: file order
check_edges("graphml", [(s, t, a) for s, t, k, a in sorted(G.edges(keys=True, data=True), key=lambda x: int(x[2][1:]))])

# Cytoscape.js JSON through networkx
path = os.path.join(tmp, "g.cyjs")
run(["export", "-o", path])
C = nx.cytoscape_graph(json.load(open(path)))
if C.number_of_nodes() != len(nodes) or not C.is_directed() or not C.is_multigraph():
    fail(f"cyjs: {C.number_of_nodes()} nodes, directed {C.is_directed()}, multigraph {C.is_multigraph()}")
for v, a in C.nodes(data=True):
    if a.get("type") != nodes[v]["type"] or a.get("name") != nodes[v].get("label", v):
        fail(f"cyjs: node {v}: {a}")
        break
check_edges("cyjs", [(s, t, a) for s, t, k, a in sorted(C.edges(keys=True, data=True), key=lambda x: x[2])])

# Neo4j CSVs through the csv module
d = os.path.join(tmp, "neo4j")
run(["export", "--to", "neo4j", "-o", d])
with open(os.path.join(d, "nodes.csv"), newline="") as f:
    rows = list(csv.reader(f))
if rows[0] != ["id:ID", "label", "type", "synonyms:string[]", "xrefs:string[]", "note", ":LABEL"] or len(rows) - 1 != len(nodes):
    fail(f"neo4j nodes.csv: header {rows[0]}, {len(rows) - 1} rows")
for r in rows[1:]:
    n = nodes[r[0]]
    if r[2] != n["type"] or r[3] != ";".join(n.get("synonyms", [])) or r[6] != "Entity;" + n["type"].capitalize():
        fail(f"neo4j nodes.csv: row {r}")
        break
with open(os.path.join(d, "edges.csv"), newline="") as f:
    rows = list(csv.DictReader(f))
check_edges("neo4j", [(r[":START_ID"], r[":END_ID"], {"relation": r[":TYPE"].lower(), "sign": r["sign:int"],
                                                       "evidence_count": r["evidence_count:int"],
                                                       "references": r["references:string[]"].replace(";", "|")})
                      for r in rows])

# mechgraph JSON, SIF and TSV through mechgraph
info = json.loads(run(["info", "--json"]).stdout)
for fmt in ("json", "sif", "tsv"):
    path = os.path.join(tmp, "g." + fmt)
    run(["export", "-o", path])
    back = json.loads(run(["info", "--json", "--graph", path]).stdout)
    keys = ["edges", "relations"] + (["nodes", "references", "node_types"] if fmt == "json" else [])
    for k in keys:
        if k not in info or back.get(k) != info.get(k):
            fail(f"{fmt}: {k} differs after the round trip: {str(back.get(k))[:200]} vs {str(info.get(k))[:200]}")

# nothing half-written: a failed export leaves the old file
keep = os.path.join(tmp, "keep.graphml")
open(keep, "w").write("old")
run(["export", "-o", keep, "--graph", "/no/such/file.json"], expect=1)
run(["export", "-o", os.path.join(tmp, "no", "dir.graphml")], expect=1)
run(["export", "-o", os.path.join(tmp, "x.unknown")], expect=2)
if open(keep).read() != "old":
    fail("a failed export changed the existing file")

print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
