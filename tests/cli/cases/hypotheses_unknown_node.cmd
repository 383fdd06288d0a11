hypotheses --subject 'no such node'
