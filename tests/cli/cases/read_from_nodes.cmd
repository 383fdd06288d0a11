nodes --graph sources.txt --from nodes
