hubs --metrics ''
