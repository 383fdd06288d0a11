effects miR-105-5p --organism rat --json
