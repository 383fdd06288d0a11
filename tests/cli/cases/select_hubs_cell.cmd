hubs --top 5 --cell macrophages --metric degree
