---- MODULE BadLevel ----
EXTENDS Naturals
THEOREM T == \A n \in Nat : n + 0 = n
<1> SUFFICES ASSUME NEW n \in Nat PROVE n + 0 = n
  OBVIOUS
<+> n + 0 = n
  OBVIOUS
<*> QED
  OBVIOUS
====
