---- MODULE SubstInstanceNamed ----
Foo == INSTANCE P3 WITH Foo <- 1, Baz <- 2
VARIABLE w
I == INSTANCE P0 WITH Foo <- 1
====
