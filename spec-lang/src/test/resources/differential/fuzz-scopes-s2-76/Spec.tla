---- MODULE Spec ----
 x
 G
====