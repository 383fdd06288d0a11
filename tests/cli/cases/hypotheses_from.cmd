hypotheses --from iMSC-EV --method abc,dwpc --top 5
