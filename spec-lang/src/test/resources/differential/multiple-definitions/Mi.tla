---- MODULE Mi ----
Foo == INSTANCE Kc WITH C <- 1
====
