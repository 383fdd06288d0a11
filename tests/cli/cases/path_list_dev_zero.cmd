path @/dev/zero iMSC
