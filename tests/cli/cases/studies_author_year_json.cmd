studies 'Hu 2015' --json
