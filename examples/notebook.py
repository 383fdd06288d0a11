# %% [markdown]
# # mechgraph from Python: a notebook-style tour
# Each cell runs in Jupyter as it is (`# %%` cells), or top to bottom with `python3 notebook.py`.
# The answers are the command line's --json answers (docs/schemas/), as Python data.

# %%
import mechgraph

g = mechgraph.load()  # the built-in iMSC / iMSC-EV graph
print(g)

# %% How does iMSC-EV reach Sirt6? (mechgraph path iMSC-EV Sirt6 --json)
answer = g.paths("iMSC-EV", "Sirt6")
for p in answer["paths"]:
    arrow = " -> ".join(p["nodes"])
    print(f"{arrow}  net {p['effect']}, {p['studies']} studies")
print(f"iMSC-EV -> ... -> SIRT6: {answer['count']} paths")

# %% The hubs, by consensus and by cytoHubba's MCC
print("top hubs:", [h["id"] for h in g.hubs(top=5, exclude=["iMSC", "iMSC-EV", "iMSC-exosome"])["nodes"]])
print("MCC:", [(h["id"], h["score"]) for h in g.hubs(metric="mcc", top=3)["nodes"]])

# %% A name the graph does not know: the suggestions come with the exception
try:
    g.node("Sirtx")
except LookupError as e:
    print("not found; did you mean", e.suggestions)

# %% The evidence in one disease only, as --context does
ivdd = g.select(context="IVDD")
print(ivdd, "->", [p["nodes"] for p in ivdd.paths("iMSC-EV", "IVDD", shortest=True)["paths"]])

# %% What to test next
for h in g.hypotheses(top=3)["hypotheses"]:
    print(f"{h['score']:.3f}  {h['statement']}")

# %% networkx (and pandas, when installed)
import networkx as nx

G = g.to_networkx()
print("networkx:", G.number_of_nodes(), "nodes,", G.number_of_edges(), "edges;",
      "weakly connected components:", nx.number_weakly_connected_components(G))
try:
    nodes, edges = g.to_pandas()
    print(edges.groupby("relation").size().sort_values(ascending=False).head(3))
except ImportError:
    print("(pandas is not installed)")

# %% A picture of the paths, for the notebook or a report
g.render("sirt6.svg", between=("iMSC-EV", "Sirt6"))
print("wrote sirt6.svg")
