#!/usr/bin/python3
"""Peers for scripts/bench-load.sh: load a graph and rank its nodes by PageRank as
`mechgraph hubs --metric pagerank` does, each run as its own process.

usage: bench_load_ref.py igraph|igraph-ncol|networkx FILE [TOP]
  igraph       python-igraph, loading in Python: FILE is Hetionet's .sif.gz (source, metaedge,
               target), read with the gzip module and split, then Graph.TupleList
  igraph-ncol  python-igraph's C reader, Graph.Read_Ncol: FILE holds "source<TAB>target" lines
  networkx     networkx, loading as `igraph` does, into a DiGraph
The graph is mechgraph's: directed, parallel edges one edge, self-loops left out. PageRank:
damping 0.85, converged to an L1 change below 1e-10 (mechgraph's tolerance; networkx's
`tol` is per node, so 1e-10 / N; igraph's PRPACK solves it exactly). Prints the TOP (10)
nodes by score, one "id score" a line, for the script to compare with mechgraph's ranks,
then the load and PageRank times.
"""
import gzip
import sys
import time

tool, path = sys.argv[1:3]
top = int(sys.argv[3]) if len(sys.argv) > 3 else 10
t0 = time.time()
if tool != "igraph-ncol":
    with gzip.open(path, "rt") as f:
        next(f)
        pairs = []
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[0] != p[2]:
                pairs.append((p[0], p[2]))
if tool == "networkx":
    import networkx as nx

    G = nx.DiGraph()
    G.add_edges_from(pairs)
    t1 = time.time()
    s = nx.pagerank(G, alpha=0.85, tol=1e-10 / G.number_of_nodes(), max_iter=10000)
    ranked = sorted(s.items(), key=lambda kv: (-kv[1], kv[0]))
else:
    import igraph

    if tool == "igraph-ncol":
        G = igraph.Graph.Read_Ncol(path, directed=True, weights=False)
    else:
        G = igraph.Graph.TupleList(pairs, directed=True)
    G.simplify(multiple=True, loops=True)
    t1 = time.time()
    s = G.pagerank(damping=0.85)
    names = G.vs["name"]
    ranked = sorted(zip(names, s), key=lambda kv: (-kv[1], kv[0]))
t2 = time.time()
for name, score in ranked[:top]:
    print(f"{name} {score:.6g}")
print(f"load {t1 - t0:.2f} s, PageRank {t2 - t1:.3f} s")
