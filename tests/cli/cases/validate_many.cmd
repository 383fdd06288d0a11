validate many_problems.json
