---- MODULE CommaAndProveInAssume ----
CONSTANTS S, p, q
THEOREM ASSUME /\ p, \/ q PROVE q
THEOREM ASSUME NEW z \in /\ S, /\ p PROVE q
====
