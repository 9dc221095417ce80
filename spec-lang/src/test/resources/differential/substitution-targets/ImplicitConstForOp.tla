---- MODULE ImplicitConstForOp ----
CONSTANT Foo
I == INSTANCE H3
====
