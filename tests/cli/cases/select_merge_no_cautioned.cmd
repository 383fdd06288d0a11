merge builtin merge_a.json -o - --to sif --no-cautioned --context 'breast cancer'
