render --focus SP1 --context IVDD -o never-written.svg
