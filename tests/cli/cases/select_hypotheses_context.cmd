hypotheses --top 3 --context 'renal I/R injury'
