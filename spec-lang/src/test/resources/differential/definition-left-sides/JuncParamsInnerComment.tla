---- MODULE JuncParamsInnerComment ----
A == /\ 1 B(x (* c *), y) == x
====
