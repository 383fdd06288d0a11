show --graph cytoscape.cyjs KinaseC
