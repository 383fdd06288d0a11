export -o - --to json --graph ginsim_qual.sbml
