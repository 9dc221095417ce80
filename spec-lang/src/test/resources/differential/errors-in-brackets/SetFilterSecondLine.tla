---- MODULE SetFilterSecondLine ----
CONSTANTS S, T
Both == {x \in S :
           x \in T T}
====
