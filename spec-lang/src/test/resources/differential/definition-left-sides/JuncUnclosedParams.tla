---- MODULE JuncUnclosedParams ----
A == /\ 1 B(x (* c *) == x
====
