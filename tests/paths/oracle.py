#!/usr/bin/python3
"""Path queries checked against networkx (Debian's python3-networkx), the oracle.

On the curated graph and on random signed, weighted graphs, for many (source, target) pairs:
- all simple paths up to a length: the same set as nx.all_simple_paths;
- all shortest paths: the same set as nx.all_shortest_paths;
- k shortest paths (hops and weights): the same costs, in order, as nx.shortest_simple_paths,
  and every path valid, simple and distinct;
- signed shortest paths: the length networkx finds on the sign-lifted graph (each node split into
  a + and a - state), and the same set of paths wherever those lifted paths are simple.

Two rules of issue 16 change what is compared (only the order, never the set of paths):
- every query runs with --no-subtypes: networkx starts at the named node only, and a query from a
  parent also starting at its subtypes (is_a) is checked by tests/paths/coherence.py;
- coherent paths (one disease context fits every hop) come first. The k shortest are still the k
  of least cost, so their costs are compared as a multiset, and the order is checked as the new
  rule says: coherent ones first, by cost within each group.

usage: oracle.py MECHGRAPH GRAPH_JSON
"""
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile

import networkx as nx

MECHGRAPH, CURATED = sys.argv[1], sys.argv[2]
SIGN = {"delivers": 1, "secretes": 1, "produces": 1, "activates": 1, "upregulates": 1, "increases": 1,
        "promotes": 1, "drives": 1, "inhibits": -1, "downregulates": -1, "decreases": -1, "alleviates": -1,
        "regulates": 0, "associated_with": 0, "is_a": 2, "part_of": 2, "derived_from": 2}
failures = []
checks = 0


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def run(args):
    out = subprocess.run([MECHGRAPH] + args + ["--json", "--no-subtypes"], capture_output=True, text=True)
    if out.returncode != 0:
        fail(f"mechgraph {' '.join(args)}: exit {out.returncode}: {out.stderr.strip()}")
        return None
    return json.loads(out.stdout)


def hop_masks(edges):
    """(u, v) -> set of hop signs, by the rules of docs/paths.md: signed edges decide; unsigned
    only when no signed edge; structural only: the sign passes through (+1)."""
    kinds = {}
    for u, v, rel in edges:
        if u != v:
            kinds.setdefault((u, v), set()).add(SIGN[rel])
    masks = {}
    for key, ks in kinds.items():
        signed = ks & {1, -1}
        masks[key] = signed if signed else ({0} if 0 in ks else {1})
    return masks


def lifted_graph(masks):
    L = nx.DiGraph()
    for (u, v), m in masks.items():
        for s in m & {1, -1}:
            for x in (1, -1):
                L.add_edge((u, x), (v, x * s))
    return L


def check_pair(graph_args, G, masks, u, v, weighted):
    global checks
    # all simple paths up to 4 edges
    want = {tuple(p) for p in nx.all_simple_paths(G, u, v, cutoff=4)}
    res = run(graph_args + ["path", u, v, "--max-len", "4", "--limit", "0"])
    if res is not None:
        got = {tuple(p["nodes"]) for p in res["paths"]}
        checks += 1
        if got != want:
            fail(f"all simple paths {u} -> {v}: {len(got)} found, networkx {len(want)}; "
                 f"missing {sorted(want - got)[:3]}, extra {sorted(got - want)[:3]}")
    # all shortest paths
    want = {tuple(p) for p in nx.all_shortest_paths(G, u, v)} if nx.has_path(G, u, v) else set()
    res = run(graph_args + ["path", u, v, "--shortest", "--limit", "0"])
    if res is not None:
        checks += 1
        got = {tuple(p["nodes"]) for p in res["paths"]}
        if got != want:
            fail(f"shortest paths {u} -> {v}: {sorted(got)[:3]} vs networkx {sorted(want)[:3]}")
    # k shortest, by hops and by weight
    for weight in ([None, "weight"] if weighted else [None]):
        k = 10
        ref = list(itertools.islice(nx.shortest_simple_paths(G, u, v, weight=weight), k)) if nx.has_path(G, u, v) else []
        cost = (lambda p: sum(G[a][b]["weight"] for a, b in zip(p, p[1:]))) if weight else (lambda p: len(p) - 1)
        res = run(graph_args + ["path", u, v, "--k", str(k)] + (["--weighted"] if weight else []))
        if res is None:
            continue
        checks += 1
        paths = [tuple(p["nodes"]) for p in res["paths"]]
        got_costs = [round(cost(p), 6) for p in paths]
        want_costs = [round(cost(p), 6) for p in ref]
        if sorted(got_costs) != sorted(want_costs):
            fail(f"k shortest ({weight or 'hops'}) {u} -> {v}: costs {got_costs} vs networkx {want_costs}")
        rank = [(not p["coherent"], c) for p, c in zip(res["paths"], got_costs)]
        if rank != sorted(rank):
            fail(f"k shortest ({weight or 'hops'}) {u} -> {v}: not coherent first, then by cost: {rank}")
        if len(set(paths)) != len(paths) or any(len(set(p)) != len(p) for p in paths):
            fail(f"k shortest {u} -> {v}: repeated paths or nodes")
        if any(not G.has_edge(a, b) for p in paths for a, b in zip(p, p[1:])):
            fail(f"k shortest {u} -> {v}: a path uses a missing edge")
        if weight:
            for p, c in zip(res["paths"], got_costs):
                if abs(p["cost"] - c) > 1e-6:
                    fail(f"k shortest {u} -> {v}: reported cost {p['cost']} is not the sum {c}")
    # signed shortest paths on the sign-lifted graph
    L = lifted_graph(masks)
    for sign, tag in ((1, "+"), (-1, "-")):
        src, dst = (u, 1), (v, sign)
        res = run(graph_args + ["path", u, v, "--shortest", "--sign", tag, "--limit", "0"])
        if res is None:
            continue
        checks += 1
        reachable = src in L and dst in L and nx.has_path(L, src, dst)
        got = {tuple(p["nodes"]) for p in res["paths"]}
        if any(p["sign"] != sign for p in res["paths"]):
            fail(f"signed {tag} {u} -> {v}: a path with the wrong sign")
        if not reachable:
            if got:
                fail(f"signed {tag} {u} -> {v}: found paths networkx's lifted graph does not have")
            continue
        lifted = [tuple(x for x, _ in p) for p in nx.all_shortest_paths(L, src, dst)]
        simple = {p for p in lifted if len(set(p)) == len(p)}
        if simple:
            if got != simple:
                fail(f"signed {tag} {u} -> {v}: {sorted(got)[:3]} vs networkx {sorted(simple)[:3]}")
        else:  # every shortest lifted walk repeats a node: ours must be longer, and simple
            ref_len = len(lifted[0]) - 1
            if any(len(p) - 1 <= ref_len or len(set(p)) != len(p) for p in got):
                fail(f"signed {tag} {u} -> {v}: expected simple paths longer than {ref_len}")


