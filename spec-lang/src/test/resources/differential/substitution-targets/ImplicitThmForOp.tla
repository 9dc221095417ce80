---- MODULE ImplicitThmForOp ----
THEOREM Foo == TRUE
I == INSTANCE H3
====
