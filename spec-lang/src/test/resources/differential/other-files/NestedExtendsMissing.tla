---- MODULE NestedExtendsMissing ----
A == 1
---- MODULE Inner ----
EXTENDS Nope
====
====
