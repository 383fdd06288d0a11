effects miR-105-5p --review aldoghachi2023
