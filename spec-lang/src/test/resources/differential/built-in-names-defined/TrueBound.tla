---- MODULE TrueBound ----
F == \E TRUE \in {1} : 1
====
