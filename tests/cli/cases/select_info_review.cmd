info --review aldoghachi2023
