---- MODULE JuncInfixCommentDef ----
A == /\ 1 x ++ (* c *) y == x
====
