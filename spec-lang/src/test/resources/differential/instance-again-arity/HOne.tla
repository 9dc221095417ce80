---- MODULE HOne ----
v(x) == x
====
