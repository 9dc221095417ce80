---- MODULE ExceptTrue ----
A == [[a |-> 1] EXCEPT !.a = TRUE]
====
