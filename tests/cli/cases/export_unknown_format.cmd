export -o x.unknown
