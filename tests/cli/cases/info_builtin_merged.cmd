info --graph builtin --graph merge_b.json
