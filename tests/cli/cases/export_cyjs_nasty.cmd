export -o - --to cyjs --graph nasty.json
