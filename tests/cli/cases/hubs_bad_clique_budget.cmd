hubs --metric mcc --clique-budget -1
