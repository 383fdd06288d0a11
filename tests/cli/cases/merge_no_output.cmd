merge merge_a.json merge_b.json
