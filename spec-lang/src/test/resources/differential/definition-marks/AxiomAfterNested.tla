---- MODULE AxiomAfterNested ----
---- MODULE N ----
====
AXIOM A == TRUE
====
