---- MODULE ImplicitForOpAppliedThenError ----
Foo == 1
I == INSTANCE HU
B == Undefined
====
