hubs --metric mcc --clique-budget 10 --top 3
