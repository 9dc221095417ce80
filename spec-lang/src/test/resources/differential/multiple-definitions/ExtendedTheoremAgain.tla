---- MODULE ExtendedTheoremAgain ----
EXTENDS Th
THEOREM Foo == TRUE
====
