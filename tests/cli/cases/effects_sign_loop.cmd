effects s --graph sign_loop.tsv
