validate bad.graphml
