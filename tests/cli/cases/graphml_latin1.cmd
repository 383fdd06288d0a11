nodes --graph networkx_latin1.graphml
