hubs --metric epc --top 5
