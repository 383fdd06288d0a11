nodes --type mirna --system 'in vivo and in vitro'
