hypotheses --evaluate --repeats 20
