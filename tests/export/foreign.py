#!/usr/bin/python3
"""Other tools' files read by mechgraph: GraphML written by networkx's write_graphml and
Cytoscape.js JSON written by networkx's cytoscape_data (generated here, from small graphs with
attributes), and the hand-written fixtures in the style of Gephi, yEd and Cytoscape desktop
(tests/data). What mechgraph reads (through `mechgraph export -o x.json`) is compared with what
the graph holds: ids, labels, types, relations, weights, notes, the graph's name.

usage: foreign.py MECHGRAPH DATA_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

import networkx as nx

MECHGRAPH, DATA = sys.argv[1], sys.argv[2]
failures = []
tmp = tempfile.mkdtemp()


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def read(path):
    """the graph mechgraph reads from path, as mechgraph-1 JSON"""
    out = os.path.join(tmp, "out.json")
    p = subprocess.run([MECHGRAPH, "export", "--graph", path, "-o", out], capture_output=True, text=True)
    if p.returncode != 0:
        fail(f"{os.path.basename(path)}: exit {p.returncode}: {p.stderr.strip()[:400]}")
        return None
    return json.load(open(out))


def check(label, got, name, nodes, edges):
    """nodes: {id: (type, label)}; edges: [(source, target, relation, weight)] in file order"""
    if got is None:
        return
    if got.get("name") != name:
        fail(f"{label}: graph name {got.get('name')!r}, expected {name!r}")
    have = {n["id"]: (n["type"], n.get("label", n["id"])) for n in got["nodes"]}
    if have != nodes:
        fail(f"{label}: nodes {have}, expected {nodes}")
    have = [(e["source"], e["target"], e["relation"], e.get("weight", 1)) for e in got["edges"]]
    if have != edges:
        fail(f"{label}: edges {have}, expected {edges}")
    else:
        print(f"{label}: {len(nodes)} nodes and {len(edges)} edges as expected")


# a signed directed multigraph with attributes under the names other tools use
G = nx.MultiDiGraph(name="toy")
G.add_node("SIRT6", label="Sirt6", type="gene", note="a & b <c>")
G.add_node("NF-κB", label="NF-κB", type="pathway")
G.add_node(3, kind="Compound", name="three")
G.add_node("lone", type="Protein")
G.add_edge("SIRT6", "NF-κB", relation="inhibits", weight=0.5)
G.add_edge("SIRT6", "NF-κB", sign=1)
G.add_edge(3, "SIRT6", interaction="activation", weight=2)
G.add_edge("NF-κB", 3, sign=-1.0, note="n")
nodes = {"SIRT6": ("gene", "Sirt6"), "NF-κB": ("pathway", "NF-κB"), "3": ("chemical", "three"), "lone": ("gene", "lone")}
edges = [("SIRT6", "NF-κB", "inhibits", 0.5), ("SIRT6", "NF-κB", "activates", 1), ("NF-κB", "3", "inhibits", 1),
         ("3", "SIRT6", "activates", 2)]

path = os.path.join(tmp, "nx.graphml")
nx.write_graphml(G, path)
# networkx writes edges grouped by their source node, in the order the nodes were added
check("networkx write_graphml", read(path), "toy", nodes, edges)

# cytoscape_data names nodes by "name" when it has one and edges by "value": 3 stays 3
data = nx.cytoscape_data(G)
for ext in ("cyjs", "json"):
    path = os.path.join(tmp, "nx." + ext)
    json.dump(data, open(path, "w"), ensure_ascii=False)
    check(f"networkx cytoscape_data (.{ext})", read(path), "toy", nodes, edges)

# undirected: each edge once, its ends as written, associated_with
U = nx.Graph()
U.add_edge("a", "b", weight=3)
U.add_edge("b", "c")
for ext, write in (("graphml", lambda p: nx.write_graphml(U, p)),
                   ("cyjs", lambda p: json.dump(nx.cytoscape_data(U), open(p, "w")))):
    path = os.path.join(tmp, "undirected." + ext)
    write(path)
    check(f"networkx undirected .{ext}", read(path), None,
          {"a": ("entity", "a"), "b": ("entity", "b"), "c": ("entity", "c")},
          [("a", "b", "associated_with", 3), ("b", "c", "associated_with", 1)])

# the fixtures
gephi = read(os.path.join(DATA, "gephi.graphml"))
check("Gephi-style GraphML", gephi, None,
      {"0": ("chemical", "LigandA"), "1": ("gene", "ReceptorB"), "2": ("gene", "KinaseC"), "3": ("process", "Process & E")},
      [("0", "1", "activates", 2.5), ("1", "2", "inhibits", 1), ("2", "3", "associated_with", 1)])
yed = read(os.path.join(DATA, "yed.graphml"))
check("yEd-style GraphML", yed, None, {"n0": ("entity", "LigandA"), "n1": ("entity", "ReceptorB")},
      [("n0", "n1", "associated_with", 1)])
if yed and (yed.get("description") != "a <made-up> pathway" or yed["nodes"][0].get("note") != "drawn first; β-form β"):
    fail(f"yEd-style GraphML: description {yed.get('description')!r}, note {yed['nodes'][0].get('note')!r}")
# (networkx refuses mixed graphs such as gephi.graphml's: directed edges in an undirected graph)
for f in ("yed.graphml",):
    N = nx.read_graphml(os.path.join(DATA, f))
    got = read(os.path.join(DATA, f))
    if got and (N.number_of_nodes(), N.number_of_edges()) != (len(got["nodes"]), len(got["edges"])):
        fail(f"{f}: networkx reads {N.number_of_nodes()} nodes and {N.number_of_edges()} edges")
check("Cytoscape-desktop-style cyjs", read(os.path.join(DATA, "cytoscape.cyjs")),
      "fixture (made-up nodes and edges in the style of Cytoscape desktop's export)",
      {"LigandA": ("chemical", "LigandA"), "ReceptorB": ("entity", "ReceptorB"), "KinaseC": ("entity", "KinaseC")},
      [("LigandA", "ReceptorB", "activates", 1), ("ReceptorB", "KinaseC", "inhibits", 1),
       ("KinaseC", "LigandA", "associated_with", 1)])

print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
