merge builtin merge_a.json -o - --to sif --study nobody2020
