---- MODULE ImplicitForOpApplied ----
Foo == 1
I == INSTANCE HU
====
