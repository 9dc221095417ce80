---- MODULE SubsetForConstant ----
I == INSTANCE P3 WITH Foo <- SUBSET, Baz <- 1
====
