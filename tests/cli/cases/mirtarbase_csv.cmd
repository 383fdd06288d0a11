export -o - --to json --graph mirtarbase_mti.csv
