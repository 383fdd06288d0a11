validate dangling.json
