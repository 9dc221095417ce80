---- MODULE HideConstant ----
CONSTANT S
HIDE S
====
