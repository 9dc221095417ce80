---- MODULE HideAssumption ----
CONSTANT S
ASSUME A == S = S
HIDE A DEF S
====
