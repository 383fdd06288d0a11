#!/usr/bin/env python3
"""The hypotheses' JSON against docs/schemas/mechgraph-hypotheses-1.schema.json (python3-jsonschema), for the
document (--json) and every line (--jsonl); ranks, ids, novelty against the graph file; and the
link components against networkx's link prediction functions on the same undirected graph.

usage: schema.py MECHGRAPH GRAPH.json SCHEMA.json
"""
import json
import math
import subprocess
import sys

import jsonschema
import networkx as nx

STRUCTURAL = {"is_a", "part_of", "derived_from"}


def run(binary, *args):
    out = subprocess.run([binary, "hypotheses", *args], check=True, capture_output=True, text=True)
    return out.stdout


def main():
    binary, graph_path, schema_path = sys.argv[1:4]
    schema = json.load(open(schema_path))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    graph = json.load(open(graph_path))
    linked = {(e["source"], e["target"]) for e in graph["edges"]}
    failures = 0

    def fail(msg):
        nonlocal failures
        failures += 1
        print("FAIL:", msg)

    doc = json.loads(run(binary, "--json", "--top", "0"))
    for err in validator.iter_errors(doc):
        fail(f"document: {err.json_path}: {err.message}")
    hyps = doc["hypotheses"]
    if len(hyps) != doc["candidates"] or len(hyps) < 100:
        fail(f"{len(hyps)} hypotheses for {doc['candidates']} candidates")
    if [h["rank"] for h in hyps] != list(range(1, len(hyps) + 1)):
        fail("ranks are not 1..n")
    if len({h["id"] for h in hyps}) != len(hyps):
        fail("ids are not unique")
    if any(a["score"] < b["score"] for a, b in zip(hyps, hyps[1:])):
        fail("scores are not in order")
    for h in hyps:
        s, o = h["subject"]["id"], h["object"]["id"]
        if h["novel"] and ((s, o) in linked or (o, s) in linked):
            fail(f"{h['id']} is novel but an edge links {s} and {o}")
        for p in h["support"]:
            for e in p["edges"]:
                if (e["source"], e["target"]) not in linked:
                    fail(f"{h['id']}: support edge {e['source']} -> {e['target']} is not in the graph")

    lines = run(binary, "--jsonl", "--top", "30").splitlines()
    if len(lines) != 30:
        fail(f"--jsonl printed {len(lines)} lines, not 30")
    for i, line in enumerate(lines):
        h = json.loads(line)
        for err in validator.iter_errors(h):
            fail(f"line {i + 1}: {err.json_path}: {err.message}")
        if h["id"] != hyps[i]["id"]:
            fail(f"line {i + 1} is {h['id']}, the document has {hyps[i]['id']}")

    # link prediction against networkx on the undirected simple graph of non-structural edges
    g = nx.Graph()
    g.add_edges_from((e["source"], e["target"]) for e in graph["edges"]
                     if e["relation"] not in STRUCTURAL and e["source"] != e["target"])
    link = json.loads(run(binary, "--json", "--top", "0", "--method", "link"))["hypotheses"]
    if len(link) < 100:
        fail(f"only {len(link)} link hypotheses")
    checks = {
        "link.resource_allocation": nx.resource_allocation_index,
        "link.adamic_adar": nx.adamic_adar_index,
        "link.jaccard": nx.jaccard_coefficient,
        "link.preferential_attachment": nx.preferential_attachment,
    }
    for h in link:
        pair = [(h["subject"]["id"], h["object"]["id"])]
        for name, fn in checks.items():
            expected = next(iter(fn(g, pair)))[2]
            got = h["components"][name]
            if not math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-9):
                fail(f"{h['id']}: {name} {got} != networkx {expected}")
        if h["components"]["link.common_neighbours"] != len(list(nx.common_neighbors(g, *pair[0]))):
            fail(f"{h['id']}: common neighbours differ from networkx")

    print(f"{len(hyps)} hypotheses, {len(lines)} lines and {len(link)} link predictions checked")
    if failures:
        print(f"{failures} failures")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
