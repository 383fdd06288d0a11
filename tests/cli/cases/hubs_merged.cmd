hubs --graph merge_a.json --graph merge_b.json --graph merge_nodes.json --metric degree --top 5
