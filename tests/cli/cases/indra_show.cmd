show BRAF --graph indra_statements.json
