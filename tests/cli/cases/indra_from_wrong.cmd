info --from indra --graph omnipath_interactions.tsv
