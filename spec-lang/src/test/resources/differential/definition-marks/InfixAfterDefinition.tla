---- MODULE InfixAfterDefinition ----
CONSTANTS a
x (.) y == x
 ::= y == x
Op == a
====
