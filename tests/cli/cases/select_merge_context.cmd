merge builtin merge_a.json -o - --to sif --context 'skin wound'
