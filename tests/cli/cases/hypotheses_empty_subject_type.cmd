hypotheses --subject-type ''
