render --organism 'homo sapien' -o never-written.svg
