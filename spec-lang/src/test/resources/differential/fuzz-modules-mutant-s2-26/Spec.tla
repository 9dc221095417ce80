---- MODULE Spec ----
INSTANCE H2 WITH C <- 1 v
 1
====