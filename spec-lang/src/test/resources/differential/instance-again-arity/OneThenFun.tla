---- MODULE OneThenFun ----
I == INSTANCE HOne
I == INSTANCE HFun
====
