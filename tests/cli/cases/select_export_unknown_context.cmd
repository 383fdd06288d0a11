export --context 'skin wuond' --to tsv -o never-written.tsv
