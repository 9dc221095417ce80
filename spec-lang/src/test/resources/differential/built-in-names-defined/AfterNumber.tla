---- MODULE AfterNumber ----
Spec == 1 FALSE
Foo == 1
====
