render --focus IL-24-iMSC -o - --format dot --no-legend
