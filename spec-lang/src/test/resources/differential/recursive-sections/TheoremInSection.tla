---- MODULE TheoremInSection ----
EXTENDS Naturals
RECURSIVE Fact(_), Double(_)
Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)
THEOREM FactOne == Fact(1) = 1
Double(n) == IF n = 0 THEN 0 ELSE 2 + Double(n - 1)
====
