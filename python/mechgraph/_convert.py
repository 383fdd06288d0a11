"""mechgraph-1 JSON (docs/format.md) to and from networkx and pandas."""

from . import _native

_NODE_KEYS = ("type", "label", "synonyms", "xrefs", "note")
_EDGE_DEFAULT_RELATION = "associated_with"


def to_networkx(data):
    import networkx as nx

    G = nx.MultiDiGraph()
    G.graph.update({k: data[k] for k in ("name", "description") if k in data})
    G.graph["references"] = data.get("references", [])
    for node in data.get("nodes", []):
        attrs = {k: v for k, v in node.items() if k != "id"}
        attrs.setdefault("label", node["id"])
        attrs.setdefault("xrefs", {})
        G.add_node(node["id"], **attrs)
    for key, edge in enumerate(data.get("edges", [])):
        attrs = {k: v for k, v in edge.items() if k not in ("source", "target")}
        attrs.setdefault("evidence", [])
        attrs["sign"] = _native.relation_sign(edge["relation"])
        G.add_edge(edge["source"], edge["target"], key=key, **attrs)
    return G


def networkx_to_json(G, name=None):
    """A networkx graph (any of the four kinds) as mechgraph-1 JSON: node keys become ids."""
    references = list(G.graph.get("references", []))
    nodes = []
    for n, attrs in G.nodes(data=True):
        node = {"id": str(n), "type": attrs.get("type", "entity")}
        for k in _NODE_KEYS[1:]:
            if attrs.get(k) not in (None, "", [], {}) and not (k == "label" and attrs[k] == str(n)):
                node[k] = attrs[k]
        nodes.append(node)
    edges = []
    multi = G.is_multigraph()
    for record in G.edges(keys=True, data=True) if multi else G.edges(data=True):
        u, v, attrs = record[0], record[1], record[-1]
        edge = {"source": str(u), "target": str(v), "relation": attrs.get("relation", _EDGE_DEFAULT_RELATION)}
        for k, value in attrs.items():
            if k not in ("source", "target", "relation", "sign") and value is not None:
                edge[k] = value
        edges.append(edge)
    data = {"format": "mechgraph-1", "name": name or G.graph.get("name") or "networkx"}
    if G.graph.get("description"):
        data["description"] = G.graph["description"]
    data.update(references=references, nodes=nodes, edges=edges)
    return data


def to_pandas(data):
    import pandas as pd

    node_rows = []
    for node in data.get("nodes", []):
        row = {"id": node["id"], "type": node.get("type"), "label": node.get("label", node["id"])}
        row["synonyms"] = node.get("synonyms", [])
        row["xrefs"] = node.get("xrefs", {})
        row["note"] = node.get("note")
        node_rows.append(row)
    edge_rows = []
    for edge in data.get("edges", []):
        evidence = edge.get("evidence", [])
        edge_rows.append({
            "source": edge["source"], "target": edge["target"], "relation": edge["relation"],
            "sign": _native.relation_sign(edge["relation"]), "weight": edge.get("weight", 1.0),
            "studies": len({x.get("ref") for x in evidence}), "evidence": evidence,
            "note": edge.get("note"), "origin": edge.get("origin"),
        })
    nodes = pd.DataFrame(node_rows, columns=["id", "type", "label", "synonyms", "xrefs", "note"])
    edges = pd.DataFrame(edge_rows, columns=["source", "target", "relation", "sign", "weight", "studies", "evidence",
                                             "note", "origin"])
    return nodes, edges
