---- MODULE HAsm ----
ASSUME Foo == TRUE
====
