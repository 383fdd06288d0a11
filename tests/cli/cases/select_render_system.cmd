render --focus SP1 --system 'in vitro' -o - --format dot --no-legend
