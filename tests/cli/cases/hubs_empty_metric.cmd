hubs --metric ''
