---- MODULE Fn ----
Foo[x \in {}] == 1
====
