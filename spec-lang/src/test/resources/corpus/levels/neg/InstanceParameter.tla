---- MODULE InstanceParameter ----
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
\* I(p) puts p where Inner has the constant k
I(p) == INSTANCE Inner WITH k <- p, v <- x
B == I(x')!KDef
====
