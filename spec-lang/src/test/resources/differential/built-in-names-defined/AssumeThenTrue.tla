---- MODULE AssumeThenTrue ----
CONSTANT x
ASSUME x
TRUE
Foo == 1
====
