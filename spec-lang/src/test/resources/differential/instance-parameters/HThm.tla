---- MODULE HThm ----
v(x) == x
THEOREM Foo == TRUE
====
