---- MODULE RealTimeNowOfAction ----
EXTENDS RealTime
VARIABLE v
A == RTnow(v')
====
