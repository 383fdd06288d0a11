hypotheses --method ''
