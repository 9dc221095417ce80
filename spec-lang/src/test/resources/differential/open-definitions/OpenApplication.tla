---- MODULE OpenApplication ----
RECURSIVE C(_)
C(x) == C(x
====
