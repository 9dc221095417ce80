---- MODULE JuncParamsCommentDef ----
A == /\ 1 B(x) (* c *) == x
====
