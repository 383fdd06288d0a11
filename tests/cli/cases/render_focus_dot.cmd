render --focus SP1 -o - --format dot --labels --no-legend
