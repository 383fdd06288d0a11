show Gene::8877 --graph merge_a.json --graph merge_b.json --graph merge_nodes.json
