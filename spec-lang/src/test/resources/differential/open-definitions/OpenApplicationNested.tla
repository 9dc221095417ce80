---- MODULE OpenApplicationNested ----
F(a) == a
G(x) == {F(x}
====
