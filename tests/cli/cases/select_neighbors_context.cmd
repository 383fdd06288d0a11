neighbors SP1 --context 'renal I/R injury'
