---- MODULE Th ----
THEOREM Foo == TRUE
====
