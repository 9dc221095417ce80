---- MODULE CommaBetweenBounds ----
CONSTANTS S, T
A == \A z \in /\ S, w \in T : TRUE
B == \E z \in \/ S , w \in T : TRUE
====
