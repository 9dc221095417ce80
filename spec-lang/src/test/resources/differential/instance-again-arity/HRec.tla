---- MODULE HRec ----
RECURSIVE v(_)
v(x) == v(x)
====
