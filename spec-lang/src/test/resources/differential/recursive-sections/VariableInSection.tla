---- MODULE VariableInSection ----
EXTENDS Naturals
RECURSIVE Depth(_)
VARIABLE tree
Depth(t) == IF t = {} THEN 0 ELSE 1 + Depth(t \ {CHOOSE x \in t : TRUE})
====
