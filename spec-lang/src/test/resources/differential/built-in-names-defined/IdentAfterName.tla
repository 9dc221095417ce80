---- MODULE IdentAfterName ----
CONSTANT x
Spec == x y
====
