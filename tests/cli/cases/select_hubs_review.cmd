hubs --top 5 --review aldoghachi2023 --metric degree
