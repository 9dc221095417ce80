---- MODULE MultiSubstBad ----
I == INSTANCE HC WITH Z <- 1, Z <- 2
====
