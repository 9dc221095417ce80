---- MODULE ImplicitExtForOp ----
EXTENDS HD
Foo == 1
INSTANCE H3
B == Foo
====
