---- MODULE CupForConstant ----
I == INSTANCE P3 WITH Foo <- \cup, Baz <- 1
====
