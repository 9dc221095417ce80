---- MODULE OpenApplicationAfterComma ----
F(a, b) == a
G == F(1,
H == 2
====
