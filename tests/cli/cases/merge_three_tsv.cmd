merge merge_a.json merge_b.json merge_nodes.json --to tsv -o -
