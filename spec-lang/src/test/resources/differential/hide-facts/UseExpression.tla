---- MODULE UseExpression ----
CONSTANT S
D == S
USE S = S, D
====