def curated():
    data = json.load(open(CURATED))
    edges = [(e["source"], e["target"], e["relation"]) for e in data["edges"]]
    G = nx.DiGraph()
    G.add_nodes_from(n["id"] for n in data["nodes"])
    G.add_edges_from((u, v) for u, v, _ in edges if u != v)
    masks = hop_masks(edges)
    pairs = [("iMSC-EV", "SIRT6"), ("iMSC-EV", "IVDD"), ("iMSC", "renal I/R injury"), ("iMSC-EV", "S1P"),
             ("miR-105-5p", "senescence"), ("iMSC", "IVDD"), ("iMSC-exosome", "inflammation"), ("iMSC", "Th17")]
    rng = random.Random(7)
    nodes = sorted(G.nodes)
    sources = [n for n in nodes if G.out_degree(n) > 0]
    while len(pairs) < 30:
        u, v = rng.choice(sources), rng.choice(nodes)
        if u != v and nx.has_path(G, u, v):
            pairs.append((u, v))
    for u, v in pairs:
        check_pair([], G, masks, u, v, weighted=False)


def random_graphs():
    for seed in range(6):
        rng = random.Random(seed)
        n = 30 + 5 * seed
        G0 = nx.gnp_random_graph(n, 0.09, seed=seed, directed=True)
        lines, edges, G = [], [], nx.DiGraph()
        for u, v in G0.edges:
            a, b = f"n{u}", f"n{v}"
            rel = rng.choice(["activates", "activates", "inhibits", "inhibits", "regulates"])
            w = rng.choice([0.5, 1, 1.5, 2, 3])
            lines.append(f"{a}\t{b}\t{ {'activates': '+', 'inhibits': '-', 'regulates': '0'}[rel] }\t{w}")
            edges.append((a, b, rel))
            G.add_edge(a, b, weight=w)
            if rng.random() < 0.05:  # a parallel edge of the other sign: a conflicting hop
                other = "inhibits" if rel == "activates" else "activates"
                lines.append(f"{a}\t{b}\t{'-' if other == 'inhibits' else '+'}\t{w}")
                edges.append((a, b, other))
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
            f.write("source\ttarget\tsign\tweight\n" + "\n".join(lines) + "\n")
            path = f.name
        try:
            masks = hop_masks(edges)
            nodes = sorted(G.nodes)
            pairs = []
            while len(pairs) < 8:
                u, v = rng.choice(nodes), rng.choice(nodes)
                if u != v and nx.has_path(G, u, v):
                    pairs.append((u, v))
            for u, v in pairs:
                check_pair(["--graph", path], G, masks, u, v, weighted=True)
        finally:
            os.unlink(path)


curated()
random_graphs()
print(f"{checks} comparisons with networkx, {len(failures)} failures")
sys.exit(1 if failures else 0)
