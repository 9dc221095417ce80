---- MODULE ParameterRedefinesExtended ----
EXTENDS A
G(Foo) == Foo
====
