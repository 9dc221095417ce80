---- MODULE Spec ----
 S
 S