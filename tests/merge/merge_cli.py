#!/usr/bin/python3
"""`mechgraph merge` end to end on the fixtures tests/data/merge_*.json: the --json report (counts,
alignments, the sign conflict, issues), the merged graph valid against the JSON Schema with an
origin on every edge, origins kept through a merge of a merge, the origin in GraphML and
Cytoscape.js (read by networkx), pictures of a merged graph, and an existing output left
untouched when a merge fails.

usage: merge_cli.py MECHGRAPH DATA_DIR REPO_ROOT
"""
import json
import os
import subprocess
import sys
import tempfile

import jsonschema
import networkx as nx

MECHGRAPH, DATA, ROOT = sys.argv[1], sys.argv[2], sys.argv[3]
failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)
        print("FAIL:", msg)


def run(args, expect=0):
    out = subprocess.run([MECHGRAPH] + args, capture_output=True, text=True, cwd=DATA)
    check(out.returncode == expect, f"{' '.join(args)}: exit {out.returncode}, expected {expect}: {out.stderr.strip()[:300]}")
    return out


tmp = tempfile.mkdtemp()
merged = os.path.join(tmp, "m.json")

# the report
out = run(["merge", "merge_a.json", "merge_b.json", "merge_nodes.json", "-o", merged, "--json"])
rep = json.loads(out.stdout)
check(rep["aligned"] == {"id": 4, "xref": 3, "name": 1}, f"aligned {rep['aligned']}")
check(rep["left_out"] == 1 and rep["nodes"] == 12 and rep["edges"] == 11, "counts")
check(rep["inputs"] == ["merge_a.json", "merge_b.json", "merge_nodes.json"], "inputs")
xref = [a for a in rep["alignments"] if a["rule"] == "xref" and a["node"] == "SPHK1"]
check(len(xref) == 1 and xref[0]["other_id"] == "Gene::8877" and xref[0]["key"] == "hetionet:Gene::8877"
      and xref[0]["input"] == "merge_a.json" and xref[0]["other_input"] == "merge_b.json", f"SPHK1 alignment {xref}")
name = [a for a in rep["alignments"] if a["rule"] == "name"]
check(len(name) == 1 and name[0]["node"] == "angiogenesis" and name[0]["other_id"] == "Angiogenesis", f"name {name}")
sc = rep["sign_conflicts"]
check(len(sc) == 1 and sc[0]["source"] == "SP1" and sc[0]["target"] == "SPHK1"
      and sc[0]["positive"] == {"relation": "upregulates", "origin": "merge_a.json"}
      and sc[0]["negative"] == {"relation": "inhibits", "origin": "merge_b.json"}, f"sign conflicts {sc}")
kinds = sorted(i["kind"] for i in rep["issues"])
check(kinds == ["ambiguous", "renamed", "renamed", "type", "type", "xref"], f"issues {kinds}")
check(all(i["message"] for i in rep["issues"]), "issue messages")

# the merged graph: valid, every edge with its origin, the Hetionet id a synonym of SPHK1
g = json.load(open(merged))
schema = json.load(open(os.path.join(ROOT, "docs", "mechgraph-1.schema.json")))
try:
    jsonschema.validate(g, schema)
except jsonschema.ValidationError as e:
    check(False, f"schema: {e.message}")
check(all(e.get("origin") in ("merge_a.json", "merge_b.json") for e in g["edges"]), "origins")
sphk1 = next(n for n in g["nodes"] if n["id"] == "SPHK1")
check("Gene::8877" in sphk1.get("synonyms", []), "SPHK1 synonyms")
fixture1 = next(n for n in g["nodes"] if n["id"] == "Gene::fixture1")
check(fixture1["type"] == "gene" and fixture1.get("label") == "fixture gene 1", f"typed from the node table: {fixture1}")
run(["validate", merged])

# a merge of a merge keeps the origins; merge_a.json twice is said
out = run(["merge", merged, "merge_a.json", "-o", os.path.join(tmp, "m2.json"), "--json"])
rep2 = json.loads(out.stdout)
check([i["kind"] for i in rep2["issues"]].count("duplicate") == 1, "duplicate origin reported")
g2 = json.load(open(os.path.join(tmp, "m2.json")))
origins = [e["origin"] for e in g2["edges"]]
check(origins.count("merge_a.json") == 10 and origins.count("merge_b.json") == 6, f"origins after a second merge: {origins}")

# the origin in the formats with a place for it
run(["merge", "merge_a.json", "merge_b.json", "-o", os.path.join(tmp, "m.graphml")])
gml = nx.read_graphml(os.path.join(tmp, "m.graphml"))
check(sorted({d.get("origin") for _, _, d in gml.edges(data=True)}) == ["merge_a.json", "merge_b.json"], "graphml origin")
run(["merge", "merge_a.json", "merge_b.json", "-o", os.path.join(tmp, "m.cyjs")])
cy = nx.cytoscape_graph(json.load(open(os.path.join(tmp, "m.cyjs"))))
check(sorted({d.get("origin") for _, _, d in cy.edges(data=True)}) == ["merge_a.json", "merge_b.json"], "cyjs origin")
run(["export", "--graph", "merge_a.json", "-o", os.path.join(tmp, "a.graphml")])
check("origin" not in open(os.path.join(tmp, "a.graphml")).read(), "one file's GraphML has no origin key")

# pictures of a merged graph
svg = os.path.join(tmp, "p.svg")
run(["render", "--path", "SP1", "Gene::fixture1", "--graph", "merge_a.json", "--graph", "merge_b.json", "-o", svg])
check(os.path.exists(svg) and "<svg" in open(svg).read(), "render on a merged graph")

# a failed merge leaves the output as it was
before = open(merged).read()
run(["merge", "merge_a.json", "missing.json", "-o", merged], expect=1)
check(open(merged).read() == before, "a failed merge changed its output")

print("\n".join(failures) if failures else "merge: every check passed")
sys.exit(1 if failures else 0)
