---- MODULE RandomSubsetSetTemporal ----
EXTENDS Randomization
VARIABLE v
B == RandomSubset(1, []v)
====
