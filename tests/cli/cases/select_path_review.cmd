path iMSC-EV IVDD --review aldoghachi2023 --max-len 3
