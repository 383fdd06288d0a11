info --graph mirna_targets.tsv --columns source=mirna,colour=2
