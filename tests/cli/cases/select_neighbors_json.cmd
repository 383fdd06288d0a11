neighbors Sirt6 --study sun2021 --json
