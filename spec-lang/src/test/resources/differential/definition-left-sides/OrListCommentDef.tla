---- MODULE OrListCommentDef ----
A == \/ 1 B (* c *) (* d *) == 2
====
