hubs --top 5 --organism mouse --metric degree
