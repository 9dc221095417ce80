---- MODULE CaseNoArrow ----
EXTENDS Naturals
A == CASE TRUE 1
====
