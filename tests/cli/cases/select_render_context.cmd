render --context 'skin wound' -o - --format dot --no-legend
