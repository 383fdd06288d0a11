info --graph mirna_targets.tsv --columns source=mirna,target=gene
