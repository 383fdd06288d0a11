validate --graph merge_a.json --graph merge_nodes.json
