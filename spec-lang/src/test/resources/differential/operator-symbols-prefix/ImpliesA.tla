---- MODULE ImpliesA ----
CONSTANT a
A == => a
====
