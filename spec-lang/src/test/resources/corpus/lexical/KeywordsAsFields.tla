---- MODULE KeywordsAsFields ----
EXTENDS Naturals
r == [x |-> 1]
Other == 1
====
