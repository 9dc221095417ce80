---- MODULE RedefineStandardOperator ----
EXTENDS Naturals
Nat == 1
====
