render -o refused.svg --max-edges 3
