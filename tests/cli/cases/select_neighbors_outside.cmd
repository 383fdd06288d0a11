neighbors SP1 --context 'skin wound'
