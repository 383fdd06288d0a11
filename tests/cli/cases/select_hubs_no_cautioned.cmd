hubs --top 5 --no-cautioned --metric degree
