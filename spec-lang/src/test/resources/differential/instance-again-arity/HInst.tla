---- MODULE HInst ----
v == INSTANCE HZero
====
