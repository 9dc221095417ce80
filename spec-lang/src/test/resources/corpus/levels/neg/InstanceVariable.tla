---- MODULE InstanceVariable ----
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
---- MODULE Inner ----
CONSTANT k
VARIABLE v
KDef == k + 1
VDef == v' = k
====
I == INSTANCE Inner WITH k <- c, v <- y'
====
