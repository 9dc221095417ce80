---- MODULE Right ----
C == 3
E == 4
====
