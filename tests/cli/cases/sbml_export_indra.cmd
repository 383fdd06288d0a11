export -o - --to sbml-qual --graph indra_statements.json
