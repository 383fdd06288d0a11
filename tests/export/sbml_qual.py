#!/usr/bin/python3
"""The SBML-qual export checked by libSBML itself (Debian's python3-sbml5) and read back.

For the curated graph and the INDRA sample (tests/data/indra_statements.json):
- libSBML reads the export and its checkConsistency finds no error (warnings about units, which
  a qualitative model has none of, are not errors);
- libSBML's view of it is the graph: one qualitative species per node, named by its label; one
  transition per edge, in order, its input the source, its output the target, its input's sign
  the relation's (positive, negative, unknown), its isDescribedBy annotations the PubMed ids or
  DOIs of the studies the edge cites;
- mechgraph reads the export back into the same signed graph: the same nodes (labels, xrefs) and
  the same edges in order (ends, relation, studies by PubMed id or DOI).

usage: sbml_qual.py MECHGRAPH DATA_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

try:
    import libsbml
except ImportError:
    print("libSBML's Python bindings (python3-sbml5) are not installed: skipped")
    sys.exit(77)

MECHGRAPH, DATA = sys.argv[1], sys.argv[2]
tmp = tempfile.mkdtemp()
failures = []
SIGN = {"inhibits": -1, "downregulates": -1, "decreases": -1, "alleviates": -1, "regulates": 0, "associated_with": 0,
        "is_a": 0, "part_of": 0, "derived_from": 0}
SBML_SIGN = {1: libsbml.INPUT_SIGN_POSITIVE, -1: libsbml.INPUT_SIGN_NEGATIVE, 0: libsbml.INPUT_SIGN_UNKNOWN}


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def run(*args):
    return subprocess.run([MECHGRAPH, *args], capture_output=True, text=True, check=True).stdout


def as_json(*graph):
    return json.loads(run("export", "-o", "-", "--to", "json", *graph))


def studies(graph, edge):
    refs = {r["id"]: r for r in graph.get("references", [])}
    out = set()
    for ev in edge.get("evidence", []):
        r = refs[ev["ref"]]
        if r.get("pmid"):
            out.add("pubmed:" + r["pmid"])
        elif r.get("doi"):
            out.add("doi:" + r["doi"])
    return out


def check(name, graph_args):
    src = as_json(*graph_args)
    path = os.path.join(tmp, name + ".sbml")
    run("export", "-o", path, *graph_args)
    doc = libsbml.readSBMLFromFile(path)
    doc.checkConsistency()
    errors = [doc.getError(i) for i in range(doc.getNumErrors()) if doc.getError(i).getSeverity() >= libsbml.LIBSBML_SEV_ERROR]
    for e in errors[:5]:
        fail(f"{name}: libSBML: line {e.getLine()}: {e.getMessage().strip()[:300]}")
    qual = doc.getModel().getPlugin("qual")
    nodes, edges = src["nodes"], src["edges"]
    label = {n["id"]: n.get("label", n["id"]) for n in nodes}
    species = {qual.getQualitativeSpecies(i).getId(): qual.getQualitativeSpecies(i).getName()
               for i in range(qual.getNumQualitativeSpecies())}
    if sorted(species.values()) != sorted(label.values()):
        fail(f"{name}: the species' names are not the nodes' labels")
    if qual.getNumTransitions() != len(edges):
        fail(f"{name}: {qual.getNumTransitions()} transitions for {len(edges)} edges")
    for k, e in enumerate(edges[: qual.getNumTransitions()]):
        t = qual.getTransition(k)
        i, o = t.getInput(0), t.getOutput(0)
        got = (species[i.getQualitativeSpecies()], species[o.getQualitativeSpecies()], i.getSign())
        want = (label[e["source"]], label[e["target"]], SBML_SIGN[SIGN.get(e["relation"], 1)])
        if got != want:
            fail(f"{name}: transition {k} is {got}, the edge {want}")
            break
        described = set()
        for c in range(t.getNumCVTerms()):
            term = t.getCVTerm(c)
            if term.getBiologicalQualifierType() == libsbml.BQB_IS_DESCRIBED_BY:
                described |= {term.getResourceURI(r).split("identifiers.org/")[1] for r in range(term.getNumResources())}
        if described != studies(src, e):
            fail(f"{name}: transition {k} is described by {sorted(described)}, the edge cites {sorted(studies(src, e))}")
            break
    back = as_json("--graph", path)
    bl = {n["id"]: n.get("label", n["id"]) for n in back["nodes"]}
    if sorted(bl.values()) != sorted(label.values()):
        fail(f"{name}: read back, the labels differ")
    xr = lambda g: sorted((n.get("label", n["id"]), sorted(n.get("xrefs", {}).items())) for n in g["nodes"])
    if xr(back) != xr(src):
        fail(f"{name}: read back, the xrefs differ")
    mine = [(label[e["source"]], label[e["target"]], e["relation"], sorted(studies(src, e))) for e in edges]
    theirs = [(bl[e["source"]], bl[e["target"]], e["relation"], sorted(studies(back, e))) for e in back["edges"]]
    if mine != theirs:
        diff = next((a, b) for a, b in zip(mine + [None] * len(theirs), theirs + [None] * len(mine)) if a != b)
        fail(f"{name}: read back, the edges differ (first: {diff[0]} became {diff[1]})")
    print(f"{name}: {len(nodes)} species, {len(edges)} transitions, {len(errors)} libSBML errors")


check("curated", [])
check("indra", ["--graph", os.path.join(DATA, "indra_statements.json")])
sys.exit(1 if failures else 0)
