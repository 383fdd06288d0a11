effects miR-105-5p
