---- MODULE HideAfterDef ----
CONSTANT S
A == 1
HIDE
B == 2
====
