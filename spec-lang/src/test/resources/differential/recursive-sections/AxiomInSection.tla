---- MODULE AxiomInSection ----
EXTENDS Naturals
RECURSIVE Fact(_)
AXIOM Fact(0) = 1
Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)
====
