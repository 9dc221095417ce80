---- MODULE ModuleInSection ----
EXTENDS Naturals
RECURSIVE Fact(_)
---- MODULE Helper ----
One == 1
====
Two == 2
====
