---- MODULE TheoremArgs ----
EXTENDS H2
Use == T(1)!C
====
