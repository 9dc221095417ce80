---- MODULE ExtendedTransitively ----
EXTENDS Integers
THEOREM TRUE
BY MODULE Naturals
====
