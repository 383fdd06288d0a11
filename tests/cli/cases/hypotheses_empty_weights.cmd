hypotheses --weights ''
