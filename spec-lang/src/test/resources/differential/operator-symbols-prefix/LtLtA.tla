---- MODULE LtLtA ----
CONSTANT a
A == \ll a
====
