path iMSC-EV "Sjögren's syndrome" --max-len 2 --no-cautioned
