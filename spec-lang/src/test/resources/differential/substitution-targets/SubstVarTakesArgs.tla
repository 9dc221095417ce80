---- MODULE SubstVarTakesArgs ----
CONSTANT Foo
w(x) == x
I == INSTANCE P0 WITH w <- 1
====
