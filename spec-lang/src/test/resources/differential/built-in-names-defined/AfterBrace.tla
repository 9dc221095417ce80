---- MODULE AfterBrace ----
Spec == {1} BOOLEAN

Foo == 1
====
