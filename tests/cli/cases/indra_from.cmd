info --from indra --graph indra_statements.json
