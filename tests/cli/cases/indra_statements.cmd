export -o - --to json --graph indra_statements.json
