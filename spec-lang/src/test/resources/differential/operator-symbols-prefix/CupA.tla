---- MODULE CupA ----
CONSTANT a
A == \cup a
====
