---- MODULE ApplicationOperandMissingInList ----
CONSTANTS S, f, p, q
A == \/ f[/\ q
          /\ \E i \in S : \/ ~]
     \/ p = q
B == TRUE
====
