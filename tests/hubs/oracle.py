#!/usr/bin/python3
"""Hub metrics checked against networkx (Debian's python3-networkx), the oracle.

Every metric networkx defines, on the curated graph (with and without the iMSC sources) and on
random directed and undirected graphs: the scores of `mechgraph hubs --metric M --top 0 --json`
must equal networkx's, or be proportional to them where the two normalise differently
(eigenvector, HITS). Stress and cytoHubba's closeness, radiality and eccentricity are also
checked against brute force over networkx's shortest paths.

usage: oracle.py MECHGRAPH GRAPH_JSON
"""
import json
import math
import os
import subprocess
import sys
import tempfile
import warnings

import networkx as nx

warnings.simplefilter("ignore", FutureWarning)  # networkx 2.8 on its own scipy use

MECHGRAPH, CURATED = sys.argv[1], sys.argv[2]
failures = []
checks = 0


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def scores(graph_args, metric, extra=()):
    cmd = [MECHGRAPH, "hubs", "--metric", metric, "--top", "0", "--json"] + graph_args + list(extra)
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode:
        fail(f"{' '.join(cmd)}: exit {out.returncode}: {out.stderr.strip()}")
        return None
    return {n["id"]: n["score"] for n in json.loads(out.stdout)["nodes"]}


def compare(label, got, want, proportional=False, tol=1e-6):
    global checks
    if got is None:
        return
    checks += 1
    if set(got) != set(want):
        fail(f"{label}: node sets differ ({len(got)} vs {len(want)})")
        return
    if proportional:
        sg = math.sqrt(sum(v * v for v in got.values())) or 1
        sw = math.sqrt(sum(v * v for v in want.values())) or 1
        got = {k: v / sg for k, v in got.items()}
        want = {k: v / sw for k, v in want.items()}
    bad = [(k, got[k], want[k]) for k in want if abs(got[k] - want[k]) > tol * max(1.0, abs(want[k]))]
    if bad:
        fail(f"{label}: {len(bad)} nodes differ, e.g. {bad[:3]}")


def brute_force(U):
    """Stress, cytoHubba closeness, radiality (per component) and eccentricity from all shortest
    paths, as docs/hubs.md defines them."""
    stress = {v: 0 for v in U}
    dist = dict(nx.all_pairs_shortest_path_length(U))
    nodes = sorted(U)
    for i, s in enumerate(nodes):
        for t in nodes[i + 1:]:
            if t in dist[s]:
                for p in nx.all_shortest_paths(U, s, t):
                    for v in p[1:-1]:
                        stress[v] += 1
    closeness = {v: sum(1 / d for t, d in dist[v].items() if t != v) for v in U}
    radiality, ecc = {}, {}
    for comp in nx.connected_components(U):
        diameter = max(dist[s][t] for s in comp for t in comp)
        for v in comp:
            radiality[v] = (sum(diameter + 1 - d for t, d in dist[v].items() if t != v) / (len(comp) - 1)
                            if len(comp) > 1 else 0)
            far = max(dist[v].values())
            ecc[v] = 1 / far if far > 0 else 0
    return stress, closeness, radiality, ecc


