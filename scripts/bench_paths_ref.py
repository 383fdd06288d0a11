#!/usr/bin/python3
"""Reference implementations for scripts/bench-paths.sh: the same path queries with networkx or
python-igraph, on the same TSV (source, target, sign), each run as its own process.

usage: bench_paths_ref.py networkx|igraph shortest|signed|k100 TSV FROM TO
Prints what it found (a count and a length, to compare with mechgraph) and the query's own time.
"""
import itertools
import sys
import time

tool, query, path, src, dst = sys.argv[1:6]
t0 = time.time()
edges = []
with open(path) as f:
    next(f)
    for line in f:
        a, b, s = line.rstrip("\n").split("\t")
        edges.append((a, b, s))


def lifted_edges():
    """(u, x) -> (v, x * s) for signed edges: the sign-lifted graph, as INDRA builds it."""
    for a, b, s in edges:
        if s in "+-" and a != b:
            sg = 1 if s == "+" else -1
            for x in (1, -1):
                yield (a, x), (b, x * sg)


if tool == "networkx":
    import networkx as nx
    if query == "signed":
        G = nx.DiGraph()
        G.add_edges_from(lifted_edges())
    else:
        G = nx.DiGraph()
        G.add_edges_from((a, b) for a, b, _ in edges if a != b)
    t1 = time.time()
    if query == "shortest":
        paths = list(nx.all_shortest_paths(G, src, dst))
    elif query == "signed":
        paths = [p for p in nx.all_shortest_paths(G, (src, 1), (dst, -1)) if len({v for v, _ in p}) == len(p)]
    else:
        paths = list(itertools.islice(nx.shortest_simple_paths(G, src, dst), 100))
else:
    import igraph
    if query == "signed":
        pairs = list(lifted_edges())
    else:
        pairs = [(a, b) for a, b, _ in edges if a != b]
    G = igraph.Graph.TupleList(pairs, directed=True)
    G.simplify(multiple=True, loops=True)
    t1 = time.time()
    if query == "signed":
        raw = G.get_all_shortest_paths(G.vs.find(name=(src, 1)).index, G.vs.find(name=(dst, -1)).index)
        paths = [p for p in raw if len({G.vs[v]["name"][0] for v in p}) == len(p)]
    elif query == "shortest":
        paths = G.get_all_shortest_paths(G.vs.find(name=src).index, G.vs.find(name=dst).index)
    else:
        paths = G.get_k_shortest_paths(G.vs.find(name=src).index, G.vs.find(name=dst).index, k=100)
t2 = time.time()
print(f"found {len(paths)} paths, longest {max((len(p) - 1 for p in paths), default=0)} edges; "
      f"load {t1 - t0:.2f} s, query {t2 - t1:.3f} s")
