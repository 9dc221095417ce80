---- MODULE ParenBase ----
G == 1
Use == (G)!C
====