def check_graph(name, graph_args, G, directed_ok=True):
    U = G.to_undirected()
    if directed_ok:
        compare(f"{name} degree", scores(graph_args, "degree"), dict(G.degree()))
        compare(f"{name} in-degree", scores(graph_args, "in-degree"), dict(G.in_degree()))
        compare(f"{name} out-degree", scores(graph_args, "out-degree"), dict(G.out_degree()))
        compare(f"{name} betweenness", scores(graph_args, "betweenness"), nx.betweenness_centrality(G, normalized=False))
        compare(f"{name} closeness", scores(graph_args, "closeness"), nx.closeness_centrality(G))
        compare(f"{name} harmonic", scores(graph_args, "harmonic"), nx.harmonic_centrality(G))
        compare(f"{name} pagerank", scores(graph_args, "pagerank"), nx.pagerank(G, alpha=0.85, tol=1e-12, max_iter=10000))
        compare(f"{name} pagerank damping 0.5", scores(graph_args, "pagerank", ["--damping", "0.5"]),
                nx.pagerank(G, alpha=0.5, tol=1e-12, max_iter=10000))
    u = ["--undirected"]
    compare(f"{name} degree undirected", scores(graph_args, "degree", u), dict(U.degree()))
    compare(f"{name} betweenness undirected", scores(graph_args, "betweenness", u),
            nx.betweenness_centrality(U, normalized=False))
    compare(f"{name} closeness undirected", scores(graph_args, "closeness", u), nx.closeness_centrality(U))
    compare(f"{name} harmonic undirected", scores(graph_args, "harmonic", u), nx.harmonic_centrality(U))
    compare(f"{name} pagerank undirected", scores(graph_args, "pagerank", u), nx.pagerank(U, tol=1e-12, max_iter=10000))
    compare(f"{name} coreness", scores(graph_args, "coreness"), nx.core_number(U))
    compare(f"{name} clustering", scores(graph_args, "clustering"), nx.clustering(U))
    stress, closeness, radiality, ecc = brute_force(U)
    compare(f"{name} stress", scores(graph_args, "stress"), stress)
    compare(f"{name} cytohubba-closeness", scores(graph_args, "cytohubba-closeness"), closeness)
    compare(f"{name} radiality", scores(graph_args, "radiality"), radiality)
    compare(f"{name} eccentricity", scores(graph_args, "eccentricity"), ecc)
    # sampling every node is exact; fewer is flagged approximate
    n = G.number_of_nodes()
    compare(f"{name} betweenness, samples = n", scores(graph_args, "betweenness", ["--samples", str(n)]),
            nx.betweenness_centrality(G, normalized=False))


def write_tsv(G):
    f = tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False)
    f.write("source\ttarget\n")
    for u, v in G.edges:
        f.write(f"{u}\t{v}\n")
    f.close()
    return f.name


def curated():
    data = json.load(open(CURATED))
    for exclude in ([], ["iMSC", "iMSC-EV", "iMSC-exosome"]):
        G = nx.DiGraph()
        G.add_nodes_from(n["id"] for n in data["nodes"] if n["id"] not in exclude)
        G.add_edges_from((e["source"], e["target"]) for e in data["edges"]
                         if e["source"] != e["target"] and e["source"] not in exclude and e["target"] not in exclude)
        args = ["--exclude", ",".join(exclude)] if exclude else []
        check_graph("curated" + (" without sources" if exclude else ""), args, G)
    # weighted: edge weight = distinct studies behind the merged edges
    G = nx.DiGraph()
    G.add_nodes_from(n["id"] for n in data["nodes"])
    studies = {}
    for e in data["edges"]:
        if e["source"] != e["target"]:
            studies.setdefault((e["source"], e["target"]), set()).update(x["ref"] for x in e.get("evidence", []))
    for (u, v), refs in studies.items():
        G.add_edge(u, v, weight=max(1, len(refs)))
    compare("curated weighted degree", scores([], "degree", ["--weighted"]), dict(G.degree(weight="weight")))
    compare("curated weighted pagerank", scores([], "pagerank", ["--weighted"]),
            nx.pagerank(G, weight="weight", tol=1e-12, max_iter=10000))


def random_graphs():
    for seed in range(4):
        G = nx.gnp_random_graph(25 + 10 * seed, 0.08, seed=seed, directed=True)
        G = nx.relabel_nodes(G, {v: f"n{v}" for v in G})
        path = write_tsv(G)
        try:
            H = nx.DiGraph()
            H.add_edges_from(G.edges)  # mechgraph knows only the nodes an edge list names
            check_graph(f"random {seed}", ["--graph", path], H)
            # eigenvector and HITS where they are well defined: the strongly connected core
            core = H.subgraph(max(nx.strongly_connected_components(H), key=len)).copy()
            cpath = write_tsv(core)
            try:
                compare(f"random {seed} eigenvector", scores(["--graph", cpath], "eigenvector"),
                        nx.eigenvector_centrality(core, max_iter=100000, tol=1e-12), proportional=True)
                hubs, auths = nx.hits(core, max_iter=100000, tol=1e-14)
                compare(f"random {seed} hub", scores(["--graph", cpath], "hub"), hubs, proportional=True, tol=1e-5)
                compare(f"random {seed} authority", scores(["--graph", cpath], "authority"), auths, proportional=True,
                        tol=1e-5)
            finally:
                os.unlink(cpath)
        finally:
            os.unlink(path)


curated()
random_graphs()
print(f"{checks} comparisons with networkx, {len(failures)} failures")
sys.exit(1 if failures else 0)
