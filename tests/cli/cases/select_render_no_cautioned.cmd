render --focus IL-24-iMSC --no-cautioned -o - --format dot --no-legend
