---- MODULE AfterNameEnd ----
CONSTANT x
Spec == x TRUE
====
