merge builtin merge_a.json -o - --to sif --review aldoghachi2023 --context IVDD
