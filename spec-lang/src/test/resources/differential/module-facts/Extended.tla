---- MODULE Extended ----
EXTENDS Naturals
THEOREM TRUE
BY MODULE Naturals
====
