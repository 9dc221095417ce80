---- MODULE BagsAndRandomization ----
EXTENDS Bags, Randomization
VARIABLE v
A == SetToBag([]v)
B == RandomSubset([]v, v')
C == RandomSetOfSubsets(1, []v, 2)
D == TestRandomSetOfSubsets(1, []v, 2)
====
