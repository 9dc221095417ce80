---- MODULE ArityImported ----
EXTENDS H2
Use == W!C
====
