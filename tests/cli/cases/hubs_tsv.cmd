hubs --graph good.sif --top 0 --metric degree
