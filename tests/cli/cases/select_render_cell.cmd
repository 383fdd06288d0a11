render --cell 'NK cells' -o - --format dot --no-legend
