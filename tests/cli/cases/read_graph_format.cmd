info --graph sources.txt --graph-format nodes
