nodes --type cell --no-cautioned
