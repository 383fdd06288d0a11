hubs --metric betweenness --samples 20 --top 5
