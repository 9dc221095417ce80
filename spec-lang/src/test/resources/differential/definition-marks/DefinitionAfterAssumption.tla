---- MODULE DefinitionAfterAssumption ----
ASSUMPTION TRUE
B == 2
AXIOM TRUE
C == 3
LEMMA TRUE
D == 4
====
