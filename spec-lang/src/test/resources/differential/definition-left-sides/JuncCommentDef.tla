---- MODULE JuncCommentDef ----
A == /\ 1 B (* c *) == 2
====
