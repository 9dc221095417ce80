---- MODULE NameAfterName ----
CONSTANTS a, b, c
x ^^ y == x
Op == a ^^ b b ^^ c
====
