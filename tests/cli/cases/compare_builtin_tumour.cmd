compare iMSC BM-MSCs --aspect tumour
