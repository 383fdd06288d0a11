info --graph mirna_targets.tsv --columns source=mirna,target=target_symbol
