---- MODULE ImplicitFunctionForConstant ----
VARIABLE w
v[x \in {1}] == x
I == INSTANCE Params
====
