---- MODULE HVar ----
VARIABLE Foo
====
