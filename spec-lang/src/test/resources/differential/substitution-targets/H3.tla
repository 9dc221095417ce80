---- MODULE H3 ----
CONSTANT Foo(_)
====
