---- MODULE AssumeInSection ----
EXTENDS Naturals
CONSTANT N
RECURSIVE Fact(_)
ASSUME N \in Nat
Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)
====
