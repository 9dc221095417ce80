---- MODULE ZeroThenFun ----
I == INSTANCE HZero
I == INSTANCE HFun
====
