---- MODULE FunctionDefs ----
EXTENDS Naturals
fact[n \in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]
sum[a \in Nat, b \in Nat] == a + b
pairs[<<a, b>> \in Nat \X Nat] == a * b
table[i, j \in 1..3] == i + j
====
