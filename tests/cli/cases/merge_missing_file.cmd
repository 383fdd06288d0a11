merge merge_a.json missing.json -o -
