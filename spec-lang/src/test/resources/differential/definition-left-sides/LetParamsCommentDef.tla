---- MODULE LetParamsCommentDef ----
A == LET B == /\ 1 C(x) (* c *) == x IN C(1)
====
