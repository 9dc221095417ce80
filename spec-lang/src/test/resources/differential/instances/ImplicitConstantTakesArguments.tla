---- MODULE ImplicitConstantTakesArguments ----
VARIABLE w
v(x) == x
I == INSTANCE Params
====
