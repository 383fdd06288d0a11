hypotheses --from iMSC-EV --to-type disease --method abc --top 2
