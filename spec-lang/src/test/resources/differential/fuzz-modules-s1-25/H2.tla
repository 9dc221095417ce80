---- MODULE H2 ----
EXTENDS H1
Foo[x \in {1}] == x
====
