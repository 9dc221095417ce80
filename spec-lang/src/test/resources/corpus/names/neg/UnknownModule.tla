---- MODULE UnknownModule ----
EXTENDS Naturals, NoSuchModule
A == 1
====
