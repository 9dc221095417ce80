---- MODULE ExtendsTwoConstantsUsed ----
EXTENDS Kc, Kc2
X == C
====
