---- MODULE NameAfterDeclaration ----
VARIABLE v
x y == 1
====
