---- MODULE VariableBase ----
VARIABLE v
Use == v!x
====
