---- MODULE ExtendsTwoVariables ----
EXTENDS Vv, Vv2
====
