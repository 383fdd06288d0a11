hypotheses --from 'no such node'
