info --organism human --json
