info --graph dangling.json
