#!/usr/bin/python3
"""Reference implementations for scripts/bench-hubs.sh: the same hub metrics with networkx or
python-igraph on the same TSV (source, target), each run as its own process.

usage: bench_hubs_ref.py networkx|igraph pagerank|coreness|betweenness|betweenness-exact TSV
Prints the top score (nodes tie at the top of coreness) and the query's own time.
Each computes what mechgraph computes: PageRank converged to an L1 change below 1e-10
(mechgraph's tolerance; networkx's `tol` is per node), coreness on the undirected graph with a
mutual pair one edge (igraph's mode="all" on the directed graph counts it twice).
"""
import sys
import time

tool, metric, path = sys.argv[1:4]
t0 = time.time()
with open(path) as f:
    next(f)
    pairs = [tuple(line.rstrip("\n").split("\t")[:2]) for line in f]
if tool == "networkx":
    import networkx as nx
    G = nx.DiGraph()
    G.add_edges_from((a, b) for a, b in pairs if a != b)
    t1 = time.time()
    if metric == "pagerank":
        s = nx.pagerank(G, alpha=0.85, tol=1e-10 / G.number_of_nodes(), max_iter=10000)
    elif metric == "coreness":
        s = nx.core_number(G.to_undirected())
    elif metric == "betweenness-exact":
        s = nx.betweenness_centrality(G, normalized=False)
    else:  # 100 sampled sources, as mechgraph --samples 100
        s = nx.betweenness_centrality(G, k=100, normalized=False, seed=1)
    top = max(s.values())
else:
    import igraph
    G = igraph.Graph.TupleList(pairs, directed=True)
    G.simplify(multiple=True, loops=True)
    t1 = time.time()
    if metric == "pagerank":
        s = G.pagerank(damping=0.85)
    elif metric == "coreness":
        s = G.as_undirected(mode="collapse").coreness()
    elif metric == "betweenness-exact":  # directed, unnormalised, as mechgraph hubs --samples 0
        s = G.betweenness(directed=True)
    else:
        print("n/a: python-igraph 0.10 has no sampled betweenness (exact is O(VE))")
        sys.exit(0)
    top = max(s)
t2 = time.time()
print(f"top score {top:.6g}; load {t1 - t0:.2f} s, metric {t2 - t1:.3f} s")
