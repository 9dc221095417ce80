---- MODULE AssertConditionTemporal ----
EXTENDS TLC
VARIABLE v
Op == Assert([]v, 1)
====
