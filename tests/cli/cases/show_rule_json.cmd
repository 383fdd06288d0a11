show 'p38 MAPK signaling' --json
