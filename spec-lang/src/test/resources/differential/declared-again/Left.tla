---- MODULE Left ----
C == 1
D == 2
====
