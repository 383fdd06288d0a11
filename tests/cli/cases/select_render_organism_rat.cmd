render --organism rat -o - --format dot --no-legend
