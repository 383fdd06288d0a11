#!/usr/bin/python3
"""The curated graph merged with Hetionet's edges (the 765,796-edge subset): SPHK1 is aligned with
Gene::8877 by its hetionet xref, and a path from a curated node reaches a Hetionet-only node
through it. Skipped (exit 77) without ../shared/data/hetionet-v1.0/ beside the repository.

usage: hetionet.py MECHGRAPH
"""
import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

MECHGRAPH = sys.argv[1]
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hetionet_data import EDGES, require  # noqa: E402

require(EDGES)
failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)
        print("FAIL:", msg)


def run(args, expect=0):
    out = subprocess.run([MECHGRAPH] + args, capture_output=True, text=True)
    check(out.returncode == expect, f"{' '.join(args)}: exit {out.returncode}, expected {expect}: {out.stderr.strip()[:300]}")
    return out


MERGED = ["--graph", "builtin", "--graph", str(EDGES)]

# a Hetionet-only target of SPHK1 (Gene::8877): the first in the file that the curated graph lacks
targets = []
with gzip.open(EDGES, "rt") as f:
    for line in f:
        s, _, t = line.rstrip("\n").split("\t")
        if s == "Gene::8877":
            targets.append(t)
target = next(t for t in targets if subprocess.run([MECHGRAPH, "show", t], capture_output=True).returncode == 1)

# the report: SPHK1 = Gene::8877 by xref, and the counts add up
tmp = tempfile.mkdtemp()
out = run(["merge", "builtin", str(EDGES), "-o", os.path.join(tmp, "m.tsv"), "--json"])
rep = json.loads(out.stdout)
al = [a for a in rep["alignments"] if a["node"] == "SPHK1"]
check(len(al) == 1 and al[0]["rule"] == "xref" and al[0]["other_id"] == "Gene::8877", f"SPHK1 alignment: {al}")
aligned = sum(rep["aligned"].values())
# the curated graph's own counts, read from it: curation adds and removes nodes and edges
curated = json.loads((Path(__file__).resolve().parents[2] / "graphs" / "imsc_ev.json").read_text())
check(rep["nodes"] == len(curated["nodes"]) + 20829 - aligned, f"{rep['nodes']} nodes, {aligned} aligned")
check(rep["edges"] == len(curated["edges"]) + 765796, f"{rep['edges']} edges")
with open(os.path.join(tmp, "m.tsv")) as f:
    header = f.readline().rstrip("\n").split("\t")
    origins = {line.rstrip("\n").split("\t")[header.index("origin")] for line in f}
check(origins == {"imsc_ev.json (built-in)", str(EDGES)}, f"origins {origins}")

# the Hetionet id finds the curated node, with edges from both graphs
show = json.loads(run(["show", "Gene::8877", "--json"] + MERGED).stdout)
check(show["id"] == "SPHK1" and "Gene::8877" in show["synonyms"], "Gene::8877 names SPHK1")
check({e["origin"] for e in show["in"] + show["out"]} == {"imsc_ev.json (built-in)", str(EDGES)}, "SPHK1's edges")

# from a curated node to a Hetionet-only node, through SPHK1
paths = json.loads(run(["path", "SP1", target, "--max-len", "2", "--json"] + MERGED).stdout)["paths"]
check(["SP1", "SPHK1", target] in [p["nodes"] for p in paths], f"SP1 -> SPHK1 -> {target}: {paths[:3]}")

# hubs on the merged graph
hubs = json.loads(run(["hubs", "--metric", "pagerank", "--top", "10", "--json"] + MERGED).stdout)
check(len(hubs["nodes"]) == 10, "ten hubs")

print("\n".join(failures) if failures else f"curated + Hetionet: SPHK1 = Gene::8877, SP1 reaches {target}")
sys.exit(1 if failures else 0)
