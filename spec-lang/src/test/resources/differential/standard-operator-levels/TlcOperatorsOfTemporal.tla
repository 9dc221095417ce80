---- MODULE TlcOperatorsOfTemporal ----
EXTENDS TLC
VARIABLE v
A == Print([]v, <>v)
B == PrintT([]v)
C == Assert(v', []v)
D == TLCSet([]v, []v) /\ TLCGet([]v)
E == RandomElement([]v)
F == TLCEval([]v)
====
