---- MODULE Spec ----
 INSTANCE H1 WITH C <- 1, v <- 2
====