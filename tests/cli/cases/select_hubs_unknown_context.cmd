hubs --context inflammation
