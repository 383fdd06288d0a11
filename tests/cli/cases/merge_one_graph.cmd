merge merge_a.json -o -
