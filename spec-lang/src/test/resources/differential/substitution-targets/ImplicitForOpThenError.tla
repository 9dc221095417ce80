---- MODULE ImplicitForOpThenError ----
Foo == 1
INSTANCE H3
B == Undefined
====
