---- MODULE SubstTakesArgsDecl ----
CONSTANT Foo(_)
I == INSTANCE P0 WITH Foo <- 1, w <- 2
====
