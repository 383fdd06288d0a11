path SP1 Gene::fixture1 --graph merge_a.json --graph merge_b.json
