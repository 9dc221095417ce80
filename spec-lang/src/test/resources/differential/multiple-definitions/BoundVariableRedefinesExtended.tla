---- MODULE BoundVariableRedefinesExtended ----
EXTENDS A
H == \E Foo \in {} : TRUE
====
