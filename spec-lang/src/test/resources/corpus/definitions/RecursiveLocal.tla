---- MODULE RecursiveLocal ----
EXTENDS Naturals, Sequences
RECURSIVE Len2(_), Sum(_)
Len2(s) == IF s = <<>> THEN 0 ELSE 1 + Len2(Tail(s))
Sum(s) == IF s = <<>> THEN 0 ELSE Head(s) + Sum(Tail(s))
LOCAL Helper(x) == x + 1
LOCAL helperFn[i \in 1..3] == i
UseHelper == Helper(Len2(<<1, 2>>)) + helperFn[1]
====
