---- MODULE ImplicitOperatorParameter ----
F(a, b) == a
I == INSTANCE OpParam
====
