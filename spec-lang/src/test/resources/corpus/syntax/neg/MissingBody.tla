---- MODULE MissingBody ----
EXTENDS Naturals
A ==
B == 1
====
