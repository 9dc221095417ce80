---- MODULE Th2 ----
THEOREM Foo == FALSE
====
