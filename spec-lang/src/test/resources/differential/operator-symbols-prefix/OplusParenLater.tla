---- MODULE OplusParenLater ----
CONSTANT a
A == (<+> a)
B == ]
====
