---- MODULE TrueInQuantifiedList ----
CONSTANTS S, p
A ==  \/ \E i \in S : /\ p \in S
        \/ TRUE
 == TRUE
====
