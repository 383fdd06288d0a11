hubs --metric degree,
