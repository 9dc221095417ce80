---- MODULE ImplicitOperatorParameterConstant ----
F == 1
I == INSTANCE OpParam
====
