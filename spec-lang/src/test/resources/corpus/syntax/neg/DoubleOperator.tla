---- MODULE DoubleOperator ----
EXTENDS Naturals
A == 1 + + 2
====
