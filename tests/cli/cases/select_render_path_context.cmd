render --path iMSC-EV 'renal I/R injury' --context 'renal I/R injury' --max-len 3 -o - --format dot --no-legend
