render --study sun2021 -o - --format dot --cluster disease --no-legend
