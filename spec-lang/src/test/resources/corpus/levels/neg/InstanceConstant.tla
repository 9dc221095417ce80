---- MODULE InstanceConstant ----
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
\* a constant parameter replaced by a variable
I == INSTANCE Inner WITH k <- x, v <- y
====
