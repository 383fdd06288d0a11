hubs --top 5 --system 'in vitro' --metric degree
