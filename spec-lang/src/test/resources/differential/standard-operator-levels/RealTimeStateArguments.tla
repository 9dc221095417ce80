---- MODULE RealTimeStateArguments ----
EXTENDS RealTime
VARIABLE v
A == RTnow(v)
B == RTBound(v', v, 1, 2)
====
