merge merge_a.json merge_b.json --align id --to sif -o -
