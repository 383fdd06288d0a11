validate bad.cyjs
