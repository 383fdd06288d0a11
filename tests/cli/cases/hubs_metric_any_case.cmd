hubs --metrics MCC,Degree,PageRank --top 3
