---- MODULE ExtendsMissing ----
EXTENDS Nope
A == 1
====
