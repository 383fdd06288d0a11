hubs --metrics betweenness,radiality --threads 3 --top 5
