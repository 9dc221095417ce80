---- MODULE AfterNameDef ----
CONSTANT x
Spec == x TRUE
Foo == 1
====
