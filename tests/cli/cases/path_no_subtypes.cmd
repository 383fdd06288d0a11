path iMSC "cell proliferation" --max-len 2 --no-subtypes
