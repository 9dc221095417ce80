---- MODULE RecordMixed ----
EXTENDS Naturals
A == [a |-> 1, b : Nat]
====
