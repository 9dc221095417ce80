---- MODULE ExtendedVariableDeclaredAgain ----
EXTENDS Vv
VARIABLE v
====
