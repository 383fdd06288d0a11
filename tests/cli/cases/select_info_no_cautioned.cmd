info --no-cautioned
