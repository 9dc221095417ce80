---- MODULE ImplicitForOpAppliedSubstituted ----
Foo == 1
I == INSTANCE HU WITH Foo <- LAMBDA x : x
====
