---- MODULE DefinitionsAndInstancesInSection ----
EXTENDS Naturals
RECURSIVE Fact(_)
Base == 0
N == INSTANCE Naturals
LOCAL Step(n) == n - 1
Fact(n) == IF n = Base THEN 1 ELSE n * Fact(Step(n))
VARIABLE x
====
