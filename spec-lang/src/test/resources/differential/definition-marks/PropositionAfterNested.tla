---- MODULE PropositionAfterNested ----
---- MODULE N ----
====
PROPOSITION L == TRUE
====
