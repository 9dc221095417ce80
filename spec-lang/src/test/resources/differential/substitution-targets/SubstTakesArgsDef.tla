---- MODULE SubstTakesArgsDef ----
Foo(x) == x
VARIABLE w
I == INSTANCE P0 WITH Foo <- 1
====
