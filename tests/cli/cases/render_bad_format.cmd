render -o x.svg --format jpeg
