hubs
