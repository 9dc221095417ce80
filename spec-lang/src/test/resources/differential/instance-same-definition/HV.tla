---- MODULE HV ----
VARIABLE x
Foo == x
====
