---- MODULE OpenApplicationTwoArgs ----
F(a, b) == a
G(x, y) == F(x, y
====
