---- MODULE Steps ----
EXTENDS Naturals
THEOREM T == \A n \in Nat : n + 0 = n
<1>1. \A m \in Nat : m = m
  <+> TAKE m \in Nat
  <*> QED OBVIOUS
<1> QED BY <1>1
Sel(a) == a + 1 > 2
S1 == Sel(1)!<<
S2 == Sel(1)!:
S3 == Sel(1)!>>
====
