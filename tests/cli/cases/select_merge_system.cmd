merge builtin merge_a.json -o - --to sif --system 'in vitro' --context IVDD
