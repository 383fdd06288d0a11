hubs --metric mcc --top 5 --json
