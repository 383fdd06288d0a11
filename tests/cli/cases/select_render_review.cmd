render --focus Sirt6 --review zhou2024 -o - --format dot --no-legend
