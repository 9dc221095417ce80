---- MODULE ImplicitVariableIsAnOperator ----
v == 1
w(x) == x
INSTANCE Params
====
