compare iMSC BM-MSC --graph comparisons.json --aspect 'tumour growht'
