neighbors "Sjögren's syndrome" --no-cautioned
