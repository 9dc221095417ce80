---- MODULE JuncFunCommentDef ----
A == /\ 1 f[x \in {1}] (* c *) == x
====
