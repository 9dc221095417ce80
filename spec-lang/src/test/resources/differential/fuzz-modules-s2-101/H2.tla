---- MODULE H2 ----
v(x) == x
RECURSIVE C(_)
C(x) == C(x)
====
