---- MODULE TheoremRedefinesExtended ----
EXTENDS A
THEOREM Foo == TRUE
====
