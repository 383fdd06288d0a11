merge merge_a.json merge_b.json --graph merge_nodes.json -o -
