---- MODULE HP ----
P == 1
====
