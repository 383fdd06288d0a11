path miR-105-5p Sirt6 --json
