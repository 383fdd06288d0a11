"""mechgraph: the signed, evidence-annotated mechanism graph of iMSCs and iMSC-EVs, from Python.

    import mechgraph
    g = mechgraph.load()                      # the built-in graph; load("a.json", "b.tsv") merges
    g.paths("iMSC-EV", "Sirt6")               # as `mechgraph path iMSC-EV Sirt6 --json`
    g.hubs(metric="mcc", top=5)               # as `mechgraph hubs --metric mcc --top 5 --json`
    G = g.to_networkx()                       # a MultiDiGraph with relation, sign, evidence

Every answer is the command line's --json answer parsed (docs/schemas/), computed in this process
by the command line's own code on the graph loaded once (python/README.md).
"""

from ._native import LibraryNotFoundError
from .errors import (AmbiguousNameError, DataError, MechgraphError, NameLookupError, NodeNotFoundError, OptionError,
                     UsageError)
from .graph import Graph, MechgraphWarning, from_networkx, load

__version__ = "0.1.0"

__all__ = ["load", "from_networkx", "Graph", "MechgraphError", "DataError", "UsageError", "OptionError",
           "NameLookupError", "NodeNotFoundError", "AmbiguousNameError", "LibraryNotFoundError", "MechgraphWarning"]
