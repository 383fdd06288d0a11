hubs --threads 0
