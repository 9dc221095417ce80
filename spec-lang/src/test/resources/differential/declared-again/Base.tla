---- MODULE Base ----
Step(x) == x
====
