hubs --top 3 --context IVDD --metric degree --json
