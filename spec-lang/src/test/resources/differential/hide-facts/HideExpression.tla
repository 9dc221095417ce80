---- MODULE HideExpression ----
CONSTANT S
HIDE S = S
====
