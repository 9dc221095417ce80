---- MODULE OpenApplicationBeforeLocal ----
RECURSIVE Foo(_)
Foo(x) == Foo(x
LOCAL v == 2
====
