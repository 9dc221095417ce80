---- MODULE SeveralModules ----
A == 1
====
---- MODULE Second ----
B == 2
====
