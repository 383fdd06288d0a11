render -o - --format svg --max-edges 1x
