export --system 'in vivo and in vitro' --to sif -o -
