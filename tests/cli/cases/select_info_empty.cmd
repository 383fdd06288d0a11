info --context IVDD --organism mouse
