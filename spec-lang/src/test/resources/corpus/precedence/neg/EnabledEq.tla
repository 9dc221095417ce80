---- MODULE EnabledEq ----
EXTENDS Naturals
A == ENABLED TRUE = TRUE
====
