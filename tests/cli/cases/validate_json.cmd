validate --json dangling.json tgf.json
