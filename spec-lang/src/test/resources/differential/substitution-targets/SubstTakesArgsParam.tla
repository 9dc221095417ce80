---- MODULE SubstTakesArgsParam ----
CONSTANT Foo(_)
VARIABLE w
I(p) == INSTANCE P0 WITH Foo <- p
====
