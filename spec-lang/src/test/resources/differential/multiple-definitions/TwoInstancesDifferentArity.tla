---- MODULE TwoInstancesDifferentArity ----
INSTANCE A
INSTANCE FooB
====
