render --study nobody -o never-written.svg
