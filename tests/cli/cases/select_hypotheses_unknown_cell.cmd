hypotheses --cell neurons
