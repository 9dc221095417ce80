---- MODULE Spec ----
 INSTANCE H1 WITH C <- 1
---- MODULE N1 ----
====
 C
====