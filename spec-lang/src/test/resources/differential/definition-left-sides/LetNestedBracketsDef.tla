---- MODULE LetNestedBracketsDef ----
A == LET B == /\ 1 f[x \in {(1)}] == x IN f[1]
====
