---- MODULE CommaLeftBodyRight ----
CONSTANTS S, f, p, q
A ==   /\ {1
 , 2 +}
       /\ p
====
