merge builtin merge_a.json -o - --to sif --min-studies 4
