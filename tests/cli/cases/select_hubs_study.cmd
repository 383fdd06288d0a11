hubs --top 5 --study yuan2017 --metric pagerank
