render --min-studies 4 -o - --format dot --no-legend
