---- MODULE RecursiveFunctionBody ----
EXTENDS Naturals
fact[n \in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]
====
