nodes --type mirna --context 'renal I/R injury'
