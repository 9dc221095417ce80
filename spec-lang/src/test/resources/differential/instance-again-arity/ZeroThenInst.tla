---- MODULE ZeroThenInst ----
I == INSTANCE HZero
I == INSTANCE HInst
====
