---- MODULE PrimeForConstant ----
I == INSTANCE P3 WITH Foo <- ', Baz <- 1
====
