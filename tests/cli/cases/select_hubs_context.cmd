hubs --top 5 --context 'renal I/R injury'
