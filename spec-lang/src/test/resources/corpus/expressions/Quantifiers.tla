---- MODULE Quantifiers ----
EXTENDS Naturals
S == 1..3
A1 == \A x \in S : x > 0
A2 == \E x, y \in S, z \in S : x + y = z
A3 == \A <<x, y>> \in S \X S : x + y > 1
A4 == \E x : x = 1
A5 == \A x, y : x = y => y = x
A6 == CHOOSE x \in S : x > 2
A7 == CHOOSE x : x = 1
A8 == CHOOSE <<x, y>> \in S \X S : x < y
====
