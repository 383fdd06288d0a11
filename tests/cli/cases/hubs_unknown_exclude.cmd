hubs --exclude iMSC-XYZ
