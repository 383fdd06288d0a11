export --study sun2021 --to json -o -
