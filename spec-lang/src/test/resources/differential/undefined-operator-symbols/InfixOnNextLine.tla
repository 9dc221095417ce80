---- MODULE InfixOnNextLine ----
EXTENDS Naturals
CONSTANTS a, b, c
x ** y == x
\sqcap x y == x
Op == (a ** b) \sqcap c
====
