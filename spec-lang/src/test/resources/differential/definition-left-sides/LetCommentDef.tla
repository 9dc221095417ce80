---- MODULE LetCommentDef ----
A == LET B == /\ 1 C (* c *) == 2 IN C
====
