hypotheses --subject iMSC-EV --method abc,dwpc --top 5
