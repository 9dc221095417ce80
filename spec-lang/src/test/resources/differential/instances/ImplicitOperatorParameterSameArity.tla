---- MODULE ImplicitOperatorParameterSameArity ----
F(a) == a
I == INSTANCE OpParam
====
