---- MODULE ConstantInSection ----
EXTENDS Naturals
RECURSIVE Sum(_)
CONSTANT Items
Sum(s) == IF s = {} THEN 0 ELSE LET x == CHOOSE y \in s : TRUE IN x + Sum(s \ {x})
====
