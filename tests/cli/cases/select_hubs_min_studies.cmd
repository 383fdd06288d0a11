hubs --top 5 --min-studies 2 --metric degree
