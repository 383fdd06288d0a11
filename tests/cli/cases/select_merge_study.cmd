merge builtin merge_a.json -o - --to sif --study fixa2020
