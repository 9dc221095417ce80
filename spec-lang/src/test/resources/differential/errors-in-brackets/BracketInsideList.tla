---- MODULE BracketInsideList ----
CONSTANTS S, p, q
Inv == /\ p
       /\ {x \in S
             /\ q
             /\ x x}
====
