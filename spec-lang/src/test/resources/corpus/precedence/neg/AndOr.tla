---- MODULE AndOr ----
EXTENDS Naturals
A == TRUE /\ FALSE \/ TRUE
====
