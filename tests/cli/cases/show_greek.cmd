show 'tgf β 1' --graph tgf.json
