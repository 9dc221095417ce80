---- MODULE ExtendedConstantSubstituted ----
EXTENDS Kc
INSTANCE Kc WITH C <- 1
====
