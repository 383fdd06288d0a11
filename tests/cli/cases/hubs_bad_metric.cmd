hubs --metric pagernk
