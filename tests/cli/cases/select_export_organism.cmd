export --organism rat --to sif -o -
