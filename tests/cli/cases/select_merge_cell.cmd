merge builtin merge_a.json -o - --to sif --cell NPCs
