---- MODULE ImplicitSameArity ----
VARIABLE w
v == 1
I == INSTANCE Params
====
