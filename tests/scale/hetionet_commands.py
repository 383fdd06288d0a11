#!/usr/bin/python3
"""Issue 7's scale check: `path`, `hubs` and `render` on the Hetionet subset (its edges and its
node table, read as published: gzip, CRLF) and on the curated graph merged with it. Checks what
each answers, not how fast (scripts/bench.sh times them). Skipped (exit 77) without
../shared/data/hetionet-v1.0/ beside the repository.

usage: hetionet_commands.py MECHGRAPH
"""
import json
import subprocess
import sys
import tempfile
import xml.dom.minidom
from pathlib import Path

MECHGRAPH = sys.argv[1]
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hetionet_data import EDGES, NODES, require  # noqa: E402

require(EDGES, NODES)
HETIONET = ["--graph", str(EDGES), "--graph", str(NODES)]
MERGED = ["--graph", "builtin"] + HETIONET
failures = []


def check(cond, msg):
    print(("ok   " if cond else "FAIL ") + msg)
    if not cond:
        failures.append(msg)


def run(*args, status=0):
    p = subprocess.run([MECHGRAPH, *args], capture_output=True, text=True)
    if p.returncode != status:
        print(p.stderr)
    check(p.returncode == status, f"exit {p.returncode} (expected {status}): mechgraph {' '.join(args[:4])} ...")
    return p


# Hetionet alone: the node table types the nodes, the metaedges give relations and signs
info = json.loads(run("info", "--json", *HETIONET).stdout)
check(info["nodes"] == 20829 and info["edges"] == 765796, f"hetionet: {info['nodes']} nodes, {info['edges']} edges")
check(info["node_types"].get("gene", 0) > 18000, "hetionet: genes typed by the node table")
check(info["relations"].get("upregulates", 0) > 100000, "hetionet: up/downregulation metaedges keep their sign")

# path: metformin (Compound::DB00331) to STAT3 (Gene::6774), the benchmark's query, shortest and signed
p = json.loads(run("path", "Compound::DB00331", "Gene::6774", "--shortest", "--json", *HETIONET).stdout)
check(p["count"] > 0 and all(x["length"] == p["paths"][0]["length"] for x in p["paths"]), f"hetionet: {p['count']} shortest paths")
p = json.loads(run("path", "metformin", "STAT3", "--shortest", "--json", *HETIONET).stdout)
check(p["count"] == 3, "hetionet: the same paths with the ends named by their Hetionet names")

# hubs: PageRank (exact) and the default consensus, sampled on a graph this size
h = json.loads(run("hubs", "--metric", "pagerank", "--top", "3", "--json", *HETIONET).stdout)
check(h["nodes"][0]["id"] == "Gene::7316", "hetionet: PageRank's top node is UBC (Gene::7316)")
r = run("hubs", "--top", "3", "--json", *HETIONET)
check("sampled sources" in r.stderr and json.loads(r.stdout)["approximate"], "hetionet: the consensus says it sampled")

with tempfile.TemporaryDirectory() as tmp:
    # render: a neighbourhood draws; the whole graph is refused with a message, not laid out for hours
    svg = Path(tmp) / "sphk1.svg"
    run("render", "--focus", "SPHK1", "-o", str(svg), *HETIONET)
    check(svg.exists() and xml.dom.minidom.parse(str(svg)).documentElement.tagName == "svg", "hetionet: render --focus SPHK1")
    r = run("render", "-o", str(Path(tmp) / "all.svg"), *HETIONET, status=1)
    check("more than a picture can show" in r.stderr and not (Path(tmp) / "all.svg").exists(),
          "hetionet: the whole graph is refused, nothing written")

    # merged with the curated graph: SPHK1 = Gene::8877; a curated source reaches a Hetionet disease
    p = json.loads(run("path", "iMSC-EV", "Disease::DOID:9352", "--shortest", "--json", *MERGED).stdout)
    check(p["count"] > 0, "merged: iMSC-EV reaches type 2 diabetes (Disease::DOID:9352)")
    p = json.loads(run("path", "iMSC-EV", "Gene::8877", "--shortest", "--sign", "+", "--json", *MERGED).stdout)
    check(p["count"] > 0, "merged: a signed search reaches SPHK1 by its Hetionet id")
    s = run("show", "Gene::8877", *MERGED).stdout
    check("SPHK1" in s, "merged: Gene::8877 is the curated SPHK1")
    h = json.loads(run("hubs", "--metric", "pagerank", "--top", "5", "--json", *MERGED).stdout)
    check(len(h["nodes"]) == 5, "merged: PageRank hubs")
    html = Path(tmp) / "path.html"
    run("render", "--path", "iMSC-EV", "Disease::DOID:9352", "--shortest", "-o", str(html), *MERGED)
    text = html.read_text() if html.exists() else ""
    check("<svg" in text and "iMSC-EV" in text, "merged: render --path as an HTML page")

print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
