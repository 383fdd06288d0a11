hubs --top 5 --metric degree
