info --graph merge_a.json --graph missing.json
