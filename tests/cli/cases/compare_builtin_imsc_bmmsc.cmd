compare iMSC BM-MSC
