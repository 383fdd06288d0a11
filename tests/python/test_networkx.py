"""networkx and pandas: every node and edge kept, with their attributes, both ways."""

import collections

import pytest

import mechgraph

nx = pytest.importorskip("networkx")


def edge_multiset(G):
    return collections.Counter((u, v, d["relation"]) for u, v, d in G.edges(data=True))


def test_to_networkx_keeps_every_node_and_edge(g):
    G = g.to_networkx()
    assert isinstance(G, nx.MultiDiGraph)
    data = g.to_json()
    assert G.number_of_nodes() == g.number_of_nodes() == len(data["nodes"])
    assert G.number_of_edges() == g.number_of_edges() == len(data["edges"])
    assert set(G.nodes) == {n["id"] for n in data["nodes"]}
    assert edge_multiset(G) == collections.Counter((e["source"], e["target"], e["relation"]) for e in data["edges"])
    sirt6 = G.nodes["SIRT6"]
    assert sirt6["type"] == "gene" and sirt6["label"] == "Sirt6" and sirt6["xrefs"]["ncbigene"] == "51548"
    shown = g.node("Sirt6")
    for record in shown["in"]:
        parallel = [d for d in G.get_edge_data(record["source"], "SIRT6").values() if d["relation"] == record["relation"]]
        assert any(d["sign"] == record["sign"] and len(d["evidence"]) == len(record["evidence"]) for d in parallel)
    assert all("evidence" in d and "sign" in d for _, _, d in G.edges(data=True))
    assert G.graph["references"]


def test_round_trip(g):
    G = g.to_networkx()
    back = mechgraph.from_networkx(G)
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
    H = back.to_networkx()
    assert set(H.nodes) == set(G.nodes)
    assert edge_multiset(H) == edge_multiset(G)
    for n in G.nodes:
        assert H.nodes[n] == G.nodes[n]
    assert back.paths("iMSC-EV", "Sirt6")["paths"] == g.paths("iMSC-EV", "Sirt6")["paths"]
    assert back.hubs(top=10)["nodes"] == g.hubs(top=10)["nodes"]


def test_from_a_plain_networkx_graph():
    G = nx.DiGraph()
    G.add_edge("A", "B", relation="activates")
    G.add_edge("B", "C", relation="inhibits")
    G.add_edge("C", "D")  # no relation: associated_with
    G.nodes["A"]["type"] = "gene"
    g = mechgraph.from_networkx(G)
    assert (g.number_of_nodes(), g.number_of_edges()) == (4, 3)
    assert g.paths("A", "C")["paths"][0]["sign"] == -1
    assert g.node("A")["type"] == "gene" and g.node("D")["type"] == "entity"
    G.add_edge("D", "E", relation="teleports")
    with pytest.raises(ValueError, match="teleports"):
        mechgraph.from_networkx(G)


def test_to_pandas(g):
    pytest.importorskip("pandas")
    nodes, edges = g.to_pandas()
    assert len(nodes) == g.number_of_nodes() and len(edges) == g.number_of_edges()
    assert set(edges.columns) >= {"source", "target", "relation", "sign", "evidence", "studies"}
    assert nodes.set_index("id").loc["SIRT6", "label"] == "Sirt6"
