export -o - --to graphml --graph nasty.json
