validate no-such-file.json
