---- MODULE RecThenFunThenUse ----
I == INSTANCE HRec
I == INSTANCE HFun
Use == I!v(1)
====
