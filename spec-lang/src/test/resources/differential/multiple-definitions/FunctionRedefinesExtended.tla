---- MODULE FunctionRedefinesExtended ----
EXTENDS A
Foo[x \in {}] == 1
====
