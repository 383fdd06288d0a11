render --focus Sirt7 -o never-written.svg
