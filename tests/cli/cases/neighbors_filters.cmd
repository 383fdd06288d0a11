neighbors Sirt6,PDE4D --sign - --relation inhibits,downregulates
