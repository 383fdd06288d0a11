hubs --metric degree --metrics mcc
