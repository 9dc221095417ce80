---- MODULE ArityImportedArg ----
EXTENDS H2
Use == W(1)!C
====
