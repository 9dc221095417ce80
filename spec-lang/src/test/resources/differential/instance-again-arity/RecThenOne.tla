---- MODULE RecThenOne ----
I == INSTANCE HRec
I == INSTANCE HOne
====
