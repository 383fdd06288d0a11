render --graph signed.tsv -o - --format dot --title "a \"quoted\" <title>"
