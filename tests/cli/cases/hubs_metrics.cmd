hubs --metrics degree,betweenness,pagerank --top 10 --exclude iMSC,iMSC-EV
