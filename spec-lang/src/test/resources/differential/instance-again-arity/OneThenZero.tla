---- MODULE OneThenZero ----
I == INSTANCE HOne
I == INSTANCE HZero
====
