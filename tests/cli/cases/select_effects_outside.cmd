effects SP1 --context 'skin wound'
