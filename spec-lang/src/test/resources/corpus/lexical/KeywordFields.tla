---- MODULE KeywordFields ----
EXTENDS Naturals
f == [s \in {"CASE", "NEW", "WITH"} |-> 1]
A == f.CASE + 0
B == f.NEW
C == [f EXCEPT !.WITH = 2]
====
