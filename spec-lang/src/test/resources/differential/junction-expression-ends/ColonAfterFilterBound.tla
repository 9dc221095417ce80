---- MODULE ColonAfterFilterBound ----
CONSTANTS S
A == {z \in /\ S : TRUE}
====
