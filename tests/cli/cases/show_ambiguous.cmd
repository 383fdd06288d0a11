show smad --graph tgf.json
