---- MODULE JuncBracketNoDef ----
A == /\ 1 B(x) (* c *) + 1
C == 2
====
