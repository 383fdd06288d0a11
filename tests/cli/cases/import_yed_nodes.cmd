nodes --graph yed.graphml
