validate syntax_error.json
