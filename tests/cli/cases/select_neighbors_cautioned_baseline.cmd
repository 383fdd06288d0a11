neighbors "Sjögren's syndrome"
