export --review aldoghachi2023 --context IVDD --to tsv -o -
