---- MODULE AssumptionRedefinesExtended ----
EXTENDS A
ASSUME Foo == TRUE
====
