validate empty.json
