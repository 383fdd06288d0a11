hubs --exclude ''
