merge builtin merge_a.json -o - --to sif --organism human
