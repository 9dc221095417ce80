---- MODULE UseInSection ----
EXTENDS Naturals
Base == 0
RECURSIVE Fact(_)
USE DEF Base
Fact(n) == IF n = Base THEN 1 ELSE n * Fact(n - 1)
====
