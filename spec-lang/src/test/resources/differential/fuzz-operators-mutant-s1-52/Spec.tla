---- MODULE Spec ----
 v
 y