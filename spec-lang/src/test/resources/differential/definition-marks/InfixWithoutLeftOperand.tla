---- MODULE InfixWithoutLeftOperand ----
CONSTANTS a, b, c
VARIABLE v
 / y == x
Op == a
====
