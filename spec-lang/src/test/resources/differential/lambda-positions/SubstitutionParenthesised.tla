---- MODULE SubstitutionParenthesised ----
---- MODULE Inner ----
CONSTANT Op(_)
B == Op(1)
====
I == INSTANCE Inner WITH Op <- (LAMBDA x : x)
====
