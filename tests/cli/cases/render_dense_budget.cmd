render --graph dense_clique.tsv -o never-written.svg
