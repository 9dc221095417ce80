---- MODULE VariableDeclaredTwice ----
VARIABLE v, v
====
