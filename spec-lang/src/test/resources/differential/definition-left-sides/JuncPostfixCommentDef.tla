---- MODULE JuncPostfixCommentDef ----
A == /\ 1 x ^+ (* c *) == x
====
